import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { workFileApi, workFileDetailQuery, workFileKeys } from './api.ts';
import { CloseWorkFileModal } from './CloseWorkFileModal.tsx';
import { EditWorkFileModal } from './EditWorkFileModal.tsx';
import { ReopenModal } from './ReopenModal.tsx';
import type { WorkFileDetail } from './types.ts';
import { WorkFileDocuments } from './WorkFileDocuments.tsx';
import { WorkFileInfo } from './WorkFileInfo.tsx';

const route = getRouteApi('/_app/work-files/$id');

/** One work file: what it is, its documents in order, and what may be done with it now. */
export function WorkFileDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery(workFileDetailQuery(id));
  const [open, setOpen] = useState<'edit' | 'close' | 'reopen' | null>(null);

  const changed = (next: WorkFileDetail) => {
    queryClient.setQueryData(workFileKeys.detail(id), next);
    void queryClient.invalidateQueries({
      queryKey: workFileKeys.all,
      predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== id,
    });
  };
  const done = (text: string) => (next: WorkFileDetail) => {
    setOpen(null);
    changed(next);
    void message.success(text);
  };
  const remove = useActionMutation({
    mutationFn: () => workFileApi.remove(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workFileKeys.all });
      void navigate({ to: '/work-files' });
    },
    success: t('workFiles.deleted'),
  });

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const file = detail.data;
  if (!file) return <Skeleton active />;
  const close = () => setOpen(null);

  return (
    <>
      <PageHeader
        title={file.title}
        subtitle={t('workFiles.subtitle', { code: file.code, year: file.year })}
        crumbs={[{ title: <Link to="/work-files">{t('nav.workFiles')}</Link> }, { title: file.code }]}
        extra={
          <>
            {file.can.edit ? <Button onClick={() => setOpen('edit')}>{t('common.edit')}</Button> : null}
            {file.can.close ? (
              <Button type="primary" onClick={() => setOpen('close')}>
                {t('workFiles.close')}
              </Button>
            ) : null}
            {file.can.reopen ? (
              <Button onClick={() => setOpen('reopen')}>{t('workFiles.reopen')}</Button>
            ) : null}
            {file.can.delete ? (
              <ConfirmButton
                danger
                confirm={t('workFiles.deleteConfirm')}
                okText={t('common.delete')}
                onConfirm={() => remove.mutateAsync()}
              >
                {t('common.delete')}
              </ConfirmButton>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <WorkFileInfo file={file} />
        <WorkFileDocuments file={file} onChanged={changed} />
      </Flex>
      {open === 'edit' ? (
        <EditWorkFileModal file={file} onSaved={done(t('common.saved'))} onClose={close} />
      ) : null}
      {open === 'close' ? (
        <CloseWorkFileModal file={file} onSaved={done(t('workFiles.closed'))} onClose={close} />
      ) : null}
      {open === 'reopen' ? (
        <ReopenModal file={file} onSaved={done(t('workFiles.reopened'))} onClose={close} />
      ) : null}
    </>
  );
}
