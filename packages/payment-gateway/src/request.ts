import { formatGatewayTime, parseGatewayTime } from './dates.ts';
import { type GatewayParams, SECURE_HASH } from './query.ts';
import { hasValidSignature, signedQuery } from './signature.ts';

/**
 * The payment request (`vnp_Command=pay`, version 2.1.0): the merchant sends the payer's browser to the
 * gateway with the order in the query string, signed; the gateway checks the signature, takes the payment
 * and sends the browser back to `vnp_ReturnUrl`.
 */

export const PROTOCOL_VERSION = '2.1.0';

/** A merchant's terminal at the gateway. */
export interface Merchant {
  /** `vnp_TmnCode`: the terminal code the gateway issued (8 letters and digits). */
  tmnCode: string;
  /** The secret shared with the gateway; it signs every message and never travels. */
  hashSecret: string;
}

/** What to pay, as the merchant describes it. */
export interface PaymentOrder {
  /** `vnp_TxnRef`: the merchant's own reference, unique (the gateway refuses one seen the same day). */
  txnRef: string;
  /** In đồng, a whole positive number (sent as `vnp_Amount` = đồng × 100). */
  amount: number;
  /** What it is for; sent without diacritics or special characters, as the gateway asks (`plainOrderInfo`). */
  orderInfo: string;
  /** `vnp_OrderType`, the gateway's category of goods; `other` by default. */
  orderType?: string;
  /** Where the browser comes back with the result. */
  returnUrl: string;
  /** The payer's IP address. */
  ipAddr: string;
  createdAt: Date;
  /** After this the gateway no longer takes the payment (`vnp_ExpireDate`). */
  expiresAt: Date;
  /** Language of the gateway's pages: `vn` (default) or `en`. */
  locale?: 'vn' | 'en';
  /** Skips the gateway's choice of bank when given (`VNPAYQR`, `VNBANK`, `INTCARD`, a bank's code). */
  bankCode?: string;
}

/** The longest `vnp_OrderInfo` the gateway takes. */
export const MAX_ORDER_INFO = 255;

/**
 * `vnp_OrderInfo` as the gateway wants it: Vietnamese without diacritics (`đ` as `d`, dashes as `-`),
 * letters, digits, spaces and `.,:-_/` only, spaces collapsed, at most 255 characters.
 */
export function plainOrderInfo(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^A-Za-z0-9 .,:\-_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ORDER_INFO)
    .trim();
}

/** The largest amount `vnp_Amount` (at most 12 digits, đồng × 100) can carry: 9 999 999 999 đồng. */
export const MAX_AMOUNT = 9_999_999_999;

/** `vnp_Amount`: the amount in đồng × 100, as the protocol carries it (no decimal point). */
export function gatewayAmount(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT)
    throw new RangeError(
      `Số tiền thanh toán phải là số nguyên đồng từ 1 đến ${MAX_AMOUNT}, không phải ${amount}`,
    );
  return `${amount}00`;
}

/** The parameters of a payment request, unsigned. */
export function paymentRequestParams(
  merchant: Pick<Merchant, 'tmnCode'>,
  order: PaymentOrder,
): GatewayParams {
  return {
    vnp_Version: PROTOCOL_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: merchant.tmnCode,
    vnp_Amount: gatewayAmount(order.amount),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: order.txnRef,
    vnp_OrderInfo: plainOrderInfo(order.orderInfo),
    vnp_OrderType: order.orderType ?? 'other',
    vnp_Locale: order.locale ?? 'vn',
    vnp_ReturnUrl: order.returnUrl,
    vnp_IpAddr: order.ipAddr,
    vnp_CreateDate: formatGatewayTime(order.createdAt),
    vnp_ExpireDate: formatGatewayTime(order.expiresAt),
    ...(order.bankCode ? { vnp_BankCode: order.bankCode } : {}),
  };
}

