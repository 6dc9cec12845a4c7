import { Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format.ts';
import type { SyncProblem } from './api.ts';
import { dossierColumn, pagedBy20 } from './columns.tsx';

/**
 * The history lines not delivered: still retried (pending) or given up (failed), with the portal's last
 * answer and a button that sends the line again now.
 */
export function SyncProblemsTable({
  problems,
  loading,
  retrying,
  onRetry,
}: {
  problems: SyncProblem[];
  loading: boolean;
  retrying: string | undefined;
  onRetry: (line: SyncProblem) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <Table<SyncProblem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={problems}
      pagination={pagedBy20(problems)}
      locale={{ emptyText: t('nationalPortal.noProblems') }}
      scroll={{ x: 1100 }}
      columns={[
        dossierColumn(t),
        {
          title: t('nationalPortal.kind'),
          key: 'kind',
          width: 200,
          render: (_, line) => (
            <>
              {t(`dossiers.event.${line.kind}`, { defaultValue: line.kind })}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDateTime(line.at)}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('common.status'),
          key: 'status',
          width: 190,
          render: (_, line) =>
            line.status === 'failed' ? (
              <Tag color="red">{t('nationalPortal.failed')}</Tag>
            ) : (
              <>
                <Tag color="orange">{t('nationalPortal.pending')}</Tag>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('nationalPortal.nextAttempt', { at: formatDateTime(line.nextAttemptAt) })}
                </Typography.Text>
              </>
            ),
        },
        { title: t('nationalPortal.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
        {
          title: t('nationalPortal.lastError'),
          key: 'error',
          // the reason is what the administrator acts on: shown whole (the portal's answer is cut at 300 characters)
          render: (_, line) => <span style={{ wordBreak: 'break-word' }}>{line.lastError ?? '—'}</span>,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 110,
          fixed: 'right',
          render: (_, line) => (
            <Popconfirm
              title={t('nationalPortal.retryConfirm', { code: line.dossierCode })}
              okText={t('nationalPortal.retry')}
              cancelText={t('common.cancel')}
              onConfirm={() => onRetry(line)}
            >
              <Button
                size="small"
                loading={retrying === line.id}
                aria-label={t('nationalPortal.retryLine', { code: line.dossierCode })}
              >
                {t('nationalPortal.retry')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
