/**
 * The codes of the protocol: how the payment ended (`vnp_ResponseCode`), the state of the transaction at the
 * gateway (`vnp_TransactionStatus`), and the merchant's answers to a payment notification (IPN).
 */

/** `vnp_ResponseCode`: why a payment ended as it did, in words an applicant understands. */
export const responseCodes = {
  '00': 'Giao dịch thành công',
  '07': 'Đã trừ tiền nhưng giao dịch bị nghi ngờ (liên quan tới lừa đảo, giao dịch bất thường)',
  '09': 'Thẻ hoặc tài khoản chưa đăng ký dịch vụ ngân hàng trực tuyến (Internet Banking)',
  '10': 'Xác thực thông tin thẻ hoặc tài khoản không đúng quá 3 lần',
  '11': 'Đã hết thời gian chờ thanh toán',
  '12': 'Thẻ hoặc tài khoản bị khóa',
  '13': 'Nhập sai mật khẩu xác thực giao dịch (OTP)',
  '24': 'Người nộp đã hủy giao dịch',
  '51': 'Tài khoản không đủ số dư để thực hiện giao dịch',
  '65': 'Tài khoản đã vượt quá hạn mức giao dịch trong ngày',
  '75': 'Ngân hàng thanh toán đang bảo trì',
  '79': 'Nhập sai mật khẩu thanh toán quá số lần quy định',
  '99': 'Lỗi khác',
} as const satisfies Record<string, string>;

export type ResponseCode = keyof typeof responseCodes;

export const RESPONSE_SUCCESS = '00';
/** The payer pressed cancel at the gateway. */
export const RESPONSE_CANCELLED = '24';

/** What a response code means; a code the table does not know is told as such, with the code. */
export function describeResponse(code: string): string {
  return Object.hasOwn(responseCodes, code)
    ? responseCodes[code as ResponseCode]
    : `Giao dịch không thành công (mã ${code})`;
}

/** `vnp_TransactionStatus`: the transaction's state at the gateway. */
export const transactionStatuses = {
  '00': 'Giao dịch thành công',
  '01': 'Giao dịch chưa hoàn tất',
  '02': 'Giao dịch bị lỗi',
  '04': 'Giao dịch đảo (đã trừ tiền tại ngân hàng nhưng giao dịch chưa thành công ở cổng thanh toán)',
  '05': 'Cổng thanh toán đang xử lý giao dịch hoàn tiền',
  '06': 'Cổng thanh toán đã gửi yêu cầu hoàn tiền sang ngân hàng',
  '07': 'Giao dịch bị nghi ngờ gian lận',
  '09': 'Giao dịch hoàn trả bị từ chối',
} as const satisfies Record<string, string>;

export const TRANSACTION_SUCCESS = '00';
export const TRANSACTION_FAILED = '02';

/**
 * The merchant's answer to a payment notification (IPN), as JSON `{ RspCode, Message }`. Every code but `99`
 * is the merchant's decision about the notification; `99` (and no answer at all) says it could not decide,
 * so the gateway notifies again later.
 */
export const ipnAnswers = {
  /** Received and recorded (a success or a failure alike). */
  confirmed: { RspCode: '00', Message: 'Confirm Success' },
  /** No order with this `vnp_TxnRef`. */
  orderNotFound: { RspCode: '01', Message: 'Order not found' },
  /** The order was settled before: this notification changes nothing. */
  alreadyConfirmed: { RspCode: '02', Message: 'Order already confirmed' },
  /** `vnp_Amount` is not the order's amount. */
  invalidAmount: { RspCode: '04', Message: 'Invalid amount' },
  /** `vnp_SecureHash` does not match. */
  invalidSignature: { RspCode: '97', Message: 'Invalid signature' },
  /** Anything else went wrong on the merchant's side: the gateway tries again. */
  unknownError: { RspCode: '99', Message: 'Unknown error' },
} as const;

export type IpnAnswer = (typeof ipnAnswers)[keyof typeof ipnAnswers];

/** Whether an answer is the merchant's decision, so notifying again would change nothing. */
export const isFinalAnswer = (rspCode: string) =>
  Object.values(ipnAnswers).some((answer) => answer.RspCode === rspCode && rspCode !== '99');
