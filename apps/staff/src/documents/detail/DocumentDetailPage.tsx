import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { AddToWorkFile } from '../../work-files/AddToWorkFile.tsx';
import { documentApi, documentDetailQuery, documentKeys } from '../api.ts';
import { DraftModal } from '../DraftModal.tsx';
import { IssueOutgoingModal } from '../IssueOutgoingModal.tsx';
import { type DocumentDetail, type DocumentTask, draftStatuses } from '../types.ts';
import { DeliveriesCard } from './DeliveriesCard.tsx';
import { DirectiveModal } from './DirectiveModal.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { FilesCard } from './FilesCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { ReviewModal } from './ReviewModal.tsx';
import { SubmitModal } from './SubmitModal.tsx';
import { DelegateModal, ExtensionModal, ForwardModal } from './TaskModals.tsx';
import { type TaskAction, TasksCard } from './TasksCard.tsx';
import { TextActionModal } from './TextActionModal.tsx';
import { UpdateIssuedModal } from './UpdateIssuedModal.tsx';

const route = getRouteApi('/_app/documents/$id');

type Open =
  | { action: 'reject' | 'recall' | 'submit' | 'directive' | 'edit' | 'review' | 'replace' | 'update' }
  | { action: TaskAction; task: DocumentTask }
  | null;

