import { RESPONSE_SUCCESS, TRANSACTION_SUCCESS } from './codes.ts';
import { formatGatewayTime, parseGatewayTime } from './dates.ts';
import type { GatewayParams } from './query.ts';
import { amountOf, gatewayAmount } from './request.ts';
import { hasValidSignature, signed } from './signature.ts';

/**
 * The result of a payment, signed by the gateway. The same parameters reach the merchant twice: on the
 * payer's browser coming back to `vnp_ReturnUrl` (to show the outcome; anyone can replay or drop it) and in
 * the gateway's server-to-server notification (IPN, a GET to the merchant's notify URL), which alone
 * settles the order.
 */
export interface PaymentResult {
  tmnCode: string;
  txnRef: string;
  /** In đồng. */
  amount: number;
  /** `vnp_ResponseCode`: `00` paid, `24` cancelled by the payer, … (`responseCodes`). */
  responseCode: string;
  /** `vnp_TransactionStatus` at the gateway: `00` success (`transactionStatuses`). */
  transactionStatus: string;
  /** `vnp_TransactionNo`: the gateway's number for the transaction (`0` when none was made). */
  transactionNo: string;
  /** `vnp_BankCode`: the bank or wallet that paid. */
  bankCode: string;
  /** `vnp_BankTranNo`: the bank's own number, when there is one. */
  bankTranNo: string | null;
  /** `vnp_CardType`: `ATM`, `QRCODE`, … */
  cardType: string | null;
  orderInfo: string;
  /** `vnp_PayDate`: when it was paid (absent for a payment that did not happen). */
  paidAt: Date | null;
}

/** Whether the result is a payment made: both the response code and the transaction status say success. */
export const isPaid = (result: Pick<PaymentResult, 'responseCode' | 'transactionStatus'>) =>
  result.responseCode === RESPONSE_SUCCESS && result.transactionStatus === TRANSACTION_SUCCESS;

/** The gateway's side: the result's parameters, signed, to append to the return URL and the notify URL. */
export function paymentResultParams(result: PaymentResult, hashSecret: string): GatewayParams {
  return signed(
    {
      vnp_TmnCode: result.tmnCode,
      vnp_TxnRef: result.txnRef,
      vnp_Amount: gatewayAmount(result.amount),
      vnp_ResponseCode: result.responseCode,
      vnp_TransactionStatus: result.transactionStatus,
      vnp_TransactionNo: result.transactionNo,
      vnp_BankCode: result.bankCode,
      vnp_OrderInfo: result.orderInfo,
      ...(result.bankTranNo ? { vnp_BankTranNo: result.bankTranNo } : {}),
      ...(result.cardType ? { vnp_CardType: result.cardType } : {}),
      ...(result.paidAt ? { vnp_PayDate: formatGatewayTime(result.paidAt) } : {}),
    },
    hashSecret,
  );
}

export type ReadResult =
  | { ok: true; result: PaymentResult }
  /** `signature`: not signed with the merchant's secret (forged or altered); `malformed`: signed but unusable. */
  | { ok: false; refusal: 'signature' | 'malformed' };

/**
 * The merchant's side: a result from the return URL or a notification, believed only when signed with the
 * merchant's secret for its own terminal.
 */
export function readPaymentResult(
  params: GatewayParams | undefined,
  merchant: { tmnCode: string; hashSecret: string },
): ReadResult {
  if (!params || !hasValidSignature(params, merchant.hashSecret)) return { ok: false, refusal: 'signature' };
  const amount = amountOf(params.vnp_Amount);
  const { vnp_TxnRef: txnRef, vnp_ResponseCode: responseCode, vnp_TransactionStatus: status } = params;
  const paidAt = params.vnp_PayDate ? parseGatewayTime(params.vnp_PayDate) : null;
  if (
    params.vnp_TmnCode !== merchant.tmnCode ||
    !txnRef ||
    amount === undefined ||
    !responseCode ||
    !status ||
    paidAt === undefined
  )
    return { ok: false, refusal: 'malformed' };
  return {
    ok: true,
    result: {
      tmnCode: merchant.tmnCode,
      txnRef,
      amount,
      responseCode,
      transactionStatus: status,
      transactionNo: params.vnp_TransactionNo ?? '',
      bankCode: params.vnp_BankCode ?? '',
      bankTranNo: params.vnp_BankTranNo || null,
      cardType: params.vnp_CardType || null,
      orderInfo: params.vnp_OrderInfo ?? '',
      paidAt,
    },
  };
}
