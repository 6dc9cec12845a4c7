import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Col, Flex, Row, Statistic, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { worklistQuery } from './api.ts';
import { DocumentLink } from './DocumentTable.tsx';
import { DueText } from './DueText.tsx';
import { StatusTag, taskKindLabel } from './labels.tsx';
import type { WorklistItem } from './types.ts';

/** Việc của tôi: the documents waiting for the user, most pressing first, with the counts above. */
export function WorklistPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const work = useQuery(worklistQuery);
  const counts = work.data?.counts;
  const clerk = permissions.has('documents.register');
  const columns: TableColumnsType<WorklistItem> = [
    {
      title: t('documents.subject'),
      key: 'document',
      render: (_, item) => (
        <>
          <DocumentLink document={item.document} />
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {[item.document.reference, item.document.documentTypeName, item.document.issuerName]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('documents.myPart'),
      key: 'kind',
      width: 200,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <Tag>{taskKindLabel(t, item.task.kind)}</Tag>
          <StatusTag status={item.document.status} />
        </Flex>
      ),
    },
    {
      title: t('documents.due'),
      key: 'due',
      width: 190,
      render: (_, item) => (
        <>
          <DueText dueAt={item.task.dueAt} overdue={item.overdue} />
          {item.dueSoon && !item.overdue ? (
            <Tag color="orange" style={{ marginLeft: 4 }}>
              {t('documents.dueSoon')}
            </Tag>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('nav.worklist')} subtitle={t('documents.worklistIntro')} />
      {work.isError ? <QueryError error={work.error} onRetry={() => void work.refetch()} /> : null}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('documents.countOpen')} value={counts?.open ?? 0} loading={work.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('documents.countOverdue')}
              value={counts?.overdue ?? 0}
              loading={work.isLoading}
              styles={{ content: counts?.overdue ? { color: '#cf1322' } : {} }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('documents.countDueSoon')}
              value={counts?.dueSoon ?? 0}
              loading={work.isLoading}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          {clerk ? (
            <Card size="small">
              <Statistic
                title={
                  <Link to="/documents/incoming" search={{ status: 'received' }}>
                    {t('documents.countToRegister')}
                  </Link>
                }
                value={counts?.toRegister ?? 0}
                loading={work.isLoading}
              />
            </Card>
          ) : (
            <Card size="small">
              <Statistic
                title={t('documents.countUrgent')}
                value={counts?.urgent ?? 0}
                loading={work.isLoading}
              />
            </Card>
          )}
        </Col>
      </Row>
      <Card size="small" title={t('documents.worklistItems')}>
        <Table<WorklistItem>
          rowKey={(item) => item.task.id}
          size="middle"
          loading={work.isFetching}
          dataSource={work.data?.items ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('documents.worklistEmpty') }}
        />
      </Card>
    </>
  );
}
