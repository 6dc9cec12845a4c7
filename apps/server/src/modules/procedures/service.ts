import { recordAudit } from '../../platform/audit/recorder.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import * as repo from './repository.ts';
import type { CreateProcedure, ListProcedures, ProcedureDetail, UpdateProcedure } from './schema.ts';

/**
 * The catalogue: read by every staff member, kept by those who hold `procedures.manage` at the province's
 * root agency (the catalogue is province-wide). Every change is audited in its transaction.
 */

/** The province's root, when the actor keeps the catalogue; refused otherwise (with `refusal`, when given). */
export async function requireManager(
  db: Executor,
  actor: Actor,
  refusal = 'Chỉ người được giao quản lý danh mục thủ tục hành chính của tỉnh mới làm được việc này',
): Promise<{ rootId: string | null }> {
  const rootPath = await repo.provinceRootPath(db);
  if (!can(actor, 'procedures.manage', rootPath)) throw forbidden(refusal);
  return { rootId: rootPath.at(-1) ?? null };
}

export async function listProcedures(db: Database, ctx: RequestContext, query: ListProcedures) {
  actorOf(ctx);
  return repo.listProcedures(db, query);
}

export async function listFields(db: Database, ctx: RequestContext) {
  actorOf(ctx);
  return repo.fieldCounts(db);
}

export async function getProcedure(db: Executor, ctx: RequestContext, id: string): Promise<ProcedureDetail> {
  const actor = actorOf(ctx);
  const row = await repo.findProcedure(db, id);
  if (!row) throw notFound('Không tìm thấy thủ tục hành chính');
  return { ...row, can: { manage: can(actor, 'procedures.manage', await repo.provinceRootPath(db)) } };
}

/** The parts of a change the audit log keeps: short values in full, long texts and lists by name only. */
function auditedChanges(before: repo.ProcedureRow, changes: UpdateProcedure) {
  const changed = (Object.keys(changes) as (keyof UpdateProcedure)[]).filter(
    (key) => JSON.stringify(changes[key]) !== JSON.stringify(before[key]),
  );
  const short = changed.filter((key) => {
    const value = changes[key];
    return typeof value !== 'object' && (typeof value !== 'string' || value.length <= 300);
  });
  return {
    changed,
    before: Object.fromEntries(short.map((key) => [key, before[key]])),
    after: Object.fromEntries(short.map((key) => [key, changes[key]])),
  };
}

export async function createProcedure(
  db: Database,
  ctx: RequestContext,
  input: CreateProcedure,
): Promise<ProcedureDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    if (await repo.codeTaken(trx, input.code))
      throw conflict(`Mã thủ tục ${input.code} đã có trong danh mục`);
    const id = await repo.insertProcedure(trx, input, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'procedures.procedure.create',
      agencyId: rootId,
      targetType: 'procedure',
      targetId: id,
      summary: { code: input.code, name: input.name, field: input.field ?? '' },
    });
    return id;
  });
  return getProcedure(db, ctx, id);
}

export async function updateProcedure(
  db: Database,
  ctx: RequestContext,
  id: string,
  changes: UpdateProcedure,
): Promise<ProcedureDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    if (!(await repo.lockProcedure(trx, id))) throw notFound('Không tìm thấy thủ tục hành chính');
    const before = (await repo.findProcedure(trx, id))!;
    await repo.updateProcedure(trx, id, changes, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'procedures.procedure.update',
      agencyId: rootId,
      targetType: 'procedure',
      targetId: id,
      summary: { code: before.code, ...auditedChanges(before, changes) },
    });
  });
  return getProcedure(db, ctx, id);
}
