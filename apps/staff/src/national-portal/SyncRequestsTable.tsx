import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format.ts';
import type { SyncRequest } from './api.ts';
import { dossierColumn, pagedBy20 } from './columns.tsx';

/** The requests sent to the portal, newest first; a row opens to show what was sent and what came back. */
export function SyncRequestsTable({ requests, loading }: { requests: SyncRequest[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<SyncRequest>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={requests}
      pagination={pagedBy20(requests)}
      locale={{ emptyText: t('nationalPortal.noRequests') }}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (request) => <Exchange request={request} />,
        expandRowByClick: false,
      }}
      columns={[
        {
          title: t('nationalPortal.sentAt'),
          key: 'sentAt',
          width: 160,
          render: (_, r) => formatDateTime(r.sentAt),
        },
        dossierColumn(t),
        {
          title: t('nationalPortal.service'),
          key: 'service',
          width: 230,
          render: (_, r) => (
            <>
              {t(`nationalPortal.services.${r.service}`, { defaultValue: r.service })}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {r.service}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('nationalPortal.answer'),
          key: 'accepted',
          width: 140,
          render: (_, r) =>
            r.accepted ? (
              <Tag color="green">{t('nationalPortal.accepted')}</Tag>
            ) : (
              <Tag color="red">{t('nationalPortal.notAccepted')}</Tag>
            ),
        },
        {
          title: t('nationalPortal.error'),
          key: 'error',
          render: (_, r) =>
            r.error ? (
              <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>
                {r.httpStatus === null ? r.error : `HTTP ${r.httpStatus} · ${r.error}`}
              </Typography.Paragraph>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

const codeBlock = {
  maxHeight: 320,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  fontSize: 12,
  padding: 8,
  margin: '4px 0 12px',
  background: 'rgba(0, 0, 0, 0.03)',
  borderRadius: 6,
} as const;

/** What was sent (the session left out) and the portal's answer as it came. */
function Exchange({ request }: { request: SyncRequest }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{t('nationalPortal.payload')}</Typography.Text>
      {/* a region that may scroll is reachable by keyboard */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the block scrolls, and must be scrollable by keyboard */}
      <pre style={codeBlock} tabIndex={0} data-testid="sync-payload">
        {JSON.stringify(request.payload, null, 2)}
      </pre>
      <Typography.Text strong>{t('nationalPortal.response')}</Typography.Text>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the block scrolls, and must be scrollable by keyboard */}
      <pre style={codeBlock} tabIndex={0}>
        {request.response ?? t('nationalPortal.noResponse')}
      </pre>
    </div>
  );
}
