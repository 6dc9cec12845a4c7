import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { PagedTable } from '../shared/PagedTable.tsx';
import type { Paging } from '../shared/pagination.ts';
import { SecondLine } from '../shared/SecondLine.tsx';
import { WorkFileStatusTag } from './labels.tsx';
import type { WorkFileSummary } from './types.ts';

/** A page of work files: code (and archive code), title, year, retention, owner, documents, status. */
export function WorkFileTable({
  list,
  paging,
}: {
  list: UseQueryResult<Page<WorkFileSummary>>;
  paging: Paging;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WorkFileSummary> = [
    {
      title: t('workFiles.code'),
      dataIndex: 'code',
      width: 170,
      render: (code: string, file) => (
        <>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {code}
          </Typography.Text>
          {file.archiveCode ? <SecondLine>{file.archiveCode}</SecondLine> : null}
        </>
      ),
    },
    {
      title: t('workFiles.title'),
      key: 'title',
      render: (_, file) => (
        <Link to="/work-files/$id" params={{ id: file.id }}>
          {file.title}
        </Link>
      ),
    },
    { title: t('workFiles.year'), dataIndex: 'year', width: 70, align: 'right' },
    { title: t('workFiles.retention'), dataIndex: 'retentionText', width: 110, responsive: ['md'] },
    {
      title: t('workFiles.owner'),
      key: 'owner',
      width: 190,
      responsive: ['lg'],
      render: (_, file) => (
        <>
          {file.owner.name}
          {file.department ? <SecondLine>{file.department.name}</SecondLine> : null}
        </>
      ),
    },
    { title: t('workFiles.documentCount'), dataIndex: 'documentCount', width: 90, align: 'right' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 130,
      render: (_, file) => <WorkFileStatusTag status={file.status} />,
    },
  ];
  return (
    <PagedTable<WorkFileSummary>
      list={list}
      paging={paging}
      columns={columns}
      scrollX={860}
      emptyText={t('workFiles.empty')}
    />
  );
}
