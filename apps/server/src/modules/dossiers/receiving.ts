import type { z } from 'zod';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { actorOf, agencyFor } from '../documents/access.ts';
import { requireCounter, visibleDossier } from './access.ts';
import { getDossier } from './detail.ts';
import {
  checkApplicationForm,
  checkHandedIn,
  type HandedIn,
  procedureProblem,
  receivableProcedure,
} from './receiving-procedure.ts';
import {
  insertDossier,
  insertFiles,
  insertSlip,
  insertSteps,
  type NewDossier,
} from './receiving-repository.ts';
import {
  handedInFiles,
  planReceipt,
  receiptColumns,
  takeDossierCode,
  writeReceipt,
} from './receiving-start.ts';
import type { applicantInput, receiveBody, supplementItem } from './schema.ts';
import { recordHistory, statusAfter, transition } from './transition.ts';

// Receiving at the counter (NĐ 61/2018 Art. 18–19 as amended): a complete dossier is received — code, steps,
// clock, receipt Mẫu 01 — and one handed in incomplete is recorded with the guidance Mẫu 02, its clock not
// started. Online dossiers wait until the counter accepts them.

type Applicant = z.infer<typeof applicantInput>;
export type ReceiveInput = z.infer<typeof receiveBody>;
type SupplementItem = z.infer<typeof supplementItem>;

/** The receiving agency with the code dossier codes start with (QCVN 102:2016), or a 409. */
function withCode<T extends { code: string | null; name: string }>(agency: T): T & { code: string } {
  if (!agency.code)
    throw conflict(
      `Cơ quan "${agency.name}" chưa có mã định danh (QCVN 102:2016) nên chưa cấp được mã hồ sơ; hãy bổ sung trong danh mục cơ quan`,
    );
  return agency as T & { code: string };
}

function applicantColumns(applicant: Applicant) {
  return {
    applicantKind: applicant.kind,
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    applicantPhone: applicant.phone ?? null,
    applicantEmail: applicant.email ?? null,
    applicantAddress: applicant.address ?? null,
  };
}

/** Mẫu 02 lists each thing to add as `{ name, reason }`. */
export const slipItems = (items: readonly SupplementItem[]) =>
  items.map((item) => ({ name: item.document, reason: item.reason }));

/**
 * A dossier handed in at the counter, in one transaction: `complete` receives it (action `receive`: code,
 * steps, clock, receipt Mẫu 01); `incomplete` records it with the guidance to supplement (action
 * `register_incomplete`: a code too, Mẫu 02, the clock not started until the supplement is brought).
 */
export async function receiveDossier(
  db: Database,
  ctx: RequestContext,
  body: ReceiveInput,
  now = new Date(),
) {
  const actor = actorOf(ctx);
  const agency = withCode(await agencyFor(db, actor, body.agencyId, 'dossiers.receive'));
  const procedure = await receivableProcedure(db, body.procedureId, agency.id, procedureProblem);
  const formData = checkApplicationForm(procedure, body.formData);
  const complete = body.outcome === 'complete';
  checkHandedIn(procedure, body.documents, complete);
  const plan = complete ? await planReceipt(db, procedure, agency.id, actor.userId, now) : undefined;
  const action = complete ? 'receive' : 'register_incomplete';
  const status = statusAfter('new', action);

  const id = await db.transaction().execute(async (trx) => {
    const files = await handedInFiles(trx, actor.userId, body.documents, 'submitted', plan ? 1 : null);
    const code = await takeDossierCode(trx, agency, now);
    const dossier: NewDossier = {
      code,
      agencyId: agency.id,
      procedureId: procedure.id,
      status,
      channel: 'counter',
      ...applicantColumns(body.applicant),
      summary: body.summary ?? null,
      formData,
      processingDays: procedure.processingDays,
      submittedAt: now,
      ...(plan
        ? receiptColumns(plan, actor.userId)
        : { receivedAt: null, receivedBy: null, dueAt: null, appointmentAt: null, currentStep: null }),
      resultDelivery: body.resultDelivery,
      postalAddress: body.resultDelivery === 'post' ? (body.postalAddress ?? null) : null,
      createdBy: actor.userId,
    };
    const id = await insertDossier(trx, dossier);
    if (plan) await insertSteps(trx, id, plan.steps);
    const fileIds = await insertFiles(trx, id, actor.userId, files);
    const slipId = await insertSlip(trx, id, {
      form: complete ? '01' : '02',
      issuedBy: actor.userId,
      issuedAt: now,
      items: slipItems(body.supplementItems),
    });
    await recordHistory(trx, ctx, actor, { id, code, agencyId: agency.id }, 'new', status, {
      action,
      note: body.note ?? null,
      at: now,
      data: {
        procedure: procedure.code,
        slipId,
        files: fileIds.length,
        ...(complete ? { dueAt: plan!.dueAt.toISOString() } : { items: slipItems(body.supplementItems) }),
      },
    });
    return id;
  });
  return getDossier(db, ctx, id);
}

