import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../shared/format.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { SecondLine } from '../../shared/SecondLine.tsx';

/** A payment of the dossier's fees made online (`GET /api/dossiers/:id/payments`). */
export interface DossierPayment {
  id: string;
  amount: number;
  purpose: string;
  status: 'pending' | 'paid' | 'failed' | 'cancelled';
  txnRef: string;
  sandbox: boolean;
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
  responseCode: string | null;
  gatewayTransactionNo: string | null;
  bankCode: string | null;
  settledFee: boolean | null;
  receiptNumber: string | null;
}

const one = (id: string) => encodeURIComponent(id);
const statusColours = { pending: 'gold', paid: 'success', failed: 'error', cancelled: 'default' } as const;

/**
 * The dossier's fees paid online through the payment gateway, newest first: each attempt with its state, the
 * gateway's transaction and, once paid, the receipt (biên lai) to open as PDF. Under the dossiers' query key,
 * so that whatever changes the dossier reads it again.
 */
export function PaymentsTab({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const payments = useQuery({
    queryKey: ['dossiers', 'payments', dossierId],
    queryFn: () => api.get<DossierPayment[]>(`/api/dossiers/${one(dossierId)}/payments`),
    staleTime: 0,
  });
  if (payments.isError) return <QueryError error={payments.error} onRetry={() => void payments.refetch()} />;
  if (!payments.data) return <Skeleton active />;
  if (payments.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payments.none')} />;
  const money = (amount: number) =>
    t('payments.amount', { amount: amount.toLocaleString(i18n.language === 'en' ? 'en' : 'vi-VN') });
  return (
    <Table<DossierPayment>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={payments.data}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('payments.startedAt'),
          key: 'started',
          width: 140,
          render: (_, p) => formatDateTime(p.createdAt),
        },
        {
          title: t('payments.purpose'),
          key: 'purpose',
          render: (_, p) => (
            <>
              {p.purpose}
              <SecondLine>{t('payments.reference', { ref: p.txnRef })}</SecondLine>
            </>
          ),
        },
        { title: t('payments.amountTitle'), key: 'amount', width: 140, render: (_, p) => money(p.amount) },
        {
          title: t('common.status'),
          key: 'status',
          width: 200,
          render: (_, p) => (
            <>
              <Tag color={statusColours[p.status]}>{t(`payments.status.${p.status}`)}</Tag>
              {p.sandbox ? <Tag>{t('payments.sandbox')}</Tag> : null}
              {p.settledFee === false ? <Tag color="red">{t('payments.toRefund')}</Tag> : null}
              <SecondLine>{formatDateTime(p.paidAt)}</SecondLine>
            </>
          ),
        },
        {
          title: t('payments.transaction'),
          key: 'transaction',
          width: 150,
          render: (_, p) => (
            <>
              {p.gatewayTransactionNo ?? t('common.none')}
              <SecondLine>{p.bankCode}</SecondLine>
            </>
          ),
        },
        {
          title: t('payments.receipt'),
          key: 'receipt',
          width: 160,
          render: (_, p) =>
            p.receiptNumber ? (
              <a href={`/api/payments/${one(p.id)}/receipt`} target="_blank" rel="noreferrer">
                <FilePdfOutlined aria-hidden /> {p.receiptNumber}
              </a>
            ) : (
              t('common.none')
            ),
        },
      ]}
    />
  );
}
