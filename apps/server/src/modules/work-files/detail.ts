import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { actorOf, visibleDocument } from '../documents/access.ts';
import { iso, toSummary } from '../documents/detail.ts';
import { fileViewerOf, managesPlan, mayChange, visibleWorkFile } from './access.ts';
import { toWorkFileSummary } from './present.ts';
import * as repo from './repository.ts';
import type { ListWorkFiles, WorkFileDetail } from './schema.ts';

/**
 * One work file with the documents in it that the person may see, in order. The count of documents is the
 * file's own (a cover says how many documents a file holds); the documents one may not see are not listed.
 */
export async function getWorkFile(db: Executor, ctx: RequestContext, id: string): Promise<WorkFileDetail> {
  const actor = actorOf(ctx);
  const viewer = await fileViewerOf(db, actor);
  const file = await visibleWorkFile(db, viewer, id);
  const [items, planEntry, closedBy] = await Promise.all([
    repo.visibleItemsOf(db, viewer, id),
    file.planEntryId ? repo.findPlanEntry(db, file.planEntryId) : undefined,
    file.closedBy ? repo.userName(db, file.closedBy) : undefined,
  ]);
  const open = file.status === 'open';
  const change = mayChange(actor, file);
  return {
    ...toWorkFileSummary(file),
    note: file.note,
    pageCount: file.pageCount,
    closingNote: file.closingNote,
    closedBy: closedBy ? { id: closedBy.id, name: closedBy.displayName } : null,
    createdAt: iso(file.createdAt)!,
    planEntry: planEntry ? { id: planEntry.id, code: planEntry.code, title: planEntry.title } : null,
    documents: items.map((item) => ({
      position: item.position,
      addedAt: iso(item.addedAt)!,
      addedBy: item.addedBy ? { id: item.addedBy, name: item.addedByName ?? '' } : null,
      pageCount: item.pageCount,
      document: toSummary(item),
    })),
    can: {
      edit: open && change,
      close: open && change && (file.documentCount ?? 0) > 0,
      reopen: !open && managesPlan(actor, file.agencyPath),
      delete: open && change && (file.documentCount ?? 0) === 0,
      changeOwner: open && managesPlan(actor, file.agencyPath),
    },
  };
}

/** The files the person may see, filtered; asking for the files of a document needs sight of the document. */
export async function listWorkFiles(db: Executor, ctx: RequestContext, query: ListWorkFiles) {
  const viewer = await fileViewerOf(db, actorOf(ctx));
  if (query.documentId) await visibleDocument(db, viewer, query.documentId);
  const { items, total } = await repo.listWorkFiles(db, viewer, query);
  return { items: items.map(toWorkFileSummary), total, page: query.page, pageSize: query.pageSize };
}
