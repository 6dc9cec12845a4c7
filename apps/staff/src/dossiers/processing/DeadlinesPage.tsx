import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { DueText } from '../../documents/DueText.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { deadlinesQuery } from './api.ts';
import { TrackingRegisterButton } from './TrackingRegisterButton.tsx';
import type { DeadlineItem } from './types.ts';

/**
 * Hồ sơ đến hạn, quá hạn: the steps waiting for me that are overdue or due within a working day, the most
 * pressing first (the same warnings reach the handlers as notices every morning).
 */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const deadlines = useQuery(deadlinesQuery);
  if (deadlines.isError)
    return <QueryError error={deadlines.error} onRetry={() => void deadlines.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('dossierProcessing.deadlinesTitle')}
        subtitle={t('dossierProcessing.deadlinesSubtitle')}
        extra={
          permissions.hasAny('dossiers.receive', 'dossiers.read_all') ? <TrackingRegisterButton /> : null
        }
      />
      <Table<DeadlineItem>
        rowKey={(item) => `${item.dossier.id}:${item.step.position}`}
        size="small"
        loading={deadlines.isLoading}
        dataSource={deadlines.data?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('dossierProcessing.noDeadlines') }}
        columns={[
          {
            title: t('common.status'),
            key: 'state',
            width: 120,
            render: (_, item) =>
              item.state === 'overdue' ? (
                <Tag color="red">{t('dossierProcessing.overdue')}</Tag>
              ) : (
                <Tag color="gold">{t('dossierProcessing.dueSoon')}</Tag>
              ),
          },
          {
            title: t('dossierProcessing.dossier'),
            key: 'dossier',
            render: (_, item) => (
              <>
                <Link to="/dossiers/$id" params={{ id: item.dossier.id }}>
                  {item.dossier.code}
                </Link>
                <SecondLine>{item.dossier.procedureName}</SecondLine>
              </>
            ),
          },
          {
            title: t('dossierProcessing.applicant'),
            key: 'applicant',
            render: (_, item) => item.dossier.applicantName,
          },
          {
            title: t('dossierProcessing.step'),
            key: 'step',
            render: (_, item) => (
              <>
                {item.step.name}
                <SecondLine>
                  <DueText dueAt={item.step.dueAt} overdue={item.step.overdue} />
                </SecondLine>
              </>
            ),
          },
          {
            title: t('dossierProcessing.dossierDue'),
            key: 'due',
            width: 190,
            render: (_, item) => <DueText dueAt={item.dossier.dueAt} />,
          },
        ]}
      />
    </>
  );
}
