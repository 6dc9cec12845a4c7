import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Flex, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { formatDate } from '../calendar/dates.ts';
import { formatDateTime } from '../shared/format.ts';
import { PagedTable } from '../shared/PagedTable.tsx';
import type { Paging } from '../shared/pagination.ts';
import { SecondLine } from '../shared/SecondLine.tsx';
import { DueText } from './DueText.tsx';
import { SecrecyTag, StatusTag, UrgencyTag } from './labels.tsx';
import type { Direction, DocumentSummary } from './types.ts';

/** The subject as a link to the document, with its urgency and secrecy marks. */
export function DocumentLink({ document }: { document: DocumentSummary }) {
  return (
    <Flex gap={4} wrap align="baseline">
      <UrgencyTag urgency={document.urgency} />
      <SecrecyTag secrecy={document.secrecy} />
      <Link to="/documents/$id" params={{ id: document.id }}>
        {document.subject}
      </Link>
    </Flex>
  );
}

/** A page of incoming or outgoing documents. */
export function DocumentTable({
  direction,
  list,
  paging,
}: {
  direction: Direction;
  list: UseQueryResult<Page<DocumentSummary>>;
  paging: Paging;
}) {
  const { t } = useTranslation();
  const incoming = direction === 'incoming';
  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: incoming ? t('documents.arrivalNumber') : t('documents.registerNumber'),
      dataIndex: 'registerNumber',
      width: 80,
      align: 'right',
      render: (n: number | null) => n ?? t('common.none'),
    },
    {
      title: t('documents.reference'),
      dataIndex: 'reference',
      width: 150,
      render: (reference: string | null, d) => (
        <>
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>{reference ?? t('common.none')}</Typography.Text>
          <SecondLine>{d.documentTypeName}</SecondLine>
        </>
      ),
    },
    { title: t('documents.subject'), key: 'subject', render: (_, d) => <DocumentLink document={d} /> },
    ...(incoming
      ? [{ title: t('documents.issuer'), dataIndex: 'issuerName', width: 200, responsive: ['lg' as const] }]
      : []),
    {
      title: incoming ? t('documents.receivedAt') : t('documents.issuedOn'),
      key: 'date',
      width: 130,
      render: (_, d) => (incoming ? formatDateTime(d.receivedAt) : formatDate(t, d.issuedOn)),
    },
    ...(incoming
      ? [
          {
            title: t('documents.due'),
            key: 'due',
            width: 130,
            render: (_: unknown, d: DocumentSummary) => (
              <DueText dueAt={d.dueAt} open={d.status !== 'done'} />
            ),
          },
        ]
      : []),
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 150,
      render: (_, d) => <StatusTag status={d.status} />,
    },
  ];
  return (
    <PagedTable<DocumentSummary>
      list={list}
      paging={paging}
      columns={columns}
      scrollX={900}
      emptyText={incoming ? t('documents.emptyIncoming') : t('documents.emptyOutgoing')}
    />
  );
}
