import { dossierStatusLabels } from '@congso/one-stop';
import {
  amountInWords,
  describeResponse,
  type GatewayParams,
  isPaid,
  RESPONSE_CANCELLED,
  readPaymentResult,
} from '@congso/payment-gateway';
import type { PaymentPageView, PaymentResultView, PortalPayment } from '@congso/portal';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import { findApplicantDossier } from '../dossiers/repository.ts';
import { outstandingFee } from './fee.ts';
import { receiptNumberOf } from './receipt-number.ts';
import { findPaymentByTxnRef, type PaymentRow, paymentsOf, receiptDossierOf } from './repository.ts';
import type { PaymentSettings } from './settings.ts';

/** What the portal's payment pages show, read for the applicant whose account submitted the dossier. */

export function portalPayment(p: PaymentRow): PortalPayment {
  return {
    id: p.id,
    amount: p.amount,
    purpose: p.purpose,
    status: p.status,
    createdAt: p.createdAt,
    expiresAt: p.expiresAt,
    paidAt: p.paidAt,
    receiptNumber: receiptNumberOf(p),
    failure: p.status === 'failed' && p.responseCode ? describeResponse(p.responseCode) : null,
  };
}

const NO_GATEWAY =
  'Cổng thanh toán trực tuyến chưa được kết nối. Vui lòng nộp phí, lệ phí tại Bộ phận tiếp nhận và trả kết quả.';
const NOT_ONLINE =
  'Khoản phí này không thanh toán trực tuyến được. Vui lòng nộp tại Bộ phận tiếp nhận và trả kết quả.';

/** `GET /thanh-toan/:id`: the dossier's fee, whether it can be paid here, and its payments (404: not theirs). */
export async function paymentPageView(
  db: Executor,
  settings: PaymentSettings | undefined,
  userId: string,
  dossierId: string,
  now = new Date(),
): Promise<PaymentPageView> {
  const dossier = await findApplicantDossier(db, userId, dossierId);
  if (!dossier) throw notFound('Không tìm thấy hồ sơ');
  const [{ procedureName }, fee, payments] = await Promise.all([
    receiptDossierOf(db, dossier.id),
    outstandingFee(db, dossier),
    paymentsOf(db, dossier.id),
  ]);
  return {
    dossier: {
      id: dossier.id,
      code: dossier.code,
      procedureName,
      statusLabel: dossierStatusLabels[dossier.status],
    },
    fee: fee
      ? {
          amount: fee.amount,
          amountInWords: amountInWords(fee.amount),
          purpose: fee.purpose,
          askedAt: fee.askedAt,
        }
      : null,
    cannotPay: !fee ? null : !settings ? NO_GATEWAY : fee.payableOnline ? null : NOT_ONLINE,
    sandbox: settings?.sandbox ?? false,
    payments: payments.map(portalPayment),
    now,
  };
}

/**
 * `GET /thanh-toan/ket-qua`: the result the gateway sent the browser back with, believed only when signed,
 * told as far as the platform has confirmed it. Nothing is written here: only the gateway's notification
 * settles a payment, so a payment the gateway says succeeded but whose notification has not arrived is
 * "being confirmed".
 */
export async function paymentResultView(
  db: Executor,
  settings: PaymentSettings | undefined,
  userId: string,
  params: GatewayParams | undefined,
): Promise<PaymentResultView> {
  const invalid = (reason: string): PaymentResultView => ({
    outcome: 'invalid',
    reason,
    payment: null,
    dossier: null,
  });
  if (!settings) return invalid('Cổng thanh toán trực tuyến chưa được kết nối.');
  const read = readPaymentResult(params, settings.merchant);
  if (!read.ok) return invalid('Kết quả thanh toán không có chữ ký hợp lệ của cổng thanh toán.');
  const { result } = read;
  const payment = await findPaymentByTxnRef(db, result.txnRef);
  const dossier = payment && (await findApplicantDossier(db, userId, payment.dossierId));
  if (!payment || !dossier) throw notFound('Không tìm thấy khoản thanh toán');
  if (result.amount !== payment.amount)
    return invalid('Số tiền trong kết quả không khớp với khoản cần thanh toán.');
  const stillOwed = (await outstandingFee(db, dossier)) !== undefined;
  const base = {
    payment: portalPayment(payment),
    dossier: { id: dossier.id, code: dossier.code, stillOwed },
  };
  switch (payment.status) {
    case 'paid':
      return { ...base, outcome: 'paid', reason: null };
    case 'cancelled':
      return { ...base, outcome: 'cancelled', reason: null };
    case 'failed':
      return { ...base, outcome: 'failed', reason: describeResponse(payment.responseCode ?? '99') };
    case 'pending':
      if (isPaid(result)) return { ...base, outcome: 'confirming', reason: null };
      if (result.responseCode === RESPONSE_CANCELLED) return { ...base, outcome: 'cancelled', reason: null };
      return { ...base, outcome: 'failed', reason: describeResponse(result.responseCode) };
  }
}
