import { Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { channelLabel, daysNumber, type Keyed, keyed } from '../labels.tsx';
import type { Channel, Fee, ProcedureDetail } from '../types.ts';
import { Published } from './ProcedureInfo.tsx';

/** Fee amount in đồng, "Miễn phí" for zero, the published text when the amount is not a plain one. */
function Amount({ fee }: { fee: Fee }) {
  const { t, i18n } = useTranslation();
  if (fee.amount === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (fee.amount === 0) return <>{t('procedures.free')}</>;
  const amount = fee.amount.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');
  return <>{t('procedures.amountText', { amount })}</>;
}

/** Cách thức thực hiện: each way to apply with its time, fee and description; then the fees, each once. */
export function ChannelsTab({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Table<Keyed<Channel>>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={keyed(procedure.channels)}
        locale={{ emptyText: <Empty description={t('procedures.noChannels')} /> }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('procedures.channel'),
            dataIndex: 'channel',
            width: 150,
            render: (_, c) => <Typography.Text strong>{channelLabel(t, c.channel)}</Typography.Text>,
          },
          {
            title: t('procedures.time'),
            key: 'time',
            width: 170,
            // in working days when known ("7" is published bare), else as published ("15 Ngày", "8 Giờ")
            render: (_, c) =>
              c.days !== null
                ? t('procedures.days', { days: daysNumber(c.days) })
                : c.timeText || t('common.none'),
          },
          { title: t('procedures.parts.fees'), dataIndex: 'feeText', width: 260 },
          {
            title: t('procedures.description'),
            dataIndex: 'description',
            render: (_, c) => <Published text={c.description} />,
          },
        ]}
      />
      <div>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('procedures.parts.fees')}
        </Typography.Title>
        <Table<Keyed<Fee>>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={keyed(procedure.fees)}
          locale={{ emptyText: t('procedures.noFees') }}
          columns={[
            { title: t('procedures.feeName'), dataIndex: 'name', width: 280 },
            {
              title: t('procedures.amount'),
              key: 'amount',
              width: 160,
              render: (_, fee) => <Amount fee={fee} />,
            },
            { title: t('procedures.feeText'), dataIndex: 'text' },
          ]}
        />
      </div>
    </Space>
  );
}
