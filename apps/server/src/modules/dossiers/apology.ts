import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { invalid, Problem } from '../../platform/http/problem.ts';
import { dueAt } from '../calendar/index.ts';
import { insertApology, latestApology } from './processing-repository.ts';
import { type DossierWork, findActiveStep, onDossier, requireHandlerOrCounter } from './processing-work.ts';
import type { DossierRow, DossierStepRow } from './repository.ts';
import { statusAfter, transition } from './transition.ts';

/**
 * Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả. A dossier whose result cannot be handed back by its due
 * instant moves on only once the applicant has been given an apology with a new appointment. The apology
 * moves the appointment, never the due instant: the dossier stays overdue in the statistics.
 */

export interface ApologyInput {
  reason: string;
  newAppointmentAt: Date;
}

/**
 * The earliest the result can be handed back if the dossier moves on at `now`: `now` plus the working time
 * of the return step (trả kết quả), on the receiving agency's calendar.
 */
export async function earliestReturn(
  db: Executor,
  dossier: Pick<DossierRow, 'agencyId'>,
  steps: readonly DossierStepRow[],
  now: Date,
): Promise<Date> {
  const returnStep = steps.findLast((s) => s.role === 'return');
  if (!returnStep || returnStep.days === 0) return now;
  return dueAt(db, dossier.agencyId, now, { days: returnStep.days });
}

export type Lateness = 'on_time' | 'apologised' | 'apology_required' | 'new_apology_required';

/**
 * Whether the dossier is (or will be, by the time its result can be handed back) past its due instant, and
 * if so whether an apology covers it: one was issued, and the appointment it gave can still be kept. An
 * apology may be written before the due instant passes (the handling agency knows it will be late), and it
 * counts; a new appointment missed in turn needs a new apology.
 */
export async function latenessOf(
  db: Executor,
  dossier: Pick<DossierRow, 'id' | 'agencyId' | 'dueAt' | 'appointmentAt'>,
  steps: readonly DossierStepRow[],
  now: Date,
  /** Where the calendar is read: outside a locked transaction, so that its cache serves it. */
  calendarDb: Executor = db,
): Promise<Lateness> {
  if (!dossier.dueAt) return 'on_time';
  const returnBy = await earliestReturn(calendarDb, dossier, steps, now);
  if (returnBy.getTime() <= dossier.dueAt.getTime()) return 'on_time';
  if (!(await latestApology(db, dossier.id))) return 'apology_required';
  if (dossier.appointmentAt && dossier.appointmentAt.getTime() >= returnBy.getTime()) return 'apologised';
  return 'new_apology_required';
}

const gateMessages: Partial<Record<Lateness, string>> = {
  apology_required:
    'Hồ sơ đã quá hạn: cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi chuyển tiếp',
  new_apology_required:
    'Hồ sơ đã quá ngày hẹn trả kết quả ghi trong Phiếu xin lỗi: cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) mới trước khi chuyển tiếp',
};

/** Refuses to move a late dossier on (forward, complete) until an apology covers it. */
export async function requireApologyIfLate(db: Database, work: DossierWork): Promise<void> {
  const lateness = await latenessOf(work.trx, work.dossier, work.steps, work.now, db);
  const message = gateMessages[lateness];
  if (message) throw new Problem('conflict', message, { extensions: { reason: 'apology_required' } });
}

/**
 * Issues the apology (a `dossier_slips` row, form 04, naming the step in progress) and moves the appointment.
 * The person handling the step in progress or the counter writes it; the new appointment must be later than
 * now and than the appointment it replaces.
 */
export function apologise(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: ApologyInput,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    statusAfter(dossier.status, 'apologise');
    await requireHandlerOrCounter(work);
    const previous = dossier.appointmentAt ?? dossier.dueAt;
    const pointer = '/body/newAppointmentAt';
    if (input.newAppointmentAt.getTime() <= now.getTime())
      throw invalid('Ngày hẹn mới phải sau thời điểm hiện tại', [
        { pointer, detail: 'Chọn một thời điểm trong tương lai' },
      ]);
    if (previous && input.newAppointmentAt.getTime() <= previous.getTime())
      throw invalid('Ngày hẹn mới phải sau ngày hẹn trả kết quả hiện tại', [
        { pointer, detail: 'Chọn thời điểm sau ngày hẹn hiện tại' },
      ]);
    const step = findActiveStep(work)?.position ?? null;
    const slipId = await insertApology(trx, {
      dossierId: dossier.id,
      issuedBy: actor.userId,
      reason: input.reason,
      newAppointmentAt: input.newAppointmentAt,
      step,
      at: now,
    });
    await transition(trx, work.ctx, actor, dossier, {
      action: 'apologise',
      changes: { appointmentAt: input.newAppointmentAt },
      step,
      note: input.reason,
      data: {
        slipId,
        previousAppointmentAt: previous?.toISOString() ?? null,
        newAppointmentAt: input.newAppointmentAt.toISOString(),
      },
      at: now,
    });
    return { slipId };
  });
}
