import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict } from '../../platform/http/problem.ts';
import { requireCounter } from './access.ts';
import { hasResultFile, updateStep } from './processing-repository.ts';
import { findActiveStep, onDossier } from './processing-work.ts';
import { updateDossier } from './repository.ts';
import { recordNote, statusAfter, transition } from './transition.ts';

/**
 * Handing the result back (trả kết quả), by the counter of the receiving agency: in person at the counter
 * (who took it, and that their identity was checked), by public post (the address and the tracking number;
 * the post's answer comes later), or online (the result file is made available to the applicant; the portal
 * that shows it comes with the next issue). The result is the `result` file attached by the handlers; its
 * digital signature comes later too.
 */

export type ReturnInput =
  | { delivery: 'counter'; receivedBy: string; identityNote: string; note?: string | null | undefined }
  | { delivery: 'post'; address: string; tracking: string; note?: string | null | undefined }
  | { delivery: 'online'; note?: string | null | undefined };

export function returnResult(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: ReturnInput,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    statusAfter(dossier.status, 'return_result');
    await requireCounter(trx, actor, dossier);
    if (!(await hasResultFile(trx, dossier.id)))
      throw conflict('Hồ sơ chưa có tệp kết quả giải quyết để trả');
    const step = findActiveStep(work);
    if (step)
      await updateStep(trx, dossier.id, step.position, {
        status: 'done',
        finishedAt: now,
        finishedBy: actor.userId,
      });
    const post = input.delivery === 'post';
    await transition(trx, ctx, actor, dossier, {
      action: 'return_result',
      changes: {
        returnedAt: now,
        currentStep: null,
        resultDelivery: input.delivery,
        ...(post
          ? { postalAddress: input.address, postalTracking: input.tracking, postalStatus: 'sent' }
          : {}),
      },
      step: step?.position ?? null,
      note: input.note ?? null,
      data: {
        delivery: input.delivery,
        stepDueAt: step?.dueAt?.toISOString() ?? null,
        ...(input.delivery === 'counter'
          ? { receivedBy: input.receivedBy, identityNote: input.identityNote }
          : {}),
        ...(post ? { address: input.address, tracking: input.tracking } : {}),
      },
      at: now,
    });
  });
}

export interface PostalUpdate {
  status: 'delivered' | 'failed';
  note?: string | null | undefined;
}

/** The post's answer about a result sent: delivered, or it could not be delivered (it comes back). */
export function updatePostal(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: PostalUpdate,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    await requireCounter(trx, actor, dossier);
    if (dossier.resultDelivery !== 'post' || dossier.postalStatus !== 'sent')
      throw conflict('Chỉ cập nhật được kết quả đã gửi qua bưu chính và đang chờ phát');
    await updateDossier(trx, dossier.id, { postalStatus: input.status });
    await recordNote(trx, ctx, actor, dossier, 'postal_update', {
      note: input.note ?? null,
      data: { postalStatus: input.status, tracking: dossier.postalTracking },
      at: now,
    });
  });
}
