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
 * clearance); clerks register incoming documents and issue outgoing ones from here.
 */
function DocumentList({ direction, search }: { direction: Direction; search: DocumentsSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const [creating, setCreating] = useState(false);
  const to = direction === 'incoming' ? '/documents/incoming' : '/documents/outgoing';
  const setSearch = (patch: Partial<DocumentsSearch>) =>
    void navigate({ to, search: compact({ ...search, ...patch }) });
  const list = useQuery(
    documentListQuery({ direction, ...search, urgentOnly: search.urgentOnly || undefined }),
  );
  const created = (document: DocumentDetail) => {
    setCreating(false);
    void queryClient.invalidateQueries({ queryKey: documentKeys.all });
    void message.success(
      direction === 'incoming'
        ? t('documents.registered', { number: document.registerNumber })
        : t('documents.issued', { reference: document.reference }),
    );
    void navigate({ to: '/documents/$id', params: { id: document.id } });
  };
  const mayCreate = permissions.has('documents.register');

  return (
    <>
      <PageHeader
        title={direction === 'incoming' ? t('nav.incoming') : t('nav.outgoing')}
        subtitle={direction === 'incoming' ? t('documents.incomingIntro') : t('documents.outgoingIntro')}
        extra={
          mayCreate ? (
            <CreateButton onClick={() => setCreating(true)}>
              {direction === 'incoming' ? t('documents.registerIncoming') : t('documents.issueOutgoing')}
            </CreateButton>
          ) : null
        }
      />
      <Card size="small">
        <DocumentFilters direction={direction} search={search} onChange={setSearch} />
        <DocumentTable direction={direction} list={list} paging={searchPaging(search, setSearch)} />
      </Card>
      {creating && direction === 'incoming' ? (
        <RegisterIncomingModal onClose={() => setCreating(false)} onSaved={created} />
      ) : null}
      {creating && direction === 'outgoing' ? (
        <IssueOutgoingModal onClose={() => setCreating(false)} onSaved={created} />
      ) : null}
    </>
  );
}
