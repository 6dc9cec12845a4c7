import { type Actor, can, scopeOf } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import { forbidden, invalid, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { viewerOf } from '../documents/access.ts';
import { departmentRef, userInAgency } from '../documents/repository.ts';
import * as repo from './repository.ts';

/** What the database needs to know to filter work files (and the documents in them) for this person. */
export async function fileViewerOf(db: Executor, actor: Actor): Promise<repo.FileViewer> {
  return { ...(await viewerOf(db, actor)), managePlan: scopeOf(actor, 'work_files.plan.manage') };
}

export const managesPlan = (actor: Actor, agencyPath: readonly string[]) =>
  can(actor, 'work_files.plan.manage', agencyPath);

/** The owner and the keepers of the agency's file plan change a file; nobody changes a closed one. */
export const mayChange = (actor: Actor, file: Pick<repo.WorkFileRow, 'ownerUserId' | 'agencyPath'>) =>
  file.ownerUserId === actor.userId || managesPlan(actor, file.agencyPath);

/** The file, if this person may see it; otherwise 404, so that its existence is not revealed either. */
export async function visibleWorkFile(db: Executor, viewer: repo.FileViewer, id: string, lock = false) {
  const file = await repo.findVisibleWorkFile(db, viewer, id, lock);
  if (!file) throw notFound('Không tìm thấy hồ sơ');
  return file;
}

/**
 * The agency whose file plan or files a request is about (the one named, or the person's own): its own
 * people work with its plan, and so do those who keep it or read all its documents elsewhere.
 */
export async function workAgency(db: Executor, actor: Actor, agencyId: string | undefined) {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw forbidden('Tài khoản không thuộc cơ quan nào; hãy chọn cơ quan');
  const agency = await findAgencyRef(db, id);
  if (!agency) throw notFound('Không tìm thấy cơ quan');
  const member = actor.agencyId === agency.id;
  if (!member && !managesPlan(actor, agency.path) && !can(actor, 'documents.read_all', agency.path))
    throw forbidden('Bạn không có quyền với danh mục hồ sơ, hồ sơ của cơ quan này');
  return { ...agency, member };
}

/** The person a file or plan entry is given to: an active official of the agency; else 400 at `pointer`. */
export async function checkOwner(db: Executor, agencyId: string, userId: string, pointer: string) {
  const user = await userInAgency(db, userId);
  if (!user?.isActive || user.agencyId !== agencyId)
    throw invalid('Người lập hồ sơ phải là cán bộ đang làm việc tại cơ quan', [
      { pointer, detail: 'Không phải cán bộ của cơ quan' },
    ]);
  return user;
}

/** A department of the agency that is still active; else 400 at `pointer`. */
export async function checkDepartment(db: Executor, agencyId: string, departmentId: string, pointer: string) {
  const department = await departmentRef(db, departmentId);
  if (!department?.isActive || department.agencyId !== agencyId)
    throw invalid('Đơn vị lập hồ sơ phải là phòng, ban của cơ quan', [
      { pointer, detail: 'Không phải phòng, ban của cơ quan' },
    ]);
  return department;
}
