import type { z } from 'zod';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict } from '../../platform/http/problem.ts';
import { requireCounter } from './access.ts';
import { getDossier } from './detail.ts';
import {
  type DossierWork,
  findActiveStep,
  onDossier,
  requireHandlerOrCounter,
  resumeAfterPause,
} from './processing-work.ts';
import { slipItems } from './receiving.ts';
import { checkHandedIn, receivableProcedure } from './receiving-procedure.ts';
import { filesOfKind, findProcedure, insertFiles, insertSlip } from './receiving-repository.ts';
import { handedInFiles, planReceipt, writeReceipt } from './receiving-start.ts';
import { openPause } from './repository.ts';
import type { requestSupplementBody, supplementBody } from './schema.ts';
import { statusAfter, transition } from './transition.ts';

// Supplements (NĐ 61/2018 Art. 19 as amended; Mẫu 02). A supplement asked before the
// dossier was received is guidance: no clock runs yet. Asked while it is processed, the dossier goes back to
// the applicant and its clock pauses until the supplement is brought to the counter.

/**
 * Mẫu 02 (action `request_supplement`). Before receipt (an online dossier waiting): the counter. During
 * processing: the counter or whoever may act on the step in progress; the clock pauses.
 */
export async function requestSupplement(
  db: Database,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof requestSupplementBody>,
  now = new Date(),
) {
  await onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    const received = dossier.receivedAt !== null;
    if (received) await requireHandlerOrCounter(work);
    else await requireCounter(trx, actor, dossier);
    statusAfter(dossier.status, 'request_supplement');
    if (received) await openPause(trx, id, 'supplement', now);
    const items = slipItems(body.items);
    const slipId = await insertSlip(trx, id, {
      form: '02',
      issuedBy: actor.userId,
      issuedAt: now,
      reason: body.note ?? null,
      items,
    });
    await transition(trx, ctx, actor, dossier, {
      action: 'request_supplement',
      changes: received ? { pausedSince: now } : {},
      step: received ? (findActiveStep(work)?.position ?? null) : null,
      note: body.note ?? null,
      at: now,
      data: { slipId, items, paused: received },
    });
  });
  return getDossier(db, ctx, id);
}

/**
 * The applicant brought the supplement to the counter (action `supplement`). A dossier never received is
 * received now, as at the counter (steps, clock, receipt Mẫu 01), once every required document is in. One
 * received earlier resumes: the pause ends, the due instant is computed again without it, and the
 * appointment and the step in progress move by the working time it took.
 */
export async function receiveSupplement(
  db: Database,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof supplementBody>,
  now = new Date(),
) {
  await onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    await requireCounter(trx, actor, dossier);
    statusAfter(dossier.status, 'supplement');
    const receiving = dossier.receivedAt === null;
    const procedure = await findProcedure(trx, dossier.procedureId);
    checkHandedIn(procedure!, body.documents, false);
    const { changes, slipId } = receiving
      ? await receiveCompleted(
          db,
          work,
          body.documents.map((d) => d.requirement),
        )
      : {
          changes: (await resumeAfterPause(db, work, 'Hồ sơ không ở trạng thái tạm dừng chờ bổ sung'))
            .changes,
          slipId: null,
        };
    const files = await handedInFiles(
      trx,
      actor.userId,
      body.documents,
      'supplement',
      changes.currentStep ?? null,
    );
    const fileIds = await insertFiles(trx, id, actor.userId, files);
    await transition(trx, ctx, actor, dossier, {
      action: 'supplement',
      changes,
      note: body.note ?? null,
      at: now,
      data: {
        files: fileIds.length,
        ...(slipId ? { slipId } : {}),
        ...(changes.dueAt ? { dueAt: changes.dueAt.toISOString() } : {}),
      },
    });
  });
  return getDossier(db, ctx, id);
}

/** The receipt of a dossier registered incomplete, now that the supplement completes it. */
async function receiveCompleted(db: Database, work: DossierWork, brought: string[]) {
  const { trx, actor, dossier, now } = work;
  const procedure = await receivableProcedure(db, dossier.procedureId, dossier.agencyId);
  const present = new Set([...(await filesOfKind(trx, dossier.id, ['submitted', 'supplement'])), ...brought]);
  const missing = procedure.requiredDocuments.filter((r) => r.required && !present.has(r.name));
  if (missing.length > 0)
    throw conflict(
      `Hồ sơ vẫn còn thiếu thành phần bắt buộc: ${missing.map((m) => m.name).join('; ')}. Chưa tiếp nhận được`,
    );
  const plan = await planReceipt(db, procedure, dossier.agencyId, actor.userId, now);
  const changes = await writeReceipt(trx, dossier.id, plan, actor.userId);
  const slipId = await insertSlip(trx, dossier.id, { form: '01', issuedBy: actor.userId, issuedAt: now });
  return { changes, slipId };
}
