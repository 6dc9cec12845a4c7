import { recordAudit } from '../../../platform/audit/recorder.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/database.ts';
import { conflict, notFound } from '../../../platform/http/problem.ts';
import { findAgencyRef } from '../agencies/repository.ts';
import { requireAgency } from '../agencies/service.ts';
import * as repo from './repository.ts';
import type { CreateDepartment, Department, ListDepartments, UpdateDepartment } from './schema.ts';

export async function listDepartments(db: Database, agencyId: string, query: ListDepartments) {
  if (!(await findAgencyRef(db, agencyId))) throw notFound('Không tìm thấy cơ quan');
  return repo.listDepartments(db, agencyId, query);
}

export async function getDepartment(db: Database, id: string): Promise<Department> {
  const department = await repo.findDepartment(db, id);
  if (!department) throw notFound('Không tìm thấy phòng, ban');
  return department;
}

export async function createDepartment(
  db: Database,
  ctx: RequestContext,
  agencyId: string,
  input: CreateDepartment,
): Promise<Department> {
  return db.transaction().execute(async (trx) => {
    await requireAgency(trx, ctx, agencyId, 'directory.departments.manage');
    const id = await repo.insertDepartment(trx, agencyId, input);
    const created = (await repo.findDepartment(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'directory.department.create',
      agencyId,
      targetType: 'department',
      targetId: id,
      summary: { after: { name: created.name, abbreviation: created.abbreviation } },
    });
    return created;
  });
}

export async function updateDepartment(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateDepartment,
): Promise<Department> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findDepartment(trx, id);
    if (!before) throw notFound('Không tìm thấy phòng, ban');
    await requireAgency(trx, ctx, before.agencyId, 'directory.departments.manage');
    await repo.updateDepartment(trx, id, input);
    const after = (await repo.findDepartment(trx, id))!;
    const changes = Object.fromEntries(
      (Object.keys(input) as (keyof UpdateDepartment)[])
        .filter((k) => before[k] !== after[k])
        .map((k) => [k, { from: before[k], to: after[k] }]),
    );
    await recordAudit(trx, ctx, {
      action: 'directory.department.update',
      agencyId: before.agencyId,
      targetType: 'department',
      targetId: id,
      summary: { changes },
    });
    return after;
  });
}

export async function deleteDepartment(db: Database, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findDepartment(trx, id);
    if (!before) throw notFound('Không tìm thấy phòng, ban');
    await requireAgency(trx, ctx, before.agencyId, 'directory.departments.manage');
    const officials = await repo.countOfficials(trx, id);
    if (officials > 0)
      throw conflict(
        `Phòng, ban còn ${officials} cán bộ; hãy chuyển cán bộ hoặc ngừng hoạt động thay vì xóa`,
      );
    await repo.deleteDepartment(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.department.delete',
      agencyId: before.agencyId,
      targetType: 'department',
      targetId: id,
      summary: { before: { name: before.name, abbreviation: before.abbreviation } },
    });
  });
}
