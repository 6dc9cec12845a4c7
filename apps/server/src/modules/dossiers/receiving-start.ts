import { DossierCodeError, formatDossierCode, MAX_DAILY_SEQUENCE } from '@congso/one-stop';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, type FieldError, invalid } from '../../platform/http/problem.ts';
import { vietnamToday } from '../documents/access.ts';
import { dossierDueAt, stepDueAt } from './clock.ts';
import type { HandedIn, ReceivableProcedure } from './receiving-procedure.ts';
import { insertSteps, lockUploads, type NewFile, type NewStep } from './receiving-repository.ts';
import { type DossierChanges, nextDaySequence } from './repository.ts';

/**
 * What receiving a complete dossier sets going (at the counter, on accepting an online one, or when the
 * supplement completes one registered incomplete): the clock starts, the procedure's steps at the receiving
 * agency are copied onto the dossier, the receiving step is done at once and the next one starts with its
 * own due time. The calendar arithmetic is done before the transaction (`planReceipt`), so that the
 * transaction — which holds the day's code sequence locked — stays short.
 */
export interface ReceiptPlan {
  receivedAt: Date;
  dueAt: Date;
  processingDays: number;
  steps: NewStep[];
}

export async function planReceipt(
  db: Database,
  procedure: ReceivableProcedure,
  agencyId: string,
  actorId: string,
  now: Date,
): Promise<ReceiptPlan> {
  // received now: the clock has a due instant
  const dueAt = (await dossierDueAt(
    db,
    { agencyId, receivedAt: now, processingDays: procedure.processingDays },
    [],
  ))!;
  const next = procedure.steps[1]!;
  const nextDue = await stepDueAt(db, next.handlerAgencyId, now, next.days);
  const steps = procedure.steps.map((step, i): NewStep => {
    const base = {
      position: step.position,
      name: step.name,
      role: step.role,
      handlerAgencyId: step.handlerAgencyId,
      handlerDepartmentId: step.handlerDepartmentId,
      days: step.days,
    };
    if (i === 0)
      return { ...base, status: 'done', startedAt: now, dueAt: now, finishedAt: now, finishedBy: actorId };
    if (i === 1)
      return {
        ...base,
        status: 'active',
        startedAt: now,
        dueAt: nextDue,
        finishedAt: null,
        finishedBy: null,
      };
    return { ...base, status: 'pending', startedAt: null, dueAt: null, finishedAt: null, finishedBy: null };
  });
  return { receivedAt: now, dueAt, processingDays: procedure.processingDays, steps };
}

/** The columns of the dossier a receipt sets: received now, due and appointment the same instant. */
export function receiptColumns(plan: ReceiptPlan, actorId: string) {
  return {
    receivedAt: plan.receivedAt,
    receivedBy: actorId,
    dueAt: plan.dueAt,
    appointmentAt: plan.dueAt,
    processingDays: plan.processingDays,
    currentStep: plan.steps[1]!.position,
  } satisfies DossierChanges;
}

/** Writes the steps of a receipt onto a recorded dossier; the columns of the dossier that change with it. */
export async function writeReceipt(
  trx: Executor,
  dossierId: string,
  plan: ReceiptPlan,
  actorId: string,
): Promise<DossierChanges> {
  await insertSteps(trx, dossierId, plan.steps);
  return receiptColumns(plan, actorId);
}

/**
 * The dossier code of a receipt at `now`: the agency's code, the day in Vietnam and the next number of that
 * day at the agency (TT 01/2018/TT-VPCP Art. 19). The day's row stays locked until the transaction ends.
 */
export async function takeDossierCode(
  trx: Executor,
  agency: { id: string; code: string },
  now: Date,
): Promise<string> {
  const day = vietnamToday(now);
  let sequence: number;
  try {
    sequence = await nextDaySequence(trx, agency.id, day);
  } catch (error) {
    if ((error as { code?: string }).code === '23514')
      throw conflict(`Cơ quan đã tiếp nhận đủ ${MAX_DAILY_SEQUENCE} hồ sơ trong ngày; số thứ tự đã hết`);
    throw error;
  }
  try {
    return formatDossierCode({ agencyCode: agency.code, receivedOn: day, sequence });
  } catch (error) {
    if (error instanceof DossierCodeError) throw conflict(`Chưa cấp được mã hồ sơ: ${error.message}`);
    throw error;
  }
}

/**
 * The file rows of papers handed in (`kind` submitted or supplement). A scan uploaded beforehand is taken
 * over here: it must be the uploader's own (`ownerId`) and not already a file of something else.
 */
export async function handedInFiles(
  trx: Executor,
  ownerId: string | null,
  documents: readonly HandedIn[],
  kind: 'submitted' | 'supplement',
  step: number | null,
  pointer = '/body/documents',
): Promise<NewFile[]> {
  const blobIds = documents.flatMap((d) => (d.blobId ? [d.blobId] : []));
  const uploads = new Map((await lockUploads(trx, blobIds)).map((u) => [u.id, u]));
  const errors: FieldError[] = [];
  const claimed = new Set<string>();
  documents.forEach((d, i) => {
    if (!d.blobId) return;
    const upload = uploads.get(d.blobId);
    const where = `${pointer}/${i}/blobId`;
    if (!upload || upload.createdBy !== ownerId)
      errors.push({ pointer: where, detail: 'Không tìm thấy tệp đã tải lên' });
    else if (upload.used || claimed.has(d.blobId))
      errors.push({ pointer: where, detail: 'Tệp này đã được đính kèm ở nơi khác' });
    claimed.add(d.blobId);
  });
  if (errors.length > 0) throw invalid(errors.map((e) => e.detail).join('; '), errors);
  return documents.map((d) => ({
    kind,
    requirement: d.requirement,
    copyKind: d.copyKind,
    quantity: d.quantity,
    blobId: d.blobId ?? null,
    fileName: d.blobId ? (uploads.get(d.blobId)!.filename ?? null) : null,
    step,
  }));
}
