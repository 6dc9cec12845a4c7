import type { UseQueryResult } from '@tanstack/react-query';
import { Descriptions, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { CodeText } from '../shared/CodeText.tsx';
import { formatDateTime } from '../shared/format.ts';
import { PagedTable } from '../shared/PagedTable.tsx';
import type { Paging } from '../shared/pagination.ts';
import type { AuditEntry } from './api.ts';

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'request', label: t('audit.requestId'), children: entry.requestId ?? t('common.none') },
          { key: 'ip', label: t('audit.ip'), children: entry.ip ?? t('common.none') },
          {
            key: 'hash',
            label: t('audit.hash'),
            span: 'filled',
            children: (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {entry.hash}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('audit.summary')}</Typography.Text>
      <pre className="congso-json">{JSON.stringify(entry.summary ?? null, null, 2)}</pre>
    </>
  );
}

export function AuditTable({ list, paging }: { list: UseQueryResult<Page<AuditEntry>>; paging: Paging }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => <CodeText>{action}</CodeText>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { title: t('audit.agency'), dataIndex: 'agencyName', responsive: ['lg'], ellipsis: true },
    {
      title: t('audit.target'),
      key: 'target',
      responsive: ['xl'],
      render: (_, e) =>
        e.targetType ? `${e.targetType}${e.targetId ? ` · ${e.targetId.slice(0, 8)}` : ''}` : '',
    },
  ];
  return (
    <PagedTable<AuditEntry>
      list={list}
      paging={paging}
      columns={columns}
      expandable={{ expandedRowRender: (entry) => <EntryDetails entry={entry} /> }}
      scrollX={600}
      emptyText={t('audit.empty')}
    />
  );
}
