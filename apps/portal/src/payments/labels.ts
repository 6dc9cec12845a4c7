import type { PaymentStatus, PortalPayment } from './types.ts';

const statusTexts: Record<PaymentStatus, string> = {
  pending: 'Đang chờ cổng thanh toán xác nhận',
  paid: 'Đã thanh toán',
  failed: 'Không thành công',
  cancelled: 'Đã hủy giao dịch',
};

/** A payment's state in words; one left pending past its window was abandoned at the gateway. */
export function paymentStatusText(payment: Pick<PortalPayment, 'status' | 'expiresAt'>, now: Date): string {
  if (payment.status === 'pending' && payment.expiresAt.getTime() <= now.getTime())
    return 'Chưa hoàn tất (đã hết thời gian thanh toán)';
  return statusTexts[payment.status];
}
