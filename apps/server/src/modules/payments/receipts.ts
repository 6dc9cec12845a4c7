import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { visibleDossier } from '../dossiers/access.ts';
import { formIssuerOf } from '../dossiers/form-issuer.ts';
import { findApplicantDossier } from '../dossiers/repository.ts';
import { receiptNumberOf } from './receipt-number.ts';
import { renderPaymentReceipt } from './receipt-pdf.ts';
import { findPayment, type PaymentRow, paymentsOf, receiptDossierOf } from './repository.ts';

/**
 * Who sees the payments of a dossier and their receipts: the staff who see the dossier (`visibleDossier`,
 * 404 otherwise) and the applicant whose account submitted it. A payment not made has no receipt (404).
 */

/** A payment by id (the routes checked it is one), or a 404. */
async function paymentById(db: Executor, id: string): Promise<PaymentRow> {
  const payment = await findPayment(db, id);
  if (!payment) throw notFound('Không tìm thấy khoản thanh toán');
  return payment;
}

/** The payments of a dossier the staff member sees, newest first. */
export async function staffPayments(db: Executor, ctx: RequestContext, dossierId: string) {
  const dossier = await visibleDossier(db, actorOf(ctx), dossierId);
  return (await paymentsOf(db, dossier.id)).map(paymentSummary);
}

/** A payment as the staff's list shows it, with its receipt number once paid. */
function paymentSummary(p: PaymentRow) {
  return {
    id: p.id,
    amount: p.amount,
    purpose: p.purpose,
    status: p.status,
    txnRef: p.txnRef,
    sandbox: p.sandbox,
    createdAt: p.createdAt.toISOString(),
    expiresAt: p.expiresAt.toISOString(),
    paidAt: p.paidAt?.toISOString() ?? null,
    responseCode: p.responseCode,
    gatewayTransactionNo: p.gatewayTransactionNo,
    bankCode: p.bankCode,
    settledFee: p.settledFee,
    receiptNumber: receiptNumberOf(p),
  };
}

/** The receipt of a payment of a dossier the staff member sees. */
export async function staffReceipt(db: Executor, ctx: RequestContext, paymentId: string) {
  const payment = await paymentById(db, paymentId);
  await visibleDossier(db, actorOf(ctx), payment.dossierId);
  return receiptOf(db, payment);
}

/** The receipt of a payment of the applicant's own dossier. */
export async function applicantReceipt(db: Executor, userId: string, paymentId: string) {
  const payment = await paymentById(db, paymentId);
  if (!(await findApplicantDossier(db, userId, payment.dossierId)))
    throw notFound('Không tìm thấy khoản thanh toán');
  return receiptOf(db, payment);
}

async function receiptOf(db: Executor, payment: PaymentRow): Promise<{ fileName: string; content: Buffer }> {
  const number = receiptNumberOf(payment);
  if (payment.status !== 'paid' || !number || !payment.paidAt)
    throw notFound('Khoản thanh toán này chưa có biên lai');
  const [{ phone: _, ...issuer }, dossier] = await Promise.all([
    formIssuerOf(db, payment.agencyId),
    receiptDossierOf(db, payment.dossierId),
  ]);
  const content = await renderPaymentReceipt({
    issuer,
    number,
    payer: payment.payerName,
    dossierCode: dossier.code,
    procedureName: dossier.procedureName,
    purpose: payment.purpose,
    amount: payment.amount,
    sandbox: payment.sandbox,
    bankCode: payment.bankCode,
    transactionNo: payment.gatewayTransactionNo,
    txnRef: payment.txnRef,
    paidAt: payment.paidAt,
  });
  return { fileName: `bien-lai-${payment.receiptYear}-${payment.receiptNumber}.pdf`, content };
}
