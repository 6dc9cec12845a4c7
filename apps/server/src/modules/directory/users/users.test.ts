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

async function newOfficial(agencyId: string, fullName = 'Phạm Thị Thu Hà') {
  const response = await sys.post('/api/officials', { agencyId, fullName, position: 'Chuyên viên' });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe('user accounts', () => {
  it('creates a login for an official with a one-time temporary password that must be changed', async () => {
    const officialId = await newOfficial(f.agencyA1);
    const created = await adminA.post('/api/users', {
      officialId,
      username: 'Ha.PT',
      roles: [{ role: 'clerk', agencyId: f.agencyA1 }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'ha.pt',
      displayName: 'Phạm Thị Thu Hà',
      mustChangePassword: true,
    });
    expect(created.body.roles).toMatchObject([{ role: 'clerk', agency: { id: f.agencyA1 } }]);
    expect(created.body.temporaryPassword).toMatch(/^.{14}$/);
    expect((await adminA.get(`/api/users/${created.body.id}`)).body).not.toHaveProperty('temporaryPassword');
    const user = await t.login('ha.pt', created.body.temporaryPassword);
    expect((await user.get('/api/me')).body.mustChangePassword).toBe(true);
    const again = await adminA.post('/api/users', { officialId, username: 'ha.pt2' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Cán bộ này đã có tài khoản');
  });

  it('refuses a taken username and a weak password with reasons', async () => {
    const officialId = await newOfficial(f.agencyA);
    const taken = await sys.post('/api/users', {
      officialId,
      username: 'clerk.a',
      password: 'Mat-Khau-Dai-Du-1',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('Tên đăng nhập đã tồn tại');
    const weak = await sys.post('/api/users', { officialId, username: 'newbie', password: 'newbie12345' });
    expect(weak.status).toBe(400);
    expect(weak.body.detail).toMatch(/3 trong 4 loại/);
    expect(weak.body.detail).toMatch(/không được chứa tên đăng nhập/);
  });

  it('nobody gives more than they have: an agency admin cannot grant roles beyond their scope', async () => {
    const target = f.users['specialist.a']!.id;
    const outside = await adminA.post(`/api/users/${target}/roles`, { role: 'clerk', agencyId: f.agencyB });
    expect(outside.status).toBe(403);
    const global = await adminA.post(`/api/users/${target}/roles`, { role: 'system_admin' });
    expect(global.status).toBe(403);
    expect(global.body.detail).toBe('Chỉ quản trị hệ thống được giao vai trò toàn hệ thống');
    await t.db.db
      .insertInto('roles')
      .values({
        key: 'dinh_nghia',
        nameVi: 'Định nghĩa vai trò',
        nameEn: 'Role designer',
        permissions: ['directory.roles.manage'],
      })
      .execute();
    const escalate = await adminA.post(`/api/users/${target}/roles`, {
      role: 'dinh_nghia',
      agencyId: f.agencyA,
    });
    expect(escalate.status).toBe(403);
    expect(escalate.body.detail).toMatch(
      /không thể giao quyền mà chính mình không có: directory\.roles\.manage/,
    );
    const ok = await adminA.post(`/api/users/${target}/roles`, {
      role: 'leader',
      agencyId: f.agencyA1,
      includeSubtree: true,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.roles.map((r: { role: string }) => r.role).sort()).toEqual(['leader', 'specialist']);
  });

  it('a new role takes effect on the user’s next request, and revoking it removes it', async () => {
    const leaderB = await t.login('leader.b', PASSWORD);
    expect((await leaderB.get('/api/audit')).status).toBe(403);
    const granted = await sys.post(`/api/users/${f.users['leader.b']!.id}/roles`, {
      role: 'agency_admin',
      agencyId: f.agencyB,
    });
    expect((await leaderB.get('/api/audit')).status).toBe(200);
    const assignment = granted.body.roles.find((r: { role: string }) => r.role === 'agency_admin');
    expect((await sys.delete(`/api/users/${f.users['leader.b']!.id}/roles/${assignment.id}`)).status).toBe(
      200,
    );
    expect((await leaderB.get('/api/audit')).status).toBe(403);
  });

  it('keeps at least one system administrator', async () => {
    const sysId = f.users.sysadmin!.id;
    const self = await sys.patch(`/api/users/${sysId}`, { isActive: false });
    expect(self.status).toBe(409);
    const user = (await sys.get(`/api/users/${sysId}`)).body;
    const revoke = await sys.delete(`/api/users/${sysId}/roles/${user.roles[0].id}`);
    expect(revoke.status).toBe(409);
    expect(revoke.body.detail).toBe('Không thể thu hồi quyền của quản trị hệ thống cuối cùng');
  });

  it('disabling an account signs the person out at once; unlocking clears a lockout', async () => {
    const clerkB = await t.login('clerk.b', PASSWORD);
    await sys.patch(`/api/users/${f.users['clerk.b']!.id}`, { isActive: false });
    expect((await clerkB.get('/api/me')).status).toBe(401);
    const login = await t.anonymous.post('/api/auth/login', { username: 'clerk.b', password: PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.type).toMatch(/account-disabled$/);
    await sys.patch(`/api/users/${f.users['clerk.b']!.id}`, { isActive: true });

    for (let i = 0; i < 5; i++)
      await t.anonymous.post('/api/auth/login', { username: 'clerk.b', password: 'sai' });
    const locked = (await sys.get(`/api/users/${f.users['clerk.b']!.id}`)).body;
    expect(locked).toMatchObject({ locked: true, failedLoginCount: 5 });
    const unlocked = await sys.post(`/api/users/${f.users['clerk.b']!.id}/unlock`);
    expect(unlocked.body).toMatchObject({ locked: false, failedLoginCount: 0 });
    expect(
      (await t.anonymous.post('/api/auth/login', { username: 'clerk.b', password: PASSWORD })).status,
    ).toBe(200);
  });

  it('lists accounts with search without diacritics and role filter', async () => {
    await sys.patch(`/api/officials/${f.users['leader.a']!.officialId}`, { fullName: 'Nguyễn Đức Thắng' });
    const found = await sys.get('/api/users?q=duc%20thang');
    expect(found.body.items.map((u: { username: string }) => u.username)).toEqual(['leader.a']);
    expect(found.body.items[0].displayName).toBe('Nguyễn Đức Thắng');
    const clerks = await sys.get('/api/users?role=clerk&pageSize=100');
    expect(
      clerks.body.items.every((u: { roles: { role: string }[] }) => u.roles.some((r) => r.role === 'clerk')),
    ).toBe(true);
  });
});
