import type { z } from 'zod';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { requireCounter } from './access.ts';
import { getDossier } from './detail.ts';
import { updateStep } from './processing-repository.ts';
import { findActiveStep, onDossier } from './processing-work.ts';
import { insertSlip } from './receiving-repository.ts';
import { closePause } from './repository.ts';
import type { refuseBody } from './schema.ts';
import { statusAfter, transition } from './transition.ts';

/**
 * Mẫu 03 (action `refuse`): the counter refuses the dossier, giving its reasons, and it ends. An open pause
 * ends with it, and the step in progress is closed, so no queue keeps a dossier that is over.
 */
export async function refuseDossier(
  db: Database,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof refuseBody>,
  now = new Date(),
) {
  await onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    await requireCounter(trx, actor, dossier);
    statusAfter(dossier.status, 'refuse');
    if (dossier.pausedSince) await closePause(trx, id, now);
    const step = findActiveStep(work);
    if (step)
      await updateStep(trx, id, step.position, { status: 'done', finishedAt: now, finishedBy: actor.userId });
    const reason = body.reasons.join('\n');
    const slipId = await insertSlip(trx, id, { form: '03', issuedBy: actor.userId, issuedAt: now, reason });
    await transition(trx, ctx, actor, dossier, {
      action: 'refuse',
      changes: { endedAt: now, pausedSince: null, currentStep: null },
      step: step?.position ?? null,
      note: body.note ?? null,
      at: now,
      data: { slipId, reasons: body.reasons },
    });
  });
  return getDossier(db, ctx, id);
}
