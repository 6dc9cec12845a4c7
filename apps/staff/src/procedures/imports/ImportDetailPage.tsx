import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, Card, Col, Flex, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { countText, type Keyed, keyed, partLabel } from '../labels.tsx';
import { importDetailQuery } from './api.ts';
import { ImportActions } from './ImportActions.tsx';
import { ImportStatusTag } from './labels.tsx';
import type { ImportDetail, PreviewRow, RowProblem } from './types.ts';

const route = getRouteApi('/_app/procedures/imports/$importId');

function Counts({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation();
  const counts: {
    key: 'totalRows' | 'validRows' | 'invalidRows' | 'newCount' | 'updateCount';
    value: number;
  }[] = [
    { key: 'totalRows', value: detail.totalRows },
    { key: 'validRows', value: detail.validRows },
    { key: 'invalidRows', value: detail.invalidRows },
    ...(detail.preview
      ? [
          { key: 'newCount' as const, value: detail.preview.newCount },
          { key: 'updateCount' as const, value: detail.preview.updateCount },
        ]
      : []),
  ];
  return (
    <Row gutter={[16, 16]}>
      {counts.map((c) => (
        <Col key={c.key} xs={12} md={4}>
          <Statistic
            title={t(`procedureImports.${c.key}`)}
            value={c.value}
            formatter={(value) => countText(Number(value))}
            styles={c.key === 'invalidRows' && c.value > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

/** One import: what the file holds, every row's problem, the first rows, and applying it with its progress. */
export function ImportDetailPage() {
  const { t } = useTranslation();
  const { importId } = route.useParams();
  const detail = useQuery(importDetailQuery(importId));
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const d = detail.data;
  return (
    <>
      <PageHeader
        crumbs={[
          { title: <Link to="/procedures">{t('nav.procedures')}</Link> },
          { title: <Link to="/procedures/imports">{t('procedureImports.title')}</Link> },
          { title: d.fileName },
        ]}
        title={d.fileName}
        subtitle={
          <Flex gap={8} wrap component="span" align="center">
            <ImportStatusTag status={d.status} />
            <span>
              {d.createdBy} · {formatDateTime(d.createdAt)}
            </span>
          </Flex>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Counts detail={d} />
            <Alert
              type="info"
              title={
                d.format === 'xlsx' ? t('procedureImports.columnsXlsx') : t('procedureImports.columnsJsonl')
              }
            />
            <ImportActions detail={d} />
          </Space>
        </Card>
        <Card size="small" title={`${t('procedureImports.problems')} (${d.problems.length})`}>
          <Table<Keyed<RowProblem>>
            rowKey="key"
            size="small"
            dataSource={keyed(d.problems)}
            locale={{ emptyText: t('procedureImports.noProblems') }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 720 }}
            columns={[
              { title: t('procedureImports.row'), dataIndex: 'row', width: 80, align: 'right' },
              { title: t('procedures.parts.code'), dataIndex: 'code', width: 130 },
              {
                title: t('procedureImports.part'),
                key: 'part',
                width: 220,
                render: (_, p) => partLabel(t, p.field),
              },
              {
                title: t('procedureImports.message'),
                dataIndex: 'message',
                render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text>,
              },
            ]}
          />
        </Card>
        {d.preview ? (
          <Card size="small" title={t('procedureImports.preview', { count: d.preview.rows.length })}>
            <Table<PreviewRow>
              rowKey="row"
              size="small"
              dataSource={d.preview.rows}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                { title: t('procedureImports.row'), dataIndex: 'row', width: 80, align: 'right' },
                { title: t('procedures.parts.code'), dataIndex: 'code', width: 130 },
                { title: t('procedures.parts.name'), dataIndex: 'name' },
                { title: t('procedures.parts.field'), dataIndex: 'field', width: 220, responsive: ['md'] },
                {
                  title: '',
                  dataIndex: 'action',
                  width: 110,
                  render: (action: PreviewRow['action']) => (
                    <Tag color={action === 'create' ? 'green' : 'blue'}>
                      {t(`procedureImports.action.${action}`)}
                    </Tag>
                  ),
                },
              ]}
            />
          </Card>
        ) : null}
      </Space>
    </>
  );
}
