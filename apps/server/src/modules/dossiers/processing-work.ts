import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, Problem } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { mayActOnStep, requireCounter, visibleDossier } from './access.ts';
import { resumedClock } from './clock.ts';
import { updateStep } from './processing-repository.ts';
import {
  closePause,
  type DossierChanges,
  type DossierRow,
  type DossierStepRow,
  pausesOf,
  stepsOf,
} from './repository.ts';

/** What a processing action works with: the dossier locked for the transaction, its steps, the time. */
export interface DossierWork {
  trx: Tx;
  ctx: RequestContext;
  actor: Actor;
  dossier: DossierRow;
  steps: DossierStepRow[];
  /** The instant the action happens at (the clock of the service; tests pass their own). */
  now: Date;
}

/**
 * Runs one processing action on a dossier the person may see (404 otherwise), in one transaction with the
 * dossier row locked, so that two people acting on the same dossier queue rather than both moving it.
 */
export async function onDossier<T>(
  db: Database,
  ctx: RequestContext,
  id: string,
  now: Date,
  run: (work: DossierWork) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  return db.transaction().execute(async (trx) => {
    const dossier = await visibleDossier(trx, actor, id, true);
    const steps = await stepsOf(trx, id);
    return run({ trx, ctx, actor, dossier, steps, now });
  });
}

/** The step in progress (the dossier's `current_step`, active), or undefined (not received yet, or ended). */
export function findActiveStep(work: {
  dossier: Pick<DossierRow, 'currentStep'>;
  steps: readonly DossierStepRow[];
}): DossierStepRow | undefined {
  return work.steps.find((s) => s.position === work.dossier.currentStep && s.status === 'active');
}

/** The step in progress; a 409 when there is none. */
export function activeStep(work: Pick<DossierWork, 'dossier' | 'steps'>): DossierStepRow {
  const step = findActiveStep(work);
  if (!step) throw conflict('Hồ sơ không có bước đang xử lý');
  return step;
}

/**
 * For what either side may do (a fee asked or paid, an apology): the person who may act on the step in
 * progress, or the counter of the receiving agency.
 */
export async function requireHandlerOrCounter(work: DossierWork): Promise<void> {
  const step = findActiveStep(work);
  if (step && (await mayActOnStep(work.trx, work.actor, step))) return;
  try {
    await requireCounter(work.trx, work.actor, work.dossier);
  } catch (error) {
    if (error instanceof Problem && error.kind === 'forbidden')
      throw forbidden('Chỉ người xử lý bước hiện tại hoặc bộ phận một cửa được làm việc này');
    throw error;
  }
}

/**
 * The clock running again once the applicant no longer holds the dossier (a supplement brought, a fee paid):
 * the open pause ends (a 409 saying `notPaused` when none is open), the due of the step in progress moves by
 * the working time it took, and the changes to the dossier (due instant and appointment) are returned. The
 * calendar is read through `db`, outside the locked transaction, so its cache serves it.
 */
export async function resumeAfterPause(
  db: Database,
  work: Pick<DossierWork, 'trx' | 'dossier' | 'steps' | 'now'>,
  notPaused: string,
) {
  const { trx, dossier, now } = work;
  const pause = await closePause(trx, dossier.id, now);
  if (!pause) throw conflict(notPaused);
  const step = findActiveStep(work);
  const ended = { start: pause.startedAt, end: now };
  const clock = await resumedClock(db, dossier, await pausesOf(trx, dossier.id), ended, step);
  if (step && clock.stepDueAt) await updateStep(trx, dossier.id, step.position, { dueAt: clock.stepDueAt });
  const changes: DossierChanges = {
    pausedSince: null,
    dueAt: clock.dueAt,
    // a received dossier always has an appointment; should it lack one, the due instant stands for it
    appointmentAt: clock.appointmentAt ?? clock.dueAt,
  };
  return { step, pausedFrom: pause.startedAt, changes };
}
