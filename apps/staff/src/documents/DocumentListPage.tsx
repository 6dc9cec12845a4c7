import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { CreateButton } from '../shared/CreateButton.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging } from '../shared/pagination.ts';
import { compact } from '../shared/search-params.ts';
import { documentKeys, documentListQuery } from './api.ts';
import { DocumentFilters } from './DocumentFilters.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { DraftModal } from './DraftModal.tsx';
import { IssueOutgoingModal } from './IssueOutgoingModal.tsx';
import { RegisterIncomingModal } from './RegisterIncomingModal.tsx';
import type { DocumentsSearch } from './search.ts';
import type { Direction, DocumentDetail } from './types.ts';

const incomingRoute = getRouteApi('/_app/documents/incoming');
const outgoingRoute = getRouteApi('/_app/documents/outgoing');

export function IncomingPage() {
  const search = incomingRoute.useSearch();
  return <DocumentList direction="incoming" search={search} />;
}

export function OutgoingPage() {
  const search = outgoingRoute.useSearch();
  return <DocumentList direction="outgoing" search={search} />;
}

/**
 * Incoming or outgoing documents the user may see (the server limits the list to their part and
 * clearance); clerks register incoming documents and issue outgoing ones from here, and whoever drafts
 * starts a draft of an outgoing one.
 */
function DocumentList({ direction, search }: { direction: Direction; search: DocumentsSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const permissions = usePermissions();
  /** which dialog is open: registering (incoming) or issuing (outgoing), or drafting */
  const [creating, setCreating] = useState<'register' | 'draft' | null>(null);
  const to = direction === 'incoming' ? '/documents/incoming' : '/documents/outgoing';
  const setSearch = (patch: Partial<DocumentsSearch>) =>
    void navigate({ to, search: compact({ ...search, ...patch }) });
  const list = useQuery(
    documentListQuery({ direction, ...search, urgentOnly: search.urgentOnly || undefined }),
  );
  const created = (document: DocumentDetail) => {
    void queryClient.invalidateQueries({ queryKey: documentKeys.all });
    void message.success(
      creating === 'draft'
        ? t('documents.draftCreated')
        : direction === 'incoming'
          ? t('documents.registered', { number: document.registerNumber })
          : t('documents.issued', { reference: document.reference }),
    );
    setCreating(null);
    void navigate({ to: '/documents/$id', params: { id: document.id } });
  };
  const close = () => setCreating(null);
  const mayCreate = permissions.has('documents.register');
  const mayDraft = direction === 'outgoing' && permissions.has('documents.draft');

  return (
    <>
      <PageHeader
        title={direction === 'incoming' ? t('nav.incoming') : t('nav.outgoing')}
        subtitle={direction === 'incoming' ? t('documents.incomingIntro') : t('documents.outgoingIntro')}
        extra={
          <>
            {mayDraft ? (
              <CreateButton onClick={() => setCreating('draft')}>{t('documents.createDraft')}</CreateButton>
            ) : null}
            {mayCreate ? (
              <CreateButton onClick={() => setCreating('register')}>
                {direction === 'incoming' ? t('documents.registerIncoming') : t('documents.issueOutgoing')}
              </CreateButton>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <DocumentFilters direction={direction} search={search} onChange={setSearch} />
        <DocumentTable direction={direction} list={list} paging={searchPaging(search, setSearch)} />
      </Card>
      {creating === 'register' && direction === 'incoming' ? (
        <RegisterIncomingModal onClose={close} onSaved={created} />
      ) : null}
      {creating === 'register' && direction === 'outgoing' ? (
        <IssueOutgoingModal onClose={close} onSaved={created} />
      ) : null}
      {creating === 'draft' ? <DraftModal onClose={close} onSaved={created} /> : null}
    </>
  );
}
