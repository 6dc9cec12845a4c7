import { formatNumber, isSecret, secrecyRank } from '@congso/nd30';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { can, scopeOf } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, forbidden } from '../../platform/http/problem.ts';
import { noticeReturned } from '../notifications/document-notices.ts';
import { actorOf, agencyFor, endOfDay, requireClearance, vietnamYear, viewerOf } from './access.ts';
import { markDelivery } from './delivery.ts';
import { getDocument, iso, toSummary, typeName } from './detail.ts';
import * as listRepo from './list-repository.ts';
import * as repo from './repository.ts';
import type { DocumentDetail, ListDocuments, RegisterIncoming, RegisterView, Worklist } from './schema.ts';
import { documentStep, historyLine } from './step.ts';

export const incomingSeries = (secrecy: string) =>
  isSecret(secrecy as never) ? 'incoming_secret' : 'incoming';

// ---- incoming: register, accept, reject ------------------------------------------------------------------

/** Registers a document received on paper, by e-mail or any way other than the platform: takes its số đến. */
export async function registerIncoming(
  db: Database,
  ctx: RequestContext,
  input: RegisterIncoming,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const agency = await agencyFor(trx, actor, input.agencyId, 'documents.register');
    requireClearance(actor, input.secrecy);
    const year = vietnamYear();
    const series = incomingSeries(input.secrecy);
    const number = await repo.takeNumber(trx, agency.id, year, series);
    const reference =
      input.number && input.notation
        ? `${formatNumber(input.number)}/${input.notation}`
        : (input.notation ?? null);
    const id = await repo.insertDocument(trx, {
      agencyId: agency.id,
      direction: 'incoming',
      status: 'registered',
      documentType: input.documentType,
      number: input.number ?? null,
      notation: input.notation ?? null,
      reference,
      subject: input.subject,
      summary: input.summary ?? null,
      issuerName: input.issuerName,
      issuerAgencyId: input.issuerAgencyId ?? null,
      issuedOn: input.issuedOn ?? null,
      signerName: input.signerName ?? null,
      urgency: input.urgency,
      secrecy: input.secrecy,
      medium: input.medium,
      pageCount: input.pageCount ?? null,
      dueAt: input.dueOn ? endOfDay(input.dueOn) : null,
      note: input.note ?? null,
      registerYear: year,
      registerSeries: series,
      registerNumber: number,
      registeredAt: new Date(),
      createdBy: actor.userId,
    });
    await historyLine(trx, ctx, id, 'registered', `Vào sổ văn bản đến, số đến ${number}`, { number, series });
    await recordAudit(trx, ctx, {
      action: 'documents.incoming.register',
      agencyId: agency.id,
      targetType: 'document',
      targetId: id,
      summary: { after: { arrivalNumber: number, series, reference, secrecy: input.secrecy } },
    });
    return id;
  });
  return getDocument(db, ctx, id);
}

/** Registers a document that arrived over the platform; the sender sees status 03. */
export function acceptDelivered(db: Database, ctx: RequestContext, id: string): Promise<DocumentDetail> {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath))
      throw forbidden('Chỉ văn thư của cơ quan nhận mới vào sổ');
    if (doc.status !== 'received') throw conflict('Văn bản này đã được xử lý tiếp nhận');
    const year = vietnamYear();
    const series = incomingSeries(doc.secrecy);
    const number = await repo.takeNumber(trx, doc.agencyId, year, series);
    await repo.updateDocument(trx, id, {
      status: 'registered',
      registerYear: year,
      registerSeries: series,
      registerNumber: number,
      registeredAt: new Date(),
    });
    await historyLine(trx, ctx, id, 'registered', `Tiếp nhận, vào sổ văn bản đến, số đến ${number}`, {
      number,
    });
    await markDelivery(trx, ctx, id, '03', null);
    await recordAudit(trx, ctx, {
      action: 'documents.incoming.accept',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { after: { arrivalNumber: number, series } },
    });
  });
}

/** Returns a document that arrived over the platform to its sender (wrong recipient, failed checks): 02. */
export function rejectDelivered(
  db: Database,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<DocumentDetail> {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath))
      throw forbidden('Chỉ văn thư của cơ quan nhận mới trả lại');
    if (doc.status !== 'received' || !doc.sourceDocumentId)
      throw conflict('Chỉ trả lại được văn bản nhận qua hệ thống và chưa vào sổ');
    await repo.updateDocument(trx, id, { status: 'rejected', completedAt: new Date() });
    await historyLine(trx, ctx, id, 'rejected', reason);
    await markDelivery(trx, ctx, id, '02', reason);
    await noticeReturned(trx, ctx, { sourceId: doc.sourceDocumentId, recipientName: doc.agencyName }, reason);
    await recordAudit(trx, ctx, {
      action: 'documents.incoming.reject',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { reason },
    });
  });
}

// ---- reading ------------------------------------------------------------------------------------------

export async function listDocuments(db: Database, ctx: RequestContext, query: ListDocuments) {
  const viewer = await viewerOf(db, actorOf(ctx));
  const { items, total, more } = await listRepo.listDocuments(db, viewer, query);
  return { items: items.map(toSummary), total, more, page: query.page, pageSize: query.pageSize };
}

// ---- worklist -----------------------------------------------------------------------------------------

