import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { deliveryLabel } from '../labels.tsx';
import type { DocumentDelivery } from '../types.ts';

const colours: Record<string, string> = {
  waiting: 'default',
  '01': 'blue',
  '02': 'error',
  '03': 'cyan',
  '04': 'geekblue',
  '05': 'processing',
  '06': 'success',
  '13': 'warning',
  replaced: 'warning',
};

/** Nơi nhận of an outgoing document and how far each has got (edXML status codes). */
export function DeliveriesCard({ deliveries }: { deliveries: DocumentDelivery[] }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('documents.deliveries')}>
      <Card size="small" title={t('documents.deliveries')}>
        <Table<DocumentDelivery>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={deliveries}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('documents.noDeliveries') }}
          columns={[
            {
              title: t('documents.recipient'),
              key: 'recipient',
              render: (_, d) => (
                <>
                  {d.recipientName}
                  {d.recipientCode ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {d.recipientCode}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 280,
              render: (_, d) => (
                <>
                  <Tag color={colours[d.status] ?? 'default'}>
                    {/^\d+$/.test(d.status) ? `${d.status} · ` : ''}
                    {deliveryLabel(t, d.status, d.statusName)}
                  </Tag>
                  {d.statusDetail ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {d.statusDetail}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            { title: t('documents.statusAt'), dataIndex: 'statusAt', width: 150, render: formatDateTime },
          ]}
        />
      </Card>
    </section>
  );
}
