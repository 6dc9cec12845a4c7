import { secrecyRank } from '@congso/nd30';
import { type Actor, can, scopeOf } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { forbidden, notFound } from '../../platform/http/problem.ts';
import * as repo from './repository.ts';

/** The person behind the request; every document route needs a staff session. */
export function actorOf(ctx: RequestContext): Actor {
  if (ctx.actor?.kind !== 'staff') throw forbidden('Chức năng dành cho cán bộ, công chức');
  return ctx.actor;
}

export const clearanceRank = (actor: Actor) => secrecyRank(actor.clearance);

/** What the database needs to know to filter documents for this person. */
export async function viewerOf(db: Executor, actor: Actor): Promise<repo.Viewer> {
  const leadDepartmentIds: string[] = [];
  if (actor.agencyId) {
    const agency = await repo.agencyRef(db, actor.agencyId);
    if (agency && can(actor, 'documents.direct', agency.path)) {
      const department = await repo.departmentOfUser(db, actor.userId);
      if (department) leadDepartmentIds.push(department);
    }
  }
  return {
    userId: actor.userId,
    clearanceRank: clearanceRank(actor),
    readAll: scopeOf(actor, 'documents.read_all'),
    leadDepartmentIds,
  };
}

/** The agency a request works in: the one named, or the person's own. */
export async function agencyFor(
  db: Executor,
  actor: Actor,
  agencyId: string | undefined,
  permission: Permission,
) {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw forbidden('Tài khoản không thuộc cơ quan nào; hãy chọn cơ quan');
  const agency = await repo.agencyRef(db, id);
  if (!agency) throw notFound('Không tìm thấy cơ quan');
  if (!can(actor, permission, agency.path)) throw forbidden('Bạn không có quyền này tại cơ quan này');
  return agency;
}

/** A secret document may only be handled by someone cleared for its level. */
export function requireClearance(actor: Actor, secrecy: string): void {
  if (secrecyRank(actor.clearance) < secrecyRank(secrecy as Actor['clearance']))
    throw forbidden('Bạn chưa được phép tiếp cận văn bản ở độ mật này');
}

/**
 * The document, if this person may see it; otherwise 404 (not 403), so that the existence of a document one
 * may not see is not revealed either.
 */
export async function visibleDocument(db: Executor, viewer: repo.Viewer, id: string, lock = false) {
  if (!(await repo.canView(db, viewer, id))) throw notFound('Không tìm thấy văn bản');
  const row = lock ? await repo.lockDocument(db, id) : await repo.findDocument(db, id);
  if (!row) throw notFound('Không tìm thấy văn bản');
  return row;
}

/** Whether the person holds a task: it names them, or it names a department they lead. */
export function holds(viewer: repo.Viewer, task: repo.TaskRow): boolean {
  if (task.assigneeUserId) return task.assigneeUserId === viewer.userId;
  return task.departmentId !== null && viewer.leadDepartmentIds.includes(task.departmentId);
}

/** Vietnam's civil date and year now (UTC+7, no daylight saving). */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
export const vietnamYear = (now = new Date()) => Number(vietnamToday(now).slice(0, 4));

/** The end of a day in Vietnam, as the instant a "due on" date means. */
export const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59+07:00`);
