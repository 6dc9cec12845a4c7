import { secrecyRank } from '@congso/nd30';
import { formatIsoDate, vietnamDateOf } from '@congso/vn-calendar';
import { type Actor, can, scopeOf } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { forbidden, invalid, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import * as repo from './repository.ts';

/** The person behind the request; every document route needs a staff session. */
export function actorOf(ctx: RequestContext): Actor {
  if (ctx.actor?.kind !== 'staff') throw forbidden('Chức năng dành cho cán bộ, công chức');
  return ctx.actor;
}

export const clearanceRank = (actor: Actor) => secrecyRank(actor.clearance);

/** What the database needs to know to filter documents for this person. */
export async function viewerOf(db: Executor, actor: Actor): Promise<repo.Viewer> {
  // a leader leads the department of their official record
  const self = actor.officialId ? await repo.userInAgency(db, actor.userId) : undefined;
  const leadDepartmentIds =
    self?.departmentId && can(actor, 'documents.direct', self.agencyPath) ? [self.departmentId] : [];
  return {
    userId: actor.userId,
    clearanceRank: clearanceRank(actor),
    readAll: scopeOf(actor, 'documents.read_all'),
    leadDepartmentIds,
  };
}

/** The agency a request works in (the one named, or the person's own), where they hold one of `permissions`. */
export async function agencyFor(
  db: Executor,
  actor: Actor,
  agencyId: string | undefined,
  ...permissions: Permission[]
) {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw forbidden('Tài khoản không thuộc cơ quan nào; hãy chọn cơ quan');
  const agency = await findAgencyRef(db, id);
  if (!agency) throw notFound('Không tìm thấy cơ quan');
  if (!permissions.some((p) => can(actor, p, agency.path)))
    throw forbidden('Bạn không có quyền này tại cơ quan này');
  return agency;
}

/**
 * A colleague a document may go to: an active official of the document's agency, cleared for its secrecy;
 * otherwise a validation error at `pointer`.
 */
export async function checkColleague(db: Executor, doc: repo.DocumentRow, userId: string, pointer: string) {
  const user = await repo.userInAgency(db, userId);
  if (!user?.isActive || user.agencyId !== doc.agencyId)
    throw invalid('Người nhận phải là cán bộ đang làm việc tại cơ quan', [
      { pointer, detail: 'Không phải cán bộ của cơ quan' },
    ]);
  if (secrecyRank(user.clearance as Actor['clearance']) < (doc.secrecyRank ?? 0))
    throw invalid('Người nhận chưa được phép tiếp cận văn bản ở độ mật này', [
      { pointer, detail: 'Chưa đủ thẩm quyền tiếp cận văn bản mật' },
    ]);
  return user;
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
  const row = await repo.findVisibleDocument(db, viewer, id, lock);
  if (!row) throw notFound('Không tìm thấy văn bản');
  return row;
}

/** Whether the person holds a task: it names them, or it names a department they lead. */
export function holds(viewer: repo.Viewer, task: repo.TaskRow): boolean {
  if (task.assigneeUserId) return task.assigneeUserId === viewer.userId;
  return task.departmentId !== null && viewer.leadDepartmentIds.includes(task.departmentId);
}

/** Vietnam's civil date and year now (UTC+7). */
export const vietnamToday = (now = new Date()) => formatIsoDate(vietnamDateOf(now));
export const vietnamYear = (now = new Date()) => vietnamDateOf(now).year;

/** The end of a day in Vietnam, as the instant a "due on" date means. */
export const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59+07:00`);
