import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { searchPaging, tablePagination } from '../../shared/pagination.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { compact, type ListSearch } from '../../shared/search-params.ts';
import { countText } from '../labels.tsx';
import { importListQuery } from './api.ts';
import { ImportUpload } from './ImportUpload.tsx';
import { ImportStatusTag } from './labels.tsx';
import type { ImportSummary } from './types.ts';

const route = getRouteApi('/_app/procedures/imports');

/** Nhập danh mục: upload a file of the national catalogue, and the imports made so far. */
export function ImportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const setSearch = (patch: Partial<ListSearch>) =>
    void navigate({ to: '/procedures/imports', search: compact({ ...search, ...patch }) });
  const list = useQuery(importListQuery(search.page ?? 1, search.pageSize ?? 10));
  return (
    <>
      <PageHeader
        crumbs={[
          { title: <Link to="/procedures">{t('nav.procedures')}</Link> },
          { title: t('procedureImports.title') },
        ]}
        title={t('procedureImports.title')}
        subtitle={t('procedureImports.intro')}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <ImportUpload
            onUploaded={(created) =>
              void navigate({ to: '/procedures/imports/$importId', params: { importId: created.id } })
            }
          />
        </Card>
        <Card size="small" title={t('procedureImports.recent')}>
          {list.isError ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Table<ImportSummary>
              rowKey="id"
              size="small"
              loading={list.isFetching}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: t('procedureImports.empty') }}
              pagination={tablePagination(
                t,
                { ...searchPaging(search, setSearch), pageSize: search.pageSize ?? 10 },
                list.data?.total,
              )}
              scroll={{ x: 760 }}
              columns={[
                {
                  title: t('procedureImports.fileName'),
                  key: 'file',
                  render: (_, i) => (
                    <Link to="/procedures/imports/$importId" params={{ importId: i.id }}>
                      {i.fileName}
                    </Link>
                  ),
                },
                {
                  title: t('common.status'),
                  key: 'status',
                  width: 170,
                  render: (_, i) => <ImportStatusTag status={i.status} />,
                },
                {
                  title: t('procedureImports.totalRows'),
                  dataIndex: 'totalRows',
                  width: 120,
                  align: 'right',
                },
                {
                  title: t('procedureImports.invalidRows'),
                  dataIndex: 'invalidRows',
                  width: 100,
                  align: 'right',
                  render: (n: number) =>
                    n > 0 ? <Typography.Text type="danger">{countText(n)}</Typography.Text> : n,
                },
                {
                  title: t('procedureImports.createdAt'),
                  key: 'createdAt',
                  width: 200,
                  render: (_, i) => (
                    <>
                      {formatDateTime(i.createdAt)}
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {i.createdBy}
                      </Typography.Text>
                    </>
                  ),
                },
              ]}
            />
          )}
        </Card>
      </Space>
    </>
  );
}