/** Where to send the payer's browser: the gateway's payment page with the signed request. */
export function paymentUrl(gatewayUrl: string, merchant: Merchant, order: PaymentOrder): string {
  const query = signedQuery(paymentRequestParams(merchant, order), merchant.hashSecret);
  return `${gatewayUrl}${gatewayUrl.includes('?') ? '&' : '?'}${query}`;
}

// ---- the gateway's side: reading a request (the sandbox gateway speaks the protocol as the real one does) ----

/** A payment request the gateway has checked. */
export interface PaymentRequest {
  tmnCode: string;
  txnRef: string;
  /** In đồng. */
  amount: number;
  orderInfo: string;
  orderType: string;
  locale: string;
  returnUrl: string;
  ipAddr: string;
  bankCode: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** Why a gateway refuses a request, each with what its page says. */
export const requestRefusals = {
  malformed: 'Yêu cầu thanh toán thiếu thông tin hoặc sai định dạng',
  merchant: 'Đơn vị chấp nhận thanh toán không tồn tại hoặc chưa được kích hoạt',
  signature: 'Chữ ký của yêu cầu thanh toán không hợp lệ',
  expired: 'Yêu cầu thanh toán đã hết hạn',
} as const;

export type RequestRefusal = keyof typeof requestRefusals;

export type ReadRequest = { ok: true; request: PaymentRequest } | { ok: false; refusal: RequestRefusal };

const REQUIRED = [
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_Amount',
  'vnp_CurrCode',
  'vnp_TxnRef',
  'vnp_OrderInfo',
  'vnp_OrderType',
  'vnp_Locale',
  'vnp_ReturnUrl',
  'vnp_IpAddr',
  'vnp_CreateDate',
  'vnp_ExpireDate',
  SECURE_HASH,
] as const;

/** A whole number of đồng from `vnp_Amount` (đồng × 100, at most 12 digits), or undefined. */
export function amountOf(gateway: string | undefined): number | undefined {
  if (gateway === undefined || !/^[1-9]\d{0,9}00$/.test(gateway)) return undefined;
  return Number(gateway.slice(0, -2));
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A payment request as a gateway reads it: every parameter there, the merchant known (`merchantOf` gives
 * its secret by terminal code), the signature valid, not expired at `now`. Refused otherwise, saying why.
 */
export function readPaymentRequest(
  params: GatewayParams,
  merchantOf: (tmnCode: string) => Merchant | undefined,
  now: Date,
): ReadRequest {
  const refuse = (refusal: RequestRefusal): ReadRequest => ({ ok: false, refusal });
  if (REQUIRED.some((name) => !params[name])) return refuse('malformed');
  const merchant = merchantOf(params.vnp_TmnCode!);
  if (!merchant) return refuse('merchant');
  if (!hasValidSignature(params, merchant.hashSecret)) return refuse('signature');
  const amount = amountOf(params.vnp_Amount);
  const createdAt = parseGatewayTime(params.vnp_CreateDate!);
  const expiresAt = parseGatewayTime(params.vnp_ExpireDate!);
  if (
    params.vnp_Version !== PROTOCOL_VERSION ||
    params.vnp_Command !== 'pay' ||
    params.vnp_CurrCode !== 'VND' ||
    amount === undefined ||
    !createdAt ||
    !expiresAt ||
    !isWebAddress(params.vnp_ReturnUrl!)
  )
    return refuse('malformed');
  if (expiresAt.getTime() <= now.getTime()) return refuse('expired');
  return {
    ok: true,
    request: {
      tmnCode: merchant.tmnCode,
      txnRef: params.vnp_TxnRef!,
      amount,
      orderInfo: params.vnp_OrderInfo!,
      orderType: params.vnp_OrderType!,
      locale: params.vnp_Locale!,
      returnUrl: params.vnp_ReturnUrl!,
      ipAddr: params.vnp_IpAddr!,
      bankCode: params.vnp_BankCode || null,
      createdAt,
      expiresAt,
    },
  };
}
