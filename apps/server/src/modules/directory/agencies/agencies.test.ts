import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/app.ts';
import {
  type DirectoryFixture,
  PASSWORD,
  seedDirectoryFixture,
} from '../../../../test/fixtures/directory.ts';

let t: TestApp;
let f: DirectoryFixture;
let sys: TestClient;
let adminA: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  sys = await t.login('sysadmin', PASSWORD);
  adminA = await t.login('admin.a', PASSWORD);
});

describe('agencies', () => {
  it('creates an agency with a QCVN 102 code inside its parent’s code space and an administrative unit', async () => {
    const created = await adminA.post('/api/agencies', {
      parentId: f.agencyA,
      level: 'province',
      code: '000.02.01.H99',
      name: 'Ban Thi đua - Khen thưởng',
      abbreviation: 'BTĐKT',
      adminUnitCode: '15',
      phone: '0214 3840 111',
      email: 'btdkt@example.gov.vn',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      parentId: f.agencyA,
      code: '000.02.01.H99',
      adminUnit: { code: '15', name: 'Tỉnh Lào Cai' },
    });
    const detail = await adminA.get(`/api/agencies/${created.body.id}`);
    expect(detail.body.ancestors.map((a: { name: string }) => a.name)).toEqual([
      'Ủy ban nhân dân tỉnh Thử Nghiệm',
      'Sở Nội vụ',
    ]);
    expect(detail.body.can).toMatchObject({ manage: true, createChildren: true });
  });

  it('explains code mistakes in Vietnamese', async () => {
    const short = await sys.post('/api/agencies', {
      parentId: f.root,
      level: 'province',
      code: '000.00.3.H99',
      name: 'Sở X',
      abbreviation: 'SX',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toEqual({
      pointer: '/body/code',
      detail: 'Mã định danh phải có đúng 13 ký tự (đang có 12)',
    });
    const outside = await sys.post('/api/agencies', {
      parentId: f.agencyA,
      level: 'province',
      code: '000.00.05.H98',
      name: 'Sở Y',
      abbreviation: 'SY',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.detail).toMatch(/khối mã của cơ quan cấp trên \(000\.00\.01\.H99\)/);
    const duplicate = await sys.post('/api/agencies', {
      parentId: f.root,
      level: 'province',
      code: '000.00.02.H99',
      name: 'Sở Z',
      abbreviation: 'SZ',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toBe('Mã định danh này đã được dùng cho cơ quan khác');
    const unit = await sys.post('/api/agencies', {
      parentId: f.root,
      level: 'commune',
      name: 'UBND xã Ma',
      abbreviation: 'UBND',
      adminUnitCode: '99999',
    });
    expect(unit.status).toBe(400);
  });

  it('an administrator scoped to one agency without its sub-tree cannot create children there', async () => {
    const adminB = await t.login('admin.b', PASSWORD);
    await t.db.db
      .updateTable('roleAssignments')
      .set({ includeSubtree: false })
      .where('userId', '=', f.users['admin.b']!.id)
      .execute();
    const refused = await adminB.post('/api/agencies', {
      parentId: f.agencyB,
      level: 'province',
      name: 'Phòng mới',
      abbreviation: 'PM',
    });
    expect(refused.status).toBe(403);
    expect((await adminB.patch(`/api/agencies/${f.agencyB}`, { phone: '0214 3800 000' })).status).toBe(200);
    await t.db.db
      .updateTable('roleAssignments')
      .set({ includeSubtree: true })
      .where('userId', '=', f.users['admin.b']!.id)
      .execute();
  });

  it('moves an agency with its whole sub-tree, and refuses to move it under itself', async () => {
    // its code must move into the new parent's code space too
    const keptCode = await sys.patch(`/api/agencies/${f.agencyA1}`, { parentId: f.agencyB });
    expect(keptCode.status).toBe(400);
    expect(keptCode.body.detail).toMatch(/000\.00\.02\.H99/);
    const moved = await sys.patch(`/api/agencies/${f.agencyA1}`, {
      parentId: f.agencyB,
      code: '000.01.02.H99',
    });
    expect(moved.status).toBe(200);
    const tree = (await sys.get(`/api/agencies/tree?rootId=${f.agencyB}`)).body;
    expect(tree[0].children.map((c: { name: string }) => c.name)).toContain('Trung tâm Lưu trữ lịch sử');
    // admin.a managed A1 through A's sub-tree; after the move it no longer does
    expect((await adminA.patch(`/api/agencies/${f.agencyA1}`, { phone: '1' })).status).toBe(403);
    const cycle = await sys.patch(`/api/agencies/${f.agencyB}`, { parentId: f.agencyA1 });
    expect(cycle.status).toBe(400);
    expect(cycle.body.detail).toMatch(/bên dưới chính nó/);
    expect(
      (await sys.patch(`/api/agencies/${f.agencyA1}`, { parentId: f.agencyA, code: '000.01.01.H99' })).status,
    ).toBe(200);
  });

  it('refuses to delete an agency that still has people, and says what is in it', async () => {
    const refused = await sys.delete(`/api/agencies/${f.agencyA}`);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/\d+ đơn vị trực thuộc, 1 phòng ban, \d+ cán bộ/);
    const deactivated = await sys.patch(`/api/agencies/${f.agencyA1}`, { isActive: false });
    expect(deactivated.body.isActive).toBe(false);
    const listed = await sys.get('/api/agencies');
    expect(listed.body.items.map((a: { id: string }) => a.id)).not.toContain(f.agencyA1);
    const all = await sys.get('/api/agencies?includeInactive=true');
    expect(all.body.items.map((a: { id: string }) => a.id)).toContain(f.agencyA1);
    await sys.patch(`/api/agencies/${f.agencyA1}`, { isActive: true });
  });

  it('searches without diacritics and pages', async () => {
    const found = await sys.get('/api/agencies?q=luu%20tru%20lich%20su');
    expect(found.body.items.map((a: { name: string }) => a.name)).toEqual(['Trung tâm Lưu trữ lịch sử']);
    const page = await sys.get('/api/agencies?pageSize=2&page=2');
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(5);
  });
});
