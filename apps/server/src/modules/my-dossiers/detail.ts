import type { MyDossierDetail } from '@congso/portal';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import * as detailRepo from '../dossiers/detail-repository.ts';
import { awaitingCheck, type DossierRow, findApplicantDossier } from '../dossiers/repository.ts';
import { applicantHistory } from './history.ts';
import { ratingOf } from './rating-repository.ts';
import { lastFeeRequest } from './repository.ts';
import { attentionOf, mayChangeDelivery, mayRate, resultAvailable } from './rules.ts';

/** The applicant's own dossier (their account submitted it), or 404 as for a dossier that does not exist. */
export async function ownDossier(db: Executor, applicant: Applicant, id: string): Promise<DossierRow> {
  const dossier = await findApplicantDossier(db, applicant.userId, id);
  if (!dossier) throw notFound('Không tìm thấy hồ sơ');
  return dossier;
}

const unitOf = (s: detailRepo.StepWithNames) =>
  s.handlerDepartmentName ? `${s.handlerDepartmentName}, ${s.handlerAgencyName}` : s.handlerAgencyName;

/** Everything the applicant's page of one of their dossiers shows (README, "What the applicant sees"). */
export async function myDossierDetail(
  db: Executor,
  applicant: Applicant,
  id: string,
): Promise<MyDossierDetail> {
  const d = await ownDossier(db, applicant, id);
  const [procedure, agency, steps, files, events, slips, rating, sent, fee] = await Promise.all([
    detailRepo.procedureOf(db, d.procedureId),
    detailRepo.agencyOf(db, d.agencyId),
    detailRepo.stepsWithNames(db, id),
    detailRepo.filesOf(db, id),
    detailRepo.eventsOf(db, id),
    detailRepo.slipsOf(db, id),
    ratingOf(db, id),
    awaitingCheck(db, id),
    d.status === 'fee_pending' ? lastFeeRequest(db, id) : null,
  ]);
  const request =
    d.status === 'supplement_requested' ? slips.filter((s) => s.form === '02').at(-1) : undefined;
  const available = resultAvailable(d);
  const file = (f: detailRepo.FileRow) => ({
    id: f.id,
    requirement: f.requirement,
    fileName: f.fileName,
    kind: f.kind as 'submitted' | 'supplement' | 'result',
    addedAt: f.addedAt,
    downloadable: f.storageKey !== null,
  });
  return {
    id: d.id,
    code: d.code,
    status: d.status,
    procedure: { code: procedure.code, name: procedure.name },
    agencyName: agency.name,
    summary: d.summary,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    completedAt: d.completedAt,
    returnedAt: d.returnedAt,
    resultDelivery: d.resultDelivery,
    postalAddress: d.postalAddress,
    attention: attentionOf({ ...d, supplementSent: sent, rated: rating !== null }),
    steps: steps.map((s) => ({
      name: s.name,
      unit: unitOf(s),
      status: s.status,
      dueAt: s.dueAt,
      finishedAt: s.finishedAt,
    })),
    history: applicantHistory(events, steps, applicant.userId),
    slips: slips.map((s) => ({ id: s.id, form: s.form, issuedAt: s.issuedAt })),
    // the papers handed in and supplements; the office's working files are never shown
    handedIn: files.filter((f) => f.kind === 'submitted' || f.kind === 'supplement').map(file),
    results: files.filter((f) => f.kind === 'result').map(file),
    resultAvailable: available,
    supplement: request
      ? {
          slipId: request.id,
          issuedAt: request.issuedAt,
          reason: request.reason,
          items: request.items,
          sent,
        }
      : null,
    fee,
    rating: rating
      ? {
          satisfaction: rating.satisfaction,
          score: rating.score,
          comment: rating.comment,
          ratedAt: new Date(rating.ratedAt),
        }
      : null,
    mayRate: mayRate(d.status, rating !== null),
    mayChangeDelivery: mayChangeDelivery(d.status),
  };
}
