import { canTransition } from '@congso/one-stop';
import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import {
  type DossierWork,
  findActiveStep,
  onDossier,
  requireHandlerOrCounter,
  resumeAfterPause,
} from './processing-work.ts';
import { findApplicantDossier, openPause, stepsOf } from './repository.ts';
import { type ApplicantBy, statusAfter, transition } from './transition.ts';

/**
 * Fees and financial obligations (phí, lệ phí, nghĩa vụ tài chính) asked of the applicant while the dossier
 * is processed. Until they are paid the dossier is with the applicant and the clock stops: on payment the
 * due instant is computed again without the pause, and the appointment and the due of the step in progress
 * move by the same working time.
 */

export interface FeeRequest {
  /** In đồng. */
  amount: number;
  /** What it is for, as the applicant will read it ("Lệ phí cấp Giấy chứng nhận…"). */
  purpose: string;
}

export function requestFee(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: FeeRequest,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    statusAfter(dossier.status, 'request_fee');
    await requireHandlerOrCounter(work);
    await openPause(trx, dossier.id, 'fee', now);
    await transition(trx, ctx, actor, dossier, {
      action: 'request_fee',
      changes: { pausedSince: now },
      step: findActiveStep(work)?.position ?? null,
      note: input.purpose,
      data: { amount: input.amount, purpose: input.purpose },
      at: now,
    });
  });
}

export interface FeePayment {
  /** The receipt (biên lai) or payment reference, where there is one. */
  receipt?: string | null | undefined;
  note?: string | null | undefined;
}

export function feePaid(db: Database, ctx: RequestContext, id: string, input: FeePayment, now = new Date()) {
  return onDossier(db, ctx, id, now, async (work) => {
    statusAfter(work.dossier.status, 'fee_paid');
    await requireHandlerOrCounter(work);
    await settleFee(db, work, ctx, work.actor, input);
  });
}

/**
 * The fee paid online, as the payment gateway's verified notification tells it (`modules/payments`): no staff
 * member acts, the applicant who paid (`by`, whose account submitted the dossier) is named in the history. It
 * writes in the caller's transaction — the payment's, so that the payment and the dossier change together or
 * not at all — with the dossier locked. False, and nothing changed, when the dossier no longer waits for a
 * fee (it was settled at the counter meanwhile).
 */
export async function feePaidOnline(
  db: Database,
  trx: Tx,
  ctx: RequestContext,
  by: ApplicantBy,
  id: string,
  input: FeePayment,
  now = new Date(),
): Promise<boolean> {
  const dossier = await findApplicantDossier(trx, by.userId, id, true);
  if (!dossier || !canTransition(dossier.status, 'fee_paid')) return false;
  const work = { trx, dossier, steps: await stepsOf(trx, id), now };
  await settleFee(db, work, ctx, null, { ...input, by });
  return true;
}

/** The pause for the fee ends and the clock runs again (`resumeAfterPause`); the dossier resumes processing. */
async function settleFee(
  db: Database,
  work: Pick<DossierWork, 'trx' | 'dossier' | 'steps' | 'now'>,
  ctx: RequestContext,
  actor: Actor | null,
  input: FeePayment & { by?: ApplicantBy },
) {
  const { trx, dossier, now } = work;
  const { step, pausedFrom, changes } = await resumeAfterPause(
    db,
    work,
    'Hồ sơ không ở trạng thái tạm dừng chờ thực hiện nghĩa vụ tài chính',
  );
  await transition(trx, ctx, actor, dossier, {
    action: 'fee_paid',
    changes,
    step: step?.position ?? null,
    note: input.note ?? null,
    data: {
      receipt: input.receipt ?? null,
      pausedFrom: pausedFrom.toISOString(),
      previousDueAt: dossier.dueAt?.toISOString() ?? null,
      dueAt: changes.dueAt?.toISOString() ?? null,
    },
    at: now,
    ...(input.by ? { by: input.by } : {}),
  });
}