/** What the portal sends when an applicant submits a dossier online (the next issue builds the portal side). */
export interface OnlineSubmission {
  agencyId: string;
  procedureId: string;
  applicant: Applicant;
  summary?: string | null;
  formData?: Record<string, unknown>;
  /** Scans the applicant uploaded (their own blobs), one per required document. */
  documents?: HandedIn[];
  resultDelivery?: 'counter' | 'post' | 'online';
  postalAddress?: string | null;
  /** The applicant's account, when signed in (it owns the uploaded scans). */
  submittedBy?: string | null;
}

/**
 * An online submission (action `submit_online`): a code at once, so the applicant can follow it, and the
 * dossier waits for the counter to accept it; its clock starts on acceptance. Problems point into the
 * submission as the body of a request would. Given a transaction, it writes in it: the portal submits a
 * draft it holds locked, so that the draft and its dossier commit together and are submitted only once.
 */
export async function submitOnline(
  db: Database,
  input: OnlineSubmission,
  ctx: RequestContext = systemContext('portal'),
  now = new Date(),
): Promise<string> {
  const found = await findAgencyRef(db, input.agencyId);
  if (!found)
    throw invalid('Không tìm thấy cơ quan tiếp nhận', [
      { pointer: '/body/agencyId', detail: 'Không tìm thấy cơ quan tiếp nhận' },
    ]);
  const agency = withCode(found);
  const procedure = await receivableProcedure(db, input.procedureId, agency.id, procedureProblem);
  const formData = checkApplicationForm(procedure, input.formData ?? {});
  const documents = input.documents ?? [];
  checkHandedIn(procedure, documents, false);
  const status = statusAfter('new', 'submit_online');
  const write = async (trx: Tx) => {
    const files = await handedInFiles(trx, input.submittedBy ?? null, documents, 'submitted', null);
    const code = await takeDossierCode(trx, agency, now);
    const id = await insertDossier(trx, {
      code,
      agencyId: agency.id,
      procedureId: procedure.id,
      status,
      channel: 'online',
      ...applicantColumns(input.applicant),
      summary: input.summary ?? null,
      formData,
      processingDays: procedure.processingDays,
      submittedAt: now,
      receivedAt: null,
      receivedBy: null,
      dueAt: null,
      appointmentAt: null,
      currentStep: null,
      resultDelivery: input.resultDelivery ?? 'online',
      postalAddress: input.resultDelivery === 'post' ? (input.postalAddress ?? null) : null,
      createdBy: input.submittedBy ?? null,
    });
    await insertFiles(trx, id, input.submittedBy ?? null, files);
    await recordHistory(trx, ctx, null, { id, code, agencyId: agency.id }, 'new', status, {
      action: 'submit_online',
      at: now,
      data: { procedure: procedure.code, files: files.length },
    });
    return id;
  };
  return db.isTransaction ? write(db as Tx) : db.transaction().execute(write);
}

/** The counter accepts a dossier submitted online (action `accept`): received now, receipt Mẫu 01. */
export async function acceptDossier(db: Database, ctx: RequestContext, id: string, now = new Date()) {
  const actor = actorOf(ctx);
  const seen = await visibleDossier(db, actor, id);
  await requireCounter(db, actor, seen);
  statusAfter(seen.status, 'accept');
  const procedure = await receivableProcedure(db, seen.procedureId, seen.agencyId);
  const plan = await planReceipt(db, procedure, seen.agencyId, actor.userId, now);
  await db.transaction().execute(async (trx) => {
    const dossier = await visibleDossier(trx, actor, id, true);
    statusAfter(dossier.status, 'accept');
    const changes = await writeReceipt(trx, id, plan, actor.userId);
    const slipId = await insertSlip(trx, id, { form: '01', issuedBy: actor.userId, issuedAt: now });
    await transition(trx, ctx, actor, dossier, {
      action: 'accept',
      changes,
      at: now,
      data: { slipId, dueAt: plan.dueAt.toISOString() },
    });
  });
  return getDossier(db, ctx, id);
}
