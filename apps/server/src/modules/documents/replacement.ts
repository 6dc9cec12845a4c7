import { recordAudit } from '../../platform/audit/recorder.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden } from '../../platform/http/problem.ts';
import { actorOf, viewerOf, visibleDocument } from './access.ts';
import { noticeReplaced } from './change-notices.ts';
import { getDocument } from './detail.ts';
import { insertOutgoing, release } from './issuing.ts';
import * as repo from './repository.ts';
import type { DocumentDetail, ReplaceOutgoing } from './schema.ts';
import { historyLine } from './step.ts';

// the deliveries still under way: the replacement ends them (a rejected one, 02, has already ended)
const underWay = new Set(['waiting', '01', '03', '04', '05', '06']);

/** Recipient agency on the platform → its copy, from a document's deliveries. */
const copiesByAgency = (deliveries: Awaited<ReturnType<typeof repo.deliveriesOf>>) =>
  new Map(
    deliveries.flatMap((d) =>
      d.recipientAgencyId && d.incomingDocumentId
        ? [[d.recipientAgencyId, d.incomingDocumentId] as const]
        : [],
    ),
  );

/**
 * Replaces an issued document (thay thế: edXML BussinessDocType 3 with its ReplacementInfo). The clerk issues a
 * new document, numbered and released like any other, that records the one it replaces. The old one is not
 * deleted: it keeps its number and register entry and is marked replaced, and so is every copy of it on the
 * platform, whose open tasks end as on a recall. A recipient that receives the replacement finds it in its
 * incoming queue, pointing at the copy it replaces; recipients outside the platform get it as `waiting`.
 */
export async function replaceOutgoing(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: ReplaceOutgoing,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const { reason, ...document } = input;
  const replacementId = await db.transaction().execute(async (trx) => {
    const viewer = await viewerOf(trx, actor);
    const old = await visibleDocument(trx, viewer, id, true);
    if (!can(actor, 'documents.register', old.agencyPath))
      throw forbidden('Chỉ văn thư của cơ quan ban hành thay thế văn bản');
    if (old.direction !== 'outgoing' || old.status !== 'issued')
      throw conflict('Chỉ thay thế được văn bản đi đã phát hành, chưa bị thu hồi hay thay thế');
    const deliveries = (await repo.deliveriesOf(trx, id)).filter((d) => underWay.has(d.status));
    // each recipient's copy of the old document, which its new copy replaces
    const oldCopies = copiesByAgency(deliveries);
    const { id: newId, recipients } = await insertOutgoing(trx, actor, old.agencyId, document, id);
    await release(trx, ctx, newId, recipients, oldCopies);
    const reference = (await repo.findDocument(trx, newId))!.reference!;

    await repo.updateDocument(trx, id, { status: 'replaced' });
    await historyLine(trx, ctx, id, 'replaced', `Thay thế bằng văn bản ${reference}: ${reason}`, {
      replacementId: newId,
      reason,
    });
    await historyLine(trx, ctx, newId, 'replacing', `Thay thế văn bản ${old.reference}: ${reason}`, {
      replacesId: id,
      reason,
    });
    const newCopies = copiesByAgency(await repo.deliveriesOf(trx, newId));
    for (const delivery of deliveries) {
      await repo.setDeliveryStatus(trx, delivery.id, 'replaced', `Thay thế bằng văn bản ${reference}`);
      if (delivery.recipientAgencyId && delivery.incomingDocumentId)
        await replaceCopy(trx, ctx, {
          old,
          reference,
          reason,
          agencyId: delivery.recipientAgencyId,
          copyId: delivery.incomingDocumentId,
          newCopyId: newCopies.get(delivery.recipientAgencyId) ?? null,
        });
    }
    await recordAudit(trx, ctx, {
      action: 'documents.outgoing.replace',
      agencyId: old.agencyId,
      targetType: 'document',
      targetId: id,
      summary: {
        before: { status: 'issued', reference: old.reference },
        after: { status: 'replaced', replacementId: newId, replacement: reference },
        reason,
        copiesReplaced: oldCopies.size,
      },
    });
    return newId;
  });
  return getDocument(db, ctx, replacementId);
}

/**
 * A recipient's copy of the replaced document: marked replaced, its open tasks cancelled (as on a recall), its
 * history told why and by what; the new copy, if the recipient receives one, says what it replaces. The
 * recipient's clerks and the people working on the old copy are told.
 */
async function replaceCopy(
  trx: Tx,
  ctx: RequestContext,
  change: {
    old: repo.DocumentRow;
    reference: string;
    reason: string;
    agencyId: string;
    copyId: string;
    newCopyId: string | null;
  },
) {
  const { old, reference, reason, copyId, newCopyId } = change;
  await noticeReplaced(trx, ctx, {
    ...change,
    oldReference: old.reference,
    issuerName: old.agencyName,
  });
  await repo.updateDocument(trx, copyId, { status: 'replaced' });
  await repo.closeOpenTasks(trx, copyId, ['direct', 'lead', 'collaborator', 'informed'], 'cancelled');
  const sender = { actorUserId: null, actorName: old.agencyName };
  await repo.insertEvent(trx, {
    ...sender,
    documentId: copyId,
    kind: 'replaced',
    detail: newCopyId
      ? `Nơi gửi thay thế văn bản này bằng văn bản ${reference}: ${reason}`
      : `Nơi gửi thay thế văn bản này bằng văn bản ${reference} (không gửi cho cơ quan này): ${reason}`,
    data: { replacementId: newCopyId, reason },
  });
  if (newCopyId)
    await repo.insertEvent(trx, {
      ...sender,
      documentId: newCopyId,
      kind: 'replacing',
      detail: `Thay thế văn bản ${old.reference} đã nhận trước đây: ${reason}`,
      data: { replacesId: copyId, reason },
    });
}