const DUE_SOON_MS = 2 * 24 * 3_600_000;

export async function worklist(db: Database, ctx: RequestContext): Promise<Worklist> {
  const actor = actorOf(ctx);
  const viewer = await viewerOf(db, actor);
  const tasks = await repo.openTasksOf(db, viewer);
  const docs = tasks.length
    ? await repo
        .selectDocuments(db)
        .where('d.id', 'in', [...new Set(tasks.map((t) => t.id))])
        .execute()
    : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const now = Date.now();
  const items = tasks.map((t) => {
    const doc = byId.get(t.id)!;
    const due = t.taskDueAt ?? doc.dueAt;
    const dueMs = due ? new Date(due).getTime() : null;
    return {
      task: { id: t.taskId, kind: t.kind as never, status: t.taskStatus as never, dueAt: iso(t.taskDueAt) },
      document: toSummary(doc),
      overdue: dueMs !== null && dueMs < now,
      dueSoon: dueMs !== null && dueMs >= now && dueMs - now <= DUE_SOON_MS,
    };
  });
  const register = scopeOf(actor, 'documents.register');
  return {
    items,
    counts: {
      open: items.length,
      dueSoon: items.filter((i) => i.dueSoon).length,
      overdue: items.filter((i) => i.overdue).length,
      urgent: items.filter((i) => i.document.urgency !== 'normal').length,
      toRegister: await repo.countToRegister(db, register, viewer.clearanceRank),
    },
  };
}

// ---- settings and registers ----------------------------------------------------------------------------

export async function getSettings(db: Database, ctx: RequestContext, agencyId: string | undefined) {
  const actor = actorOf(ctx);
  const agency = await agencyFor(db, actor, agencyId, 'documents.register', 'documents.settings.manage');
  return { agencyId: agency.id, outgoingNumbering: await repo.outgoingNumbering(db, agency.id) };
}

export async function putSettings(
  db: Database,
  ctx: RequestContext,
  agencyId: string | undefined,
  outgoingNumbering: 'single' | 'per_type',
) {
  const actor = actorOf(ctx);
  return db.transaction().execute(async (trx) => {
    const agency = await agencyFor(trx, actor, agencyId, 'documents.settings.manage');
    const before = await repo.outgoingNumbering(trx, agency.id);
    await repo.saveSettings(trx, agency.id, outgoingNumbering);
    await recordAudit(trx, ctx, {
      action: 'documents.settings.update',
      agencyId: agency.id,
      targetType: 'agency',
      targetId: agency.id,
      summary: { changes: { outgoingNumbering: { from: before, to: outgoingNumbering } } },
    });
    return { agencyId: agency.id, outgoingNumbering };
  });
}

/** The register of a year (Phụ lục IV): every entry, in number order. Secret registers need clearance. */
export async function registerOf(
  db: Database,
  ctx: RequestContext,
  direction: 'incoming' | 'outgoing',
  query: { agencyId?: string | undefined; year: number; secret?: 'true' | 'false' | undefined },
): Promise<RegisterView> {
  const actor = actorOf(ctx);
  const agency = await agencyFor(db, actor, query.agencyId, 'documents.register', 'documents.read_all');
  const secret = query.secret === 'true';
  if (secret && secrecyRank(actor.clearance) < 1)
    throw forbidden('Sổ văn bản mật chỉ dành cho người được phép');
  const series = `${direction}${secret ? '_secret' : ''}`;
  const rows = await repo.registerEntries(
    db,
    agency.id,
    direction,
    query.year,
    series,
    secrecyRank(actor.clearance),
  );
  return {
    agencyName: agency.name,
    direction,
    year: query.year,
    secret,
    entries: rows.map((r) => ({
      registerNumber: r.registerNumber!,
      receivedAt: iso(direction === 'incoming' ? r.receivedAt : r.registeredAt)!,
      reference: r.reference,
      issuedOn: r.issuedOn,
      documentTypeName: typeName(r.documentType),
      subject: r.subject,
      issuerName: r.issuerName,
      signerName: r.signerName,
      recipients: r.deliveredTo ?? r.recipientsText,
      handlers: r.handlers,
      copyCount: r.copyCount,
      note: r.note,
    })),
  };
}

/**
 * Who in an agency documents can go to (leaders to submit to, people and departments to assign): for the
 * agency's own staff, and for those who read or register its documents.
 */
export async function peopleOf(
  db: Database,
  ctx: RequestContext,
  query: { agencyId?: string | undefined; role?: string | undefined },
) {
  const actor = actorOf(ctx);
  // one's own agency, or one whose documents one reads or registers
  const id =
    query.agencyId && query.agencyId !== actor.agencyId
      ? (await agencyFor(db, actor, query.agencyId, 'documents.read_all', 'documents.register')).id
      : actor.agencyId;
  if (!id) throw forbidden('Tài khoản không thuộc cơ quan nào; hãy chọn cơ quan');
  const rows = await repo.peopleOf(db, id);
  return rows
    .map((p) => ({
      userId: p.userId,
      displayName: p.displayName,
      position: p.position,
      department: p.departmentId ? { id: p.departmentId, name: p.departmentName ?? '' } : null,
      roles: p.roles ?? [],
    }))
    .filter((p) => !query.role || p.roles.includes(query.role));
}
