import type { Executor } from '../../platform/db/database.ts';
import { dueAt, workingTimeBetween } from '../calendar/index.ts';
import type { DossierRow, DossierStepRow, PauseRow } from './repository.ts';

/**
 * The dossier's clock. Time runs from receipt of a complete dossier for the legal processing time in working
 * days of the receiving agency (its calendar: official days off, make-up Saturdays, its working hours), and
 * stops while the dossier is with the applicant (a supplement requested, a fee unpaid). A pause still open
 * counts up to `now`, so the due instant shown moves on while the applicant keeps the dossier.
 *
 * [UNCONFIRMED] that paused time is excluded by law (reference §3.5): it is what OpenCPS and provincial
 * systems do, and what TT 01/2018's "thời gian bổ sung không tính vào thời hạn" reading supports.
 */
export async function dossierDueAt(
  db: Executor,
  dossier: Pick<DossierRow, 'agencyId' | 'receivedAt' | 'processingDays'>,
  pauses: readonly PauseRow[],
  now = new Date(),
): Promise<Date | null> {
  if (!dossier.receivedAt) return null;
  return dueAt(
    db,
    dossier.agencyId,
    dossier.receivedAt,
    { days: dossier.processingDays },
    pauses.map((p) => ({ start: p.startedAt, end: p.endedAt ?? now })),
  );
}

/** When a step started at `startedAt` is due: its days of working time at the handling agency. */
export function stepDueAt(
  db: Executor,
  handlerAgencyId: string,
  startedAt: Date,
  days: number,
): Promise<Date> {
  return dueAt(db, handlerAgencyId, startedAt, { days });
}

/** An instant moved on an agency's calendar by the working time a pause took there. */
async function movedBy(db: Executor, agencyId: string, instant: Date, pause: { start: Date; end: Date }) {
  return dueAt(db, agencyId, instant, {
    minutes: await workingTimeBetween(db, agencyId, pause.start, pause.end),
  });
}

/**
 * Where the clock stands once a pause (the applicant supplementing, paying) ended: the due instant computed
 * again without every pause, and the appointment and the due of the step in progress moved by the working
 * time the pause took at their agencies. `pauses` are all of the dossier's, the one that ended included.
 */
export async function resumedClock(
  db: Executor,
  dossier: Pick<DossierRow, 'agencyId' | 'receivedAt' | 'processingDays' | 'appointmentAt'>,
  pauses: readonly PauseRow[],
  ended: { start: Date; end: Date },
  step: Pick<DossierStepRow, 'handlerAgencyId' | 'dueAt'> | undefined,
): Promise<{ dueAt: Date | null; appointmentAt: Date | null; stepDueAt: Date | null }> {
  return {
    dueAt: await dossierDueAt(db, dossier, pauses, ended.end),
    appointmentAt: dossier.appointmentAt
      ? await movedBy(db, dossier.agencyId, dossier.appointmentAt, ended)
      : null,
    stepDueAt: step?.dueAt ? await movedBy(db, step.handlerAgencyId, step.dueAt, ended) : null,
  };
}
