import {
  formatGatewayTime,
  type GatewayParams,
  type IpnAnswer,
  ipnAnswers,
  isPaid,
  type PaymentResult,
  RESPONSE_CANCELLED,
  readPaymentResult,
} from '@congso/payment-gateway';
import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { feePaidOnline } from '../dossiers/fees.ts';
import { findApplicantDossier } from '../dossiers/repository.ts';
import { outstandingFee } from './fee.ts';
import { receiptNumberText } from './receipt-number.ts';
import {
  findPaymentByTxnRef,
  nextReceiptNumber,
  type PaymentRow,
  recordOutcome,
  usernameOf,
} from './repository.ts';
import type { PaymentSettings } from './settings.ts';

/**
 * The gateway's server-to-server notification (IPN): the only thing that settles a payment. In the order the
 * protocol answers them: the signature (97), the order (01), the amount (04), the order still open (02 when
 * it was settled before: a repeated notification changes nothing), then the outcome recorded (00).
 *
 * Everything happens in one transaction with the payment row locked, so concurrent copies of a notification
 * queue and the later ones find it settled. A payment made: the receiving agency's next receipt number of the
 * year, and — when the dossier still waits for this very fee — the fee paid (`feePaidOnline`): the pause ends
 * and the clock runs again, in the same transaction. Money that arrives when the fee was already settled
 * (at the counter, or by another payment) is recorded as paid without settling anything, for a refund.
 */
export async function handleNotification(
  db: Database,
  settings: PaymentSettings,
  ctx: RequestContext,
  params: GatewayParams | undefined,
  now = new Date(),
): Promise<IpnAnswer> {
  const read = readPaymentResult(params, settings.merchant);
  if (!read.ok) return read.refusal === 'signature' ? ipnAnswers.invalidSignature : ipnAnswers.unknownError;
  const { result } = read;
  return db.transaction().execute(async (trx) => {
    const payment = await findPaymentByTxnRef(trx, result.txnRef, true);
    if (!payment) return ipnAnswers.orderNotFound;
    if (result.amount !== payment.amount) return ipnAnswers.invalidAmount;
    if (payment.status !== 'pending') return ipnAnswers.alreadyConfirmed;
    const evidence = { ...params! };
    if (isPaid(result)) await settle(db, trx, ctx, payment, result, evidence, now);
    else await recordFailure(trx, ctx, payment, result, evidence, now);
    return ipnAnswers.confirmed;
  });
}

async function settle(
  db: Database,
  trx: Tx,
  ctx: RequestContext,
  payment: PaymentRow,
  result: PaymentResult,
  evidence: GatewayParams,
  now: Date,
) {
  const by = { userId: payment.payerUserId, name: await usernameOf(trx, payment.payerUserId) };
  // the dossier locked before its fee is read, so the fee cannot be settled elsewhere meanwhile
  const dossier = await findApplicantDossier(trx, payment.payerUserId, payment.dossierId, true);
  const fee = dossier ? await outstandingFee(trx, dossier) : undefined;
  // paid when the gateway says, unless its clock disagrees with ours (ahead, or before the fee was asked)
  const gatewaySaid = result.paidAt && result.paidAt <= now && (!fee || result.paidAt > fee.askedAt);
  const paidAt = gatewaySaid ? result.paidAt! : now;
  // the year in Vietnam: its receipts are numbered from 1 each year
  const receiptYear = Number(formatGatewayTime(paidAt).slice(0, 4));
  const receiptNumber = await nextReceiptNumber(trx, payment.agencyId, receiptYear);
  const receipt = receiptNumberText(receiptYear, receiptNumber);
  const settledFee =
    fee?.amount === payment.amount &&
    (await feePaidOnline(
      db,
      trx,
      ctx,
      by,
      payment.dossierId,
      {
        receipt,
        note: `Nộp trực tuyến qua cổng thanh toán, mã giao dịch ${result.transactionNo}`,
      },
      paidAt,
    ));
  await recordOutcome(trx, payment.id, {
    status: 'paid',
    ...gatewayFacts(result),
    paidAt,
    notifiedAt: now,
    notification: evidence,
    settledFee,
    receiptYear,
    receiptNumber,
  });
  await recordAudit(trx, ctx, {
    action: 'payments.payment.paid',
    agencyId: payment.agencyId,
    targetType: 'payment',
    targetId: payment.id,
    summary: {
      dossier: dossier?.code ?? payment.dossierId,
      amount: payment.amount,
      txnRef: payment.txnRef,
      transactionNo: result.transactionNo,
      bankCode: result.bankCode,
      receipt,
      settledFee,
    },
    as: by,
  });
}

async function recordFailure(
  trx: Tx,
  ctx: RequestContext,
  payment: PaymentRow,
  result: PaymentResult,
  evidence: GatewayParams,
  now: Date,
) {
  const status = result.responseCode === RESPONSE_CANCELLED ? 'cancelled' : 'failed';
  await recordOutcome(trx, payment.id, {
    status,
    ...gatewayFacts(result),
    paidAt: null,
    notifiedAt: now,
    notification: evidence,
    settledFee: null,
    receiptYear: null,
    receiptNumber: null,
  });
  await recordAudit(trx, ctx, {
    action: `payments.payment.${status}`,
    agencyId: payment.agencyId,
    targetType: 'payment',
    targetId: payment.id,
    summary: { amount: payment.amount, txnRef: payment.txnRef, responseCode: result.responseCode },
    as: { userId: payment.payerUserId, name: await usernameOf(trx, payment.payerUserId) },
  });
}

/** What the gateway says of the transaction, as the payment keeps it (`0` is the number of none). */
function gatewayFacts(result: PaymentResult) {
  return {
    responseCode: result.responseCode.slice(0, 4),
    gatewayTransactionNo:
      result.transactionNo && result.transactionNo !== '0' ? result.transactionNo.slice(0, 40) : null,
    bankCode: result.bankCode ? result.bankCode.slice(0, 40) : null,
    cardType: result.cardType ? result.cardType.slice(0, 40) : null,
  };
}