/** One document: what it is, its files, who handles it, where it went, and its history. */
export function DocumentDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery(documentDetailQuery(id));
  const [open, setOpen] = useState<Open>(null);
  const navigate = useNavigate();

  const changed = (next: DocumentDetail) => {
    queryClient.setQueryData(documentKeys.detail(id), next);
    void queryClient.invalidateQueries({
      queryKey: documentKeys.all,
      predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== id,
    });
  };
  const done = (text: string) => (next: DocumentDetail) => {
    setOpen(null);
    changed(next);
    void message.success(text);
  };
  // the replacement is another document: this one (now replaced) is read again, and the new one opens
  const replaced = (next: DocumentDetail) => {
    setOpen(null);
    queryClient.setQueryData(documentKeys.detail(next.id), next);
    void queryClient.invalidateQueries({ queryKey: documentKeys.all });
    void message.success(t('documents.replacedDone', { reference: next.reference }));
    void navigate({ to: '/documents/$id', params: { id: next.id } });
  };
  const accept = useActionMutation({
    mutationFn: () => documentApi.accept(id),
    onSuccess: changed,
    success: (d) => t('documents.registered', { number: d.registerNumber }),
  });
  const issue = useActionMutation({
    mutationFn: () => documentApi.issueDraft(id),
    onSuccess: changed,
    success: (d) => t('documents.issued', { reference: d.reference }),
  });
  const decide = useActionMutation({
    mutationFn: ({ task, approve }: { task: DocumentTask; approve: boolean }) =>
      documentApi.decideExtension(id, task.id, { approve }),
    onSuccess: changed,
    success: t('documents.extensionDecided'),
  });

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  if (!d) return <Skeleton active />;
  const incoming = d.direction === 'incoming';
  const close = () => setOpen(null);

  return (
    <>
      <PageHeader
        title={d.reference ? `${d.documentTypeName} ${d.reference}` : d.documentTypeName}
        subtitle={d.subject}
        crumbs={[
          {
            title: incoming ? (
              <Link to="/documents/incoming">{t('nav.incoming')}</Link>
            ) : (
              <Link to="/documents/outgoing">{t('nav.outgoing')}</Link>
            ),
          },
          { title: d.reference ?? t('documents.noReference') },
        ]}
        extra={
          <>
            {d.can.edit ? (
              <Button onClick={() => setOpen({ action: 'edit' })}>{t('documents.editDraft')}</Button>
            ) : null}
            {d.can.submitForReview ? (
              <Button type="primary" onClick={() => setOpen({ action: 'review' })}>
                {t('documents.requestReview')}
              </Button>
            ) : null}
            {d.can.issue ? (
              <ConfirmButton
                type="primary"
                confirm={t('documents.issueDraftConfirm')}
                okText={t('documents.issueDraft')}
                onConfirm={() => issue.mutateAsync()}
              >
                {t('documents.issueDraft')}
              </ConfirmButton>
            ) : null}
            {d.can.register ? (
              <ConfirmButton
                type="primary"
                confirm={t('documents.acceptConfirm')}
                okText={t('documents.accept')}
                onConfirm={() => accept.mutateAsync()}
              >
                {t('documents.accept')}
              </ConfirmButton>
            ) : null}
            {d.can.reject ? (
              <Button danger onClick={() => setOpen({ action: 'reject' })}>
                {t('documents.reject')}
              </Button>
            ) : null}
            {d.can.submit ? (
              <Button type="primary" onClick={() => setOpen({ action: 'submit' })}>
                {t('documents.submit')}
              </Button>
            ) : null}
            {d.can.direct ? (
              <Button type="primary" onClick={() => setOpen({ action: 'directive' })}>
                {t('documents.giveDirective')}
              </Button>
            ) : null}
            {d.can.update ? (
              <Button onClick={() => setOpen({ action: 'update' })}>{t('documents.update')}</Button>
            ) : null}
            {d.can.replace ? (
              <Button onClick={() => setOpen({ action: 'replace' })}>{t('documents.replace')}</Button>
            ) : null}
            {d.can.recall ? (
              <Button danger onClick={() => setOpen({ action: 'recall' })}>
                {t('documents.recall')}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <DocumentHeader document={d} />
            {incoming || d.tasks.length > 0 ? (
              <TasksCard
                tasks={d.tasks}
                onAction={(task, action) => setOpen({ action, task })}
                onDecideExtension={(task, approve) => decide.mutateAsync({ task, approve })}
              />
            ) : null}
            {!incoming && !draftStatuses.includes(d.status) ? (
              <DeliveriesCard deliveries={d.deliveries} />
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <FilesCard document={d} onChanged={() => void detail.refetch()} />
            <AddToWorkFile document={d} />
            <HistoryCard events={d.events} />
          </Flex>
        </Col>
      </Row>

      {open?.action === 'reject' ? (
        <TextActionModal
          name="reject"
          title={t('documents.rejectTitle')}
          okText={t('documents.reject')}
          field="reason"
          label={t('documents.reason')}
          submit={(reason) => documentApi.reject(id, reason)}
          onSaved={done(t('documents.rejected'))}
          onClose={close}
        />
      ) : null}
      {open?.action === 'recall' ? (
        <TextActionModal
          name="recall"
          title={t('documents.recallTitle')}
          okText={t('documents.recall')}
          field="reason"
          label={t('documents.reason')}
          intro={<p>{t('documents.recallIntro')}</p>}
          submit={(reason) => documentApi.recall(id, reason)}
          onSaved={done(t('documents.recalled'))}
          onClose={close}
        />
      ) : null}
      {open?.action === 'replace' ? (
        <IssueOutgoingModal replaces={d} onSaved={replaced} onClose={close} />
      ) : null}
      {open?.action === 'update' ? (
        <UpdateIssuedModal document={d} onSaved={done(t('documents.updatedDone'))} onClose={close} />
      ) : null}
      {open?.action === 'submit' ? (
        <SubmitModal document={d} onSaved={done(t('documents.submitted'))} onClose={close} />
      ) : null}
      {open?.action === 'edit' ? (
        <DraftModal document={d} onSaved={done(t('common.saved'))} onClose={close} />
      ) : null}
      {open?.action === 'review' ? (
        <ReviewModal document={d} onSaved={done(t('documents.reviewRequested'))} onClose={close} />
      ) : null}
      {open?.action === 'directive' ? (
        <DirectiveModal document={d} onSaved={done(t('documents.directed'))} onClose={close} />
      ) : null}
      {open && 'task' in open ? <TaskModal document={d} open={open} done={done} onClose={close} /> : null}
    </>
  );
}

/** The dialog of an action on one task. */
function TaskModal({
  document,
  open: { action, task },
  done,
  onClose,
}: {
  document: DocumentDetail;
  open: { action: TaskAction; task: DocumentTask };
  done: (text: string) => (next: DocumentDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const props = { document, task, onClose };
  switch (action) {
    case 'delegate':
      return <DelegateModal {...props} onSaved={done(t('documents.delegated'))} />;
    case 'forward':
      return <ForwardModal {...props} onSaved={done(t('documents.forwarded'))} />;
    case 'extension':
      return <ExtensionModal {...props} onSaved={done(t('documents.extensionRequested'))} />;
    case 'opinion':
      return (
        <TextActionModal
          name="opinion"
          title={t('documents.opinionTitle')}
          okText={t('documents.opinion')}
          field="text"
          label={t('documents.opinionText')}
          maxLength={4000}
          submit={(text) => documentApi.opinion(document.id, task.id, text)}
          onSaved={done(t('documents.opinionSaved'))}
          onClose={onClose}
        />
      );
    case 'return':
      return (
        <TextActionModal
          name="return"
          title={t('documents.returnTitle')}
          okText={t('documents.returnTask')}
          field="reason"
          label={t('documents.reason')}
          submit={(reason) => documentApi.returnTask(document.id, task.id, reason)}
          onSaved={done(t('documents.returned'))}
          onClose={onClose}
        />
      );
    case 'approve': {
      const sign = task.kind === 'sign';
      return (
        <TextActionModal
          name="approve"
          title={sign ? t('documents.approveSignTitle') : t('documents.approveTitle')}
          okText={sign ? t('documents.approveSign') : t('documents.approve')}
          field="comment"
          label={t('documents.comment')}
          optional
          maxLength={4000}
          submit={(comment) => documentApi.approve(document.id, task.id, comment || null)}
          onSaved={done(sign ? t('documents.signed') : t('documents.approved'))}
          onClose={onClose}
        />
      );
    }
    case 'sendBack':
      return (
        <TextActionModal
          name="send-back"
          title={t('documents.sendBackTitle')}
          okText={t('documents.sendBack')}
          field="reason"
          label={t('documents.reason')}
          intro={<p>{t('documents.sendBackIntro')}</p>}
          submit={(reason) => documentApi.sendBack(document.id, task.id, reason)}
          onSaved={done(t('documents.sentBack'))}
          onClose={onClose}
        />
      );
    case 'complete':
      return (
        <TextActionModal
          name="complete"
          title={t('documents.completeTitle')}
          okText={t('documents.complete')}
          field="result"
          label={t('documents.result')}
          maxLength={4000}
          submit={(result) => documentApi.complete(document.id, task.id, result)}
          onSaved={done(t('documents.completed'))}
          onClose={onClose}
        />
      );
  }
}
