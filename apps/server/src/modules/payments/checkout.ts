import { randomInt } from 'node:crypto';
import { formatGatewayTime, paymentUrl } from '@congso/payment-gateway';
import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { findApplicantDossier } from '../dossiers/repository.ts';
import { outstandingFee } from './fee.ts';
import { insertPayment } from './repository.ts';
import type { PaymentSettings } from './settings.ts';

/** How long the gateway takes the payment after the applicant is sent there (`vnp_ExpireDate`). */
export const PAYMENT_WINDOW_MS = 15 * 60_000;

const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A fresh `vnp_TxnRef`: the day in Vietnam (`yyMMdd`, so references sort and the gateway's "not twice the
 * same day" is easy to keep) and ten random characters; the table's unique key has the last word.
 */
export function newTxnRef(now: Date): string {
  let random = '';
  for (let i = 0; i < 10; i += 1) random += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return `${formatGatewayTime(now).slice(2, 8)}${random}`;
}

/**
 * The applicant starts paying their dossier's fee: a `pending` payment of exactly the fee asked, and the
 * gateway's address with the signed request to send them to. Only the applicant whose account submitted the
 * dossier may (404 for anyone else), only while it waits for a fee (409). Nothing is paid here: only the
 * gateway's notification settles the payment (`notification.ts`).
 */
export async function startPayment(
  db: Database,
  settings: PaymentSettings,
  ctx: RequestContext,
  applicant: Pick<Applicant, 'userId' | 'username'>,
  dossierId: string,
  ipAddr: string,
  now = new Date(),
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const dossier = await findApplicantDossier(trx, applicant.userId, dossierId, true);
    if (!dossier) throw notFound('Không tìm thấy hồ sơ');
    const fee = await outstandingFee(trx, dossier);
    if (!fee) throw conflict('Hồ sơ không có khoản phí nào đang chờ thanh toán');
    if (!fee.payableOnline)
      throw conflict(
        'Khoản phí này không thanh toán trực tuyến được; vui lòng nộp tại Bộ phận tiếp nhận và trả kết quả',
      );
    const txnRef = newTxnRef(now);
    const expiresAt = new Date(now.getTime() + PAYMENT_WINDOW_MS);
    const id = await insertPayment(trx, {
      dossierId: dossier.id,
      agencyId: dossier.agencyId,
      amount: fee.amount,
      purpose: fee.purpose,
      txnRef,
      payerUserId: applicant.userId,
      payerName: dossier.applicantName,
      sandbox: settings.sandbox,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(trx, ctx, {
      action: 'payments.payment.start',
      agencyId: dossier.agencyId,
      targetType: 'payment',
      targetId: id,
      summary: { dossier: dossier.code, amount: fee.amount, txnRef, sandbox: settings.sandbox },
      as: { userId: applicant.userId, name: applicant.username },
    });
    return paymentUrl(settings.gatewayUrl, settings.merchant, {
      txnRef,
      amount: fee.amount,
      orderInfo: `Thanh toán ${fee.purpose} - hồ sơ ${dossier.code}`,
      returnUrl: settings.returnUrl,
      ipAddr,
      createdAt: now,
      expiresAt,
    });
  });
}
