import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { findActiveStep, onDossier, requireHandlerOrCounter, resumeAfterPause } from './processing-work.ts';
import { openPause } from './repository.ts';
import { statusAfter, transition } from './transition.ts';

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
    const { trx, actor, dossier } = work;
    statusAfter(dossier.status, 'fee_paid');
    await requireHandlerOrCounter(work);
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
    });
  });
}
