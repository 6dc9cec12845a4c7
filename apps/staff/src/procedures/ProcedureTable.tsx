import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { PagedTable } from '../shared/PagedTable.tsx';
import type { Paging } from '../shared/pagination.ts';
import { SecondLine } from '../shared/SecondLine.tsx';
import { OnlineServiceTag, ProcessingDays } from './labels.tsx';
import type { ProcedureSummary } from './types.ts';

/** A page of the catalogue: code, name (with its field under it), level, online service, legal time. */
export function ProcedureTable({
  list,
  paging,
}: {
  list: UseQueryResult<Page<ProcedureSummary>>;
  paging: Paging;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ProcedureSummary> = [
    {
      title: t('procedures.parts.code'),
      dataIndex: 'code',
      width: 120,
      render: (code: string) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t('procedures.parts.name'),
      key: 'name',
      render: (_, p) => (
        <>
          <Link to="/procedures/$id" params={{ id: p.id }}>
            {p.name}
          </Link>
          {p.active ? null : <Tag style={{ marginInlineStart: 8 }}>{t('procedures.inactive')}</Tag>}
          <SecondLine>{p.field}</SecondLine>
        </>
      ),
    },
    { title: t('procedures.parts.level'), dataIndex: 'level', width: 170, responsive: ['lg'] },
    {
      title: t('procedures.parts.onlineService'),
      dataIndex: 'onlineService',
      width: 150,
      responsive: ['md'],
      render: (_, p) => <OnlineServiceTag value={p.onlineService} />,
    },
    {
      title: t('procedures.parts.processingDays'),
      dataIndex: 'processingDays',
      width: 160,
      render: (_, p) => <ProcessingDays days={p.processingDays} />,
    },
  ];
  return (
    <PagedTable<ProcedureSummary>
      list={list}
      paging={paging}
      columns={columns}
      scrollX={900}
      emptyText={t('procedures.empty')}
    />
  );
}
