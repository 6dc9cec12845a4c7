import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { fileViewerOf, mayChange, visibleWorkFile } from './access.ts';
import { getWorkFile } from './detail.ts';
import type * as repo from './repository.ts';
import type { WorkFileDetail } from './schema.ts';

export type FileStep = (
  trx: Tx,
  file: repo.WorkFileRow,
  actor: Actor,
  viewer: repo.FileViewer,
) => Promise<void>;

/**
 * An open file the person may change (its owner, or a keeper of the agency's file plan), locked to the end
 * of the transaction so that changes to one file queue. A closed file no longer changes.
 */
export async function changeableFile(trx: Executor, actor: Actor, id: string) {
  const viewer = await fileViewerOf(trx, actor);
  const file = await visibleWorkFile(trx, viewer, id, true);
  if (!mayChange(actor, file))
    throw forbidden('Chỉ người lập hồ sơ hoặc người lập danh mục hồ sơ mới thay đổi được hồ sơ');
  if (file.status !== 'open')
    throw conflict('Hồ sơ đã kết thúc, không thay đổi được nữa; người lập danh mục hồ sơ có thể mở lại');
  return { file, viewer };
}

/** Runs one change on an open file the person may change; answers the file as it now is. */
export async function fileStep(
  db: Database,
  ctx: RequestContext,
  id: string,
  run: FileStep,
): Promise<WorkFileDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { file, viewer } = await changeableFile(trx, actor, id);
    await run(trx, file, actor, viewer);
  });
  return getWorkFile(db, ctx, id);
}
