import { z } from 'zod';

/** The payments of a dossier as the staff app reads them. */
export const paymentSummary = z.object({
  id: z.uuid(),
  amount: z.number().int().describe('Số tiền (đồng)'),
  purpose: z.string().describe('Nội dung thu, như khi yêu cầu thực hiện nghĩa vụ tài chính'),
  status: z
    .enum(['pending', 'paid', 'failed', 'cancelled'])
    .describe(
      'pending: chờ cổng thanh toán báo kết quả; paid: đã thanh toán; failed: không thành công; cancelled: đã hủy',
    ),
  txnRef: z.string().describe('Mã tham chiếu gửi cổng thanh toán (vnp_TxnRef)'),
  sandbox: z.boolean().describe('Thanh toán thử nghiệm (cổng sandbox): không có tiền thật'),
  createdAt: z.string(),
  expiresAt: z.string().describe('Sau thời điểm này cổng thanh toán không nhận thanh toán'),
  paidAt: z.string().nullable(),
  responseCode: z.string().nullable().describe('vnp_ResponseCode của cổng thanh toán'),
  gatewayTransactionNo: z.string().nullable().describe('Mã giao dịch tại cổng thanh toán'),
  bankCode: z.string().nullable(),
  settledFee: z
    .boolean()
    .nullable()
    .describe(
      'Đã thanh toán: có tất toán khoản phí của hồ sơ không (false: phí đã được nộp trước đó, cần hoàn tiền)',
    ),
  receiptNumber: z.string().nullable().describe('Số biên lai điện tử, ví dụ 0000012/2026'),
});

export const dossierPaymentsParams = z.strictObject({ id: z.uuid() });
export const paymentParams = z.strictObject({ id: z.uuid() });

/** The answer to a payment notification (IPN), as the protocol wants it. */
export const ipnAnswer = z.object({ RspCode: z.string(), Message: z.string() });
