import { buildNotation, type DocumentTypeCode, formatReference, isSecret, NotationError } from '@congso/nd30';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { noticeDelivered, noticeRecalled } from '../notifications/document-notices.ts';
import { actorOf, agencyFor, requireClearance, vietnamToday, vietnamYear } from './access.ts';
import { getDocument } from './detail.ts';
import * as repo from './repository.ts';
import type { DocumentDetail, IssueOutgoing } from './schema.ts';
import { documentStep, historyLine } from './step.ts';

/** The series an outgoing document takes its number from: secret ones apart, then one or per type. */
export function outgoingSeries(numbering: 'single' | 'per_type', type: string, secrecy: string): string {
  if (isSecret(secrecy as never)) return 'outgoing_secret';
  return numbering === 'per_type' ? `outgoing:${type}` : 'outgoing';
}

type RecipientInput = { agencyId?: string | undefined; name?: string | undefined; code?: string | undefined };
export type Recipient = { agencyId: string | null; name: string; code: string | null };

/** The recipients, checked: agencies on the platform must exist and not be the issuer; duplicates drop. */
export async function checkRecipients(
  trx: Tx,
  senderId: string,
  recipients: readonly RecipientInput[],
): Promise<Recipient[]> {
  const seen = new Set<string>();
  const list: Recipient[] = [];
  for (const [i, r] of recipients.entries()) {
    if (r.agencyId) {
      const agency = await findAgencyRef(trx, r.agencyId);
      const pointer = `/body/recipients/${i}/agencyId`;
      if (!agency?.isActive)
        throw invalid('Nơi nhận không có trên hệ thống', [{ pointer, detail: 'Không tìm thấy cơ quan' }]);
      if (agency.id === senderId)
        throw invalid('Không gửi văn bản cho chính cơ quan ban hành', [
          { pointer, detail: 'Là cơ quan ban hành' },
        ]);
      if (seen.has(agency.id)) continue;
      seen.add(agency.id);
      list.push({ agencyId: agency.id, name: agency.name, code: agency.code });
    } else list.push({ agencyId: null, name: r.name!, code: r.code ?? null });
  }
  return list;
}

/** A drafting unit of the agency, or a clear error at the field. */
export async function checkDepartment(trx: Tx, agencyId: string, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const department = await repo.departmentRef(trx, departmentId);
  if (!department || department.agencyId !== agencyId)
    throw invalid('Đơn vị soạn thảo phải thuộc cơ quan', [
      { pointer: '/body/departmentId', detail: 'Không phải phòng, ban của cơ quan' },
    ]);
}

function notationOf(doc: repo.DocumentRow): string {
  try {
    return buildNotation({
      type: doc.documentType as DocumentTypeCode,
      agencyAbbreviation: doc.agencyAbbreviation,
      unitAbbreviation: doc.departmentAbbreviation ?? null,
    });
  } catch (error) {
    if (error instanceof NotationError) throw invalid(error.message);
    throw error;
  }
}

/**
 * Numbers, registers and releases an outgoing document that is ready (Art. 15: the number is taken at issue
 * time, one series per year, secret ones apart; Art. 18: released at once). Agencies on the platform find
 * their copy in their incoming queue (status 01); the others wait for the exchange with the national hub.
 * Runs inside the caller's transaction; the number is taken last so its row lock is held only briefly.
 * A replacement passes `replacedCopies`: per recipient agency, its copy of the replaced document, which the
 * new copy points at.
 */
