import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, invalid, notFound } from '../../platform/http/problem.ts';
import { visibleDocument } from '../documents/access.ts';
import * as repo from './repository.ts';
import type { WorkFileDetail } from './schema.ts';
import { fileStep } from './step.ts';

/** Documents not (or no longer) part of the agency's records: drafts, copies not yet registered, returned ones. */
const NOT_YET_RECORDS = new Set(['draft', 'in_review', 'approved', 'cancelled', 'received', 'rejected']);

/**
 * Puts a document of the file's agency that the person may see at the end of an open file. A document not
 * visible to them answers 404, as everywhere.
 */
export function addDocument(
  db: Database,
  ctx: RequestContext,
  id: string,
  documentId: string,
): Promise<WorkFileDetail> {
  return fileStep(db, ctx, id, async (trx, file, actor, viewer) => {
    const doc = await visibleDocument(trx, viewer, documentId);
    const pointer = '/body/documentId';
    if (doc.agencyId !== file.agencyId)
      throw invalid('Chỉ đưa vào hồ sơ văn bản của cơ quan lập hồ sơ', [
        { pointer, detail: 'Văn bản của cơ quan khác' },
      ]);
    if (NOT_YET_RECORDS.has(doc.status))
      throw conflict('Chỉ đưa vào hồ sơ văn bản đã vào sổ văn bản đến hoặc đã phát hành');
    const items = await repo.positionsOf(trx, id);
    if (items.some((i) => i.documentId === documentId)) throw conflict('Văn bản đã có trong hồ sơ này');
    const position = await repo.addItem(trx, { workFileId: id, documentId, addedBy: actor.userId });
    await recordAudit(trx, ctx, {
      action: 'work_files.document.add',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { documentId, position },
    });
  });
}

/** Takes a document out of an open file; the ones after it move up. */
export function removeDocument(
  db: Database,
  ctx: RequestContext,
  id: string,
  documentId: string,
): Promise<WorkFileDetail> {
  return fileStep(db, ctx, id, async (trx, file, _actor, viewer) => {
    await visibleDocument(trx, viewer, documentId);
    const item = (await repo.positionsOf(trx, id)).find((i) => i.documentId === documentId);
    if (!item) throw notFound('Văn bản không có trong hồ sơ này');
    await repo.removeItem(trx, id, documentId);
    await recordAudit(trx, ctx, {
      action: 'work_files.document.remove',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { documentId, position: item.position },
    });
  });
}

/**
 * Puts the documents of a file in a new order. The list names every document of the file the person sees;
 * those fill, in the new order, the places they held, so documents hidden from the person keep theirs.
 */
export function reorderDocuments(
  db: Database,
  ctx: RequestContext,
  id: string,
  documentIds: string[],
): Promise<WorkFileDetail> {
  return fileStep(db, ctx, id, async (trx, file, _actor, viewer) => {
    const seen = await repo.visibleItemsOf(trx, viewer, id);
    const seenIds = new Set(seen.map((s) => s.id));
    if (
      new Set(documentIds).size !== documentIds.length ||
      documentIds.length !== seen.length ||
      !documentIds.every((d) => seenIds.has(d))
    )
      throw invalid('Danh sách phải gồm mỗi văn bản của hồ sơ đúng một lần', [
        { pointer: '/body/documentIds', detail: 'Thiếu, thừa hoặc lặp văn bản' },
      ]);
    const places = seen.map((s) => s.position);
    for (const [i, documentId] of documentIds.entries())
      if (seen[i]!.id !== documentId) await repo.setPosition(trx, id, documentId, places[i]!);
    await recordAudit(trx, ctx, {
      action: 'work_files.document.reorder',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { before: seen.map((s) => s.id), after: documentIds },
    });
  });
}
