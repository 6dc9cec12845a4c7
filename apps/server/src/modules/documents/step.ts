import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor, Tx } from '../../platform/db/database.ts';
import { conflict } from '../../platform/http/problem.ts';
import { actorOf, viewerOf, visibleDocument } from './access.ts';
import { getDocument } from './detail.ts';
import * as repo from './repository.ts';
import type { DocumentDetail } from './schema.ts';

export type Step = (trx: Tx, doc: repo.DocumentRow, actor: Actor, viewer: repo.Viewer) => Promise<void>;

/**
 * Runs one step on a document the person can see, locked for the transaction (steps on one document queue),
 * refusing documents that were recalled, returned or replaced; answers the document as it now is.
 */
export async function documentStep(
  db: Database,
  ctx: RequestContext,
  id: string,
  run: Step,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const viewer = await viewerOf(trx, actor);
    const doc = await visibleDocument(trx, viewer, id, true);
    if (repo.endedStatuses.includes(doc.status))
      throw conflict('Văn bản đã bị thu hồi, thay thế hoặc trả lại');
    await run(trx, doc, actor, viewer);
  });
  return getDocument(db, ctx, id);
}

/** Writes a history line on the document, in the same transaction as the change it records. */
export function historyLine(
  trx: Executor,
  ctx: RequestContext,
  documentId: string,
  kind: string,
  detail: string | null = null,
  data: Record<string, unknown> = {},
  taskId: string | null = null,
) {
  const actor = ctx.actor;
  return repo.insertEvent(trx, {
    documentId,
    taskId,
    kind,
    actorUserId: actor?.userId ?? null,
    actorName: actor ? actor.displayName : null,
    detail,
    data,
  });
}
