import {
  actionsFrom,
  type DossierAction,
  endedStatuses,
  isOverdue,
  type Timeliness,
  timelinessOf,
} from '@congso/one-stop';
import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { ratingOf } from '../my-dossiers/rating-repository.ts';
import { isCounter, mayActOnStep, visibleDossier } from './access.ts';
import * as detailRepo from './detail-repository.ts';
import { findSummary, type SummaryRow } from './list-repository.ts';
import { processingActions } from './processing-actions.ts';
import { findActiveStep } from './processing-work.ts';
import { type DossierRow, type DossierStepRow, findDossierByCode, pausesOf } from './repository.ts';
import type { DossierDetail, DossierFileView, DossierSummary } from './schema.ts';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/**
 * Early, on time or overdue as a list shows it: a finished dossier by when its result was ready; one under
 * way only when overdue — at `now`, or, while the applicant holds it (paused), when the pause began.
 */
export function timelinessNow(
  row: Pick<SummaryRow, 'status' | 'dueAt' | 'completedAt' | 'pausedSince'>,
  now: Date,
): Timeliness | null {
  if (!row.dueAt) return null;
  if (row.completedAt) return timelinessOf(row.completedAt, row.dueAt);
  if (endedStatuses.has(row.status)) return null;
  return isOverdue(row.dueAt, row.pausedSince ?? now) ? 'overdue' : null;
}

export function toSummary(row: SummaryRow, now: Date): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    agency: { id: row.agencyId, name: row.agencyName },
    status: row.status,
    channel: row.channel,
    applicantKind: row.applicantKind,
    applicantName: row.applicantName,
    summary: row.summary,
    procedure: { id: row.procedureId, code: row.procedureCode, name: row.procedureName },
    currentStep:
      row.currentStep !== null && row.stepName !== null
        ? {
            position: row.currentStep,
            name: row.stepName,
            role: row.stepRole!,
            handlerAgency: { id: row.stepAgencyId!, name: row.stepAgencyName ?? '' },
            dueAt: iso(row.stepDueAt),
          }
        : null,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    appointmentAt: iso(row.appointmentAt),
    pausedSince: iso(row.pausedSince),
    completedAt: iso(row.completedAt),
    endedAt: iso(row.endedAt),
    timeliness: timelinessNow(row, now),
    supplementSent: row.supplementSent === true,
  };
}

/**
 * The receiving actions the person may take now: the counter of the receiving agency accepts, asks for
 * and takes in supplements and refuses; once received, whoever may act on the step in progress may also
 * ask for a supplement.
 */
async function receivingActions(
  db: Executor,
  actor: Actor,
  dossier: DossierRow,
  steps: readonly DossierStepRow[],
): Promise<DossierAction[]> {
  const counter = await isCounter(db, actor, dossier);
  const step = findActiveStep({ dossier, steps });
  const handler = dossier.receivedAt !== null && step !== undefined && (await mayActOnStep(db, actor, step));
  const rules: Partial<Record<DossierAction, boolean>> = {
    accept: counter,
    request_supplement: counter || handler,
    supplement: counter,
    refuse: counter,
  };
  return actionsFrom(dossier.status).filter((action) => rules[action] === true);
}

/**
 * Every action the person may take on the dossier now (the staff app shows only these): allowed from its
 * status by the lifecycle, and by their permissions — receiving here, processing in `processingActions`.
 */
export async function dossierActions(
  db: Executor,
  actor: Actor,
  dossier: DossierRow,
  steps: readonly DossierStepRow[],
  now: Date,
): Promise<DossierAction[]> {
  const [receiving, processing] = await Promise.all([
    receivingActions(db, actor, dossier, steps),
    processingActions(db, actor, dossier, steps, now),
  ]);
  return [...new Set([...receiving, ...processing])];
}

export function toFileView(f: detailRepo.FileRow): DossierFileView {
  return {
    id: f.id,
    kind: f.kind,
    requirement: f.requirement,
    copyKind: f.copyKind,
    quantity: f.quantity,
    fileName: f.fileName,
    mediaType: f.mediaType,
    size: f.size === null ? null : Number(f.size),
    step: f.step,
    addedBy: ref(f.addedBy, f.addedByName),
    addedAt: f.addedAt.toISOString(),
  };
}