export async function release(
  trx: Tx,
  ctx: RequestContext,
  id: string,
  recipients: Recipient[],
  replacedCopies: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const doc = (await repo.findDocument(trx, id))!;
  const notation = notationOf(doc);
  const year = vietnamYear();
  const series = outgoingSeries(
    await repo.outgoingNumbering(trx, doc.agencyId),
    doc.documentType,
    doc.secrecy,
  );
  const now = new Date();
  const copyOf = {
    documentType: doc.documentType,
    notation,
    subject: doc.subject,
    summary: doc.summary,
    issuerName: doc.agencyName,
    issuerAgencyId: doc.agencyId,
    issuedOn: vietnamToday(),
    signerName: doc.signerName,
    signerPosition: doc.signerPosition,
    signingCapacity: doc.signingCapacity,
    urgency: doc.urgency,
    secrecy: doc.secrecy,
    medium: doc.medium,
    pageCount: doc.pageCount,
  };
  const copies: string[] = [];
  for (const r of recipients) {
    let copy: string | null = null;
    if (r.agencyId) {
      copy = await repo.insertDocument(trx, {
        ...copyOf,
        agencyId: r.agencyId,
        direction: 'incoming',
        status: 'received',
        sourceDocumentId: id,
        replacesDocumentId: replacedCopies.get(r.agencyId) ?? null,
        receivedAt: now,
      });
      copies.push(copy);
      await repo.insertEvent(trx, {
        documentId: copy,
        kind: 'delivered',
        actorUserId: null,
        actorName: doc.agencyName,
        detail: `Nhận qua hệ thống từ ${doc.agencyName}`,
      });
    }
    await repo.insertDelivery(trx, {
      documentId: id,
      recipientAgencyId: r.agencyId,
      recipientName: r.name,
      recipientCode: r.code,
      incomingDocumentId: copy,
      status: r.agencyId ? '01' : 'waiting',
    });
  }
  const number = await repo.takeNumber(trx, doc.agencyId, year, series);
  const reference = formatReference({ number, notation });
  const numbered = { number, notation, reference, issuedOn: copyOf.issuedOn };
  await repo.updateDocument(trx, id, {
    ...numbered,
    status: 'issued',
    issuerName: doc.agencyName,
    issuerAgencyId: doc.agencyId,
    recipientsText: doc.recipientsText ?? recipients.map((r) => r.name).join('; '),
    registerYear: year,
    registerSeries: series,
    registerNumber: number,
    registeredAt: now,
  });
  for (const copy of copies) await repo.updateDocument(trx, copy, numbered);
  await noticeDelivered(trx, ctx, copies);
  await historyLine(
    trx,
    ctx,
    id,
    'issued',
    `Cấp số ${reference}, phát hành cho ${recipients.length} nơi nhận`,
    {
      number,
      series,
    },
  );
  await recordAudit(trx, ctx, {
    action: 'documents.outgoing.issue',
    agencyId: doc.agencyId,
    targetType: 'document',
    targetId: id,
    summary: { after: { reference, series, secrecy: doc.secrecy, recipients: recipients.length } },
  });
}

/**
 * Records an outgoing document the clerk is about to issue (signed on paper, or drafted elsewhere; or the
 * replacement of an issued one), after checking it; answers it with its recipients, ready for `release`.
 */
export async function insertOutgoing(
  trx: Tx,
  actor: Actor,
  agencyId: string,
  input: Omit<IssueOutgoing, 'agencyId'>,
  replacesDocumentId: string | null = null,
): Promise<{ id: string; recipients: Recipient[] }> {
  requireClearance(actor, input.secrecy);
  await checkDepartment(trx, agencyId, input.departmentId);
  const recipients = await checkRecipients(trx, agencyId, input.recipients);
  const id = await repo.insertDocument(trx, {
    agencyId,
    direction: 'outgoing',
    status: 'approved',
    documentType: input.documentType,
    subject: input.subject,
    summary: input.summary ?? null,
    signerName: input.signerName,
    signerPosition: input.signerPosition,
    signingCapacity: input.signingCapacity,
    urgency: input.urgency,
    secrecy: input.secrecy,
    medium: input.medium,
    pageCount: input.pageCount ?? null,
    copyCount: input.copyCount ?? null,
    recipientsText: input.recipientsText ?? null,
    note: input.note ?? null,
    departmentId: input.departmentId ?? null,
    createdBy: actor.userId,
    replacesDocumentId,
  });
  return { id, recipients };
}

/** Issues an outgoing document registered by the clerk directly (signed on paper, or drafted elsewhere). */
export async function issueOutgoing(
  db: Database,
  ctx: RequestContext,
  input: IssueOutgoing,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const agency = await agencyFor(trx, actor, input.agencyId, 'documents.register');
    const { id, recipients } = await insertOutgoing(trx, actor, agency.id, input);
    await release(trx, ctx, id, recipients);
    return id;
  });
  return getDocument(db, ctx, id);
}

/**
 * Recalls an issued document (Art. 21: the recipient's copy is withdrawn and the sender told). Copies on the
 * platform are marked recalled and their open tasks cancelled; each recipient's status becomes 13.
 */
export function recallOutgoing(
  db: Database,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<DocumentDetail> {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath))
      throw forbidden('Chỉ văn thư của cơ quan ban hành thu hồi');
    if (doc.direction !== 'outgoing' || doc.status !== 'issued')
      throw conflict('Chỉ thu hồi được văn bản đi đã phát hành');
    await repo.updateDocument(trx, id, { status: 'recalled' });
    await historyLine(trx, ctx, id, 'recalled', reason);
    for (const delivery of await repo.deliveriesOf(trx, id)) {
      await repo.setDeliveryStatus(trx, delivery.id, '13', reason);
      if (!delivery.incomingDocumentId) continue;
      await noticeRecalled(trx, ctx, delivery.incomingDocumentId, reason);
      await repo.updateDocument(trx, delivery.incomingDocumentId, { status: 'recalled' });
      await repo.closeOpenTasks(
        trx,
        delivery.incomingDocumentId,
        ['direct', 'lead', 'collaborator', 'informed'],
        'cancelled',
      );
      await repo.insertEvent(trx, {
        documentId: delivery.incomingDocumentId,
        kind: 'recalled',
        actorUserId: null,
        actorName: doc.agencyName,
        detail: `Nơi gửi thu hồi văn bản: ${reason}`,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'documents.outgoing.recall',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { reason },
    });
  });
}
