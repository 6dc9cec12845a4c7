import { buildNotation, type DocumentTypeCode, formatReference, isSecret, NotationError } from '@congso/nd30';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
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

async function recipientsOf(trx: Tx, senderId: string, input: IssueOutgoing) {
  const seen = new Set<string>();
  const list: { agencyId: string | null; name: string; code: string | null }[] = [];
  for (const [i, r] of input.recipients.entries()) {
    if (r.agencyId) {
      const agency = await repo.agencyRef(trx, r.agencyId);
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

/**
 * Issues an outgoing document: takes its number (Art. 15: at issue time, one series per year, secret ones
 * apart), registers it, and releases it. Agencies on the platform find it in their incoming queue at once
 * (status 01); the others wait for the exchange with the national hub.
 */
export async function issueOutgoing(
  db: Database,
  ctx: RequestContext,
  input: IssueOutgoing,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const agency = await agencyFor(trx, actor, input.agencyId, 'documents.register');
    requireClearance(actor, input.secrecy);
    const department = input.departmentId ? await repo.departmentRef(trx, input.departmentId) : undefined;
    if (input.departmentId && (!department || department.agencyId !== agency.id))
      throw invalid('Đơn vị soạn thảo phải thuộc cơ quan', [
        { pointer: '/body/departmentId', detail: 'Không phải phòng, ban của cơ quan' },
      ]);
    let notation: string;
    try {
      notation = buildNotation({
        type: input.documentType as DocumentTypeCode,
        agencyAbbreviation: agency.abbreviation,
        unitAbbreviation: department?.abbreviation ?? null,
      });
    } catch (error) {
      if (error instanceof NotationError) throw invalid(error.message);
      throw error;
    }
    const recipients = await recipientsOf(trx, agency.id, input);
    const year = vietnamYear();
    const series = outgoingSeries(
      await repo.outgoingNumbering(trx, agency.id),
      input.documentType,
      input.secrecy,
    );
    const number = await repo.takeNumber(trx, agency.id, year, series);
    const reference = formatReference({ number, notation });
    const issuedOn = vietnamToday();
    const now = new Date();
    const common = {
      documentType: input.documentType,
      number,
      notation,
      reference,
      subject: input.subject,
      summary: input.summary ?? null,
      issuerName: agency.name,
      issuerAgencyId: agency.id,
      issuedOn,
      signerName: input.signerName,
      signerPosition: input.signerPosition,
      signingCapacity: input.signingCapacity,
      urgency: input.urgency,
      secrecy: input.secrecy,
      medium: input.medium,
      pageCount: input.pageCount ?? null,
    };
    const id = await repo.insertDocument(trx, {
      ...common,
      agencyId: agency.id,
      direction: 'outgoing',
      status: 'issued',
      copyCount: input.copyCount ?? null,
      recipientsText: input.recipientsText ?? recipients.map((r) => r.name).join('; '),
      note: input.note ?? null,
      departmentId: department?.id ?? null,
      registerYear: year,
      registerSeries: series,
      registerNumber: number,
      registeredAt: now,
      createdBy: actor.userId,
    });
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
    for (const r of recipients) {
      let copy: string | null = null;
      if (r.agencyId) {
        copy = await repo.insertDocument(trx, {
          ...common,
          agencyId: r.agencyId,
          direction: 'incoming',
          status: 'received',
          sourceDocumentId: id,
          receivedAt: now,
        });
        await repo.insertEvent(trx, {
          documentId: copy,
          kind: 'delivered',
          actorUserId: null,
          actorName: agency.name,
          detail: `Nhận qua hệ thống từ ${agency.name}`,
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
    await recordAudit(trx, ctx, {
      action: 'documents.outgoing.issue',
      agencyId: agency.id,
      targetType: 'document',
      targetId: id,
      summary: { after: { reference, series, secrecy: input.secrecy, recipients: recipients.length } },
    });
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
      await repo.updateDocument(trx, delivery.incomingDocumentId, { status: 'recalled' });
      for (const kind of ['direct', 'lead', 'collaborator', 'informed'])
        await repo.closeOpenTasks(trx, delivery.incomingDocumentId, kind, 'cancelled');
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