/** A step's own lateness: still going past its due, or finished after it. */
const stepOverdue = (s: DossierStepRow, now: Date) =>
  s.dueAt !== null &&
  ((s.status === 'active' && isOverdue(s.dueAt, now)) || (s.finishedAt !== null && s.finishedAt > s.dueAt));

/** A dossier the person may see (404 otherwise), with everything the detail page shows. */
export async function getDossier(db: Executor, ctx: RequestContext, id: string, now = new Date()) {
  const actor = actorOf(ctx);
  const dossier = await visibleDossier(db, actor, id);
  const [summary, agency, procedure, steps, pauses, files, events, slips, receivedBy, rating] =
    await Promise.all([
      findSummary(db, id),
      detailRepo.agencyOf(db, dossier.agencyId),
      detailRepo.procedureOf(db, dossier.procedureId),
      detailRepo.stepsWithNames(db, id),
      pausesOf(db, id),
      detailRepo.filesOf(db, id),
      detailRepo.eventsOf(db, id),
      detailRepo.slipsOf(db, id),
      detailRepo.userName(db, dossier.receivedBy),
      ratingOf(db, id),
    ]);
  const detail: DossierDetail = {
    ...toSummary(summary!, now),
    agency,
    applicant: {
      kind: dossier.applicantKind,
      name: dossier.applicantName,
      idNumber: dossier.applicantIdNumber,
      phone: dossier.applicantPhone,
      email: dossier.applicantEmail,
      address: dossier.applicantAddress,
    },
    formData: (dossier.formData ?? {}) as Record<string, unknown>,
    processingDays: dossier.processingDays,
    receivedBy: ref(dossier.receivedBy, receivedBy),
    returnedAt: iso(dossier.returnedAt),
    resultDelivery: dossier.resultDelivery,
    postalAddress: dossier.postalAddress,
    postalTracking: dossier.postalTracking,
    postalStatus: dossier.postalStatus,
    procedure,
    steps: steps.map((s) => ({
      position: s.position,
      name: s.name,
      role: s.role,
      handlerAgency: { id: s.handlerAgencyId, name: s.handlerAgencyName },
      handlerDepartment: ref(s.handlerDepartmentId, s.handlerDepartmentName),
      days: s.days,
      status: s.status,
      assignee: ref(s.assigneeId, s.assigneeName),
      startedAt: iso(s.startedAt),
      dueAt: iso(s.dueAt),
      finishedAt: iso(s.finishedAt),
      finishedBy: ref(s.finishedBy, s.finishedByName),
      overdue: stepOverdue(s, now),
    })),
    pauses: pauses.map((p) => ({
      reason: p.reason,
      startedAt: p.startedAt.toISOString(),
      endedAt: iso(p.endedAt),
    })),
    files: files.map(toFileView),
    events: events.map((e) => ({
      id: Number(e.id),
      at: e.at.toISOString(),
      kind: e.kind,
      actor: ref(e.actorId, e.actorName),
      actorAgency: ref(e.actorAgencyId, e.actorAgencyName),
      statusFrom: e.statusFrom as DossierDetail['status'] | null,
      statusTo: e.statusTo as DossierDetail['status'] | null,
      step: e.step,
      toStep: e.toStep,
      note: e.note,
      data: e.data as Record<string, unknown>,
    })),
    slips: slips.map((s) => ({
      id: s.id,
      form: s.form,
      issuedAt: s.issuedAt.toISOString(),
      issuedBy: ref(s.issuedBy, s.issuedByName),
      reason: s.reason,
      items: s.items,
      newAppointmentAt: iso(s.newAppointmentAt),
      step: s.step,
    })),
    actions: await dossierActions(db, actor, dossier, steps, now),
    mayAddScans: !endedStatuses.has(dossier.status) && (await isCounter(db, actor, dossier)),
    rating,
  };
  return detail;
}

/** A dossier by its code, if the person may see it (404 otherwise, as for any dossier one may not see). */
export async function getDossierByCode(db: Executor, ctx: RequestContext, code: string) {
  const found = await findDossierByCode(db, code.trim());
  if (!found) throw notFound('Không tìm thấy hồ sơ');
  return getDossier(db, ctx, found.id);
}
