import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { totpAt } from './totp.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDirectoryFixture(t.db.db);
});

describe('POST /api/auth/login', () => {
  it('answers 200 with the user and sets an httpOnly SameSite session cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'clerk.a', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'congso_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      username: 'clerk.a',
      agency: { name: 'Sở Nội vụ', abbreviation: 'SNV' },
    });
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const response = await t.anonymous.post('/api/auth/login', {
      username: '  CLERK.A ',
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong password with a Vietnamese problem and no cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leader.b', password: 'sai-mat-khau' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ title: 'Tên đăng nhập hoặc mật khẩu không đúng', status: 401 });
    expect(response.json().type).toMatch(/\/api\/problems\/invalid-credentials$/);
    expect(response.cookies).toHaveLength(0);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await t.anonymous.post('/api/auth/login', { username: 'khong.ton.tai', password: 'x' });
    expect(response.status).toBe(401);
    expect(response.body.title).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('locks the account after repeated failures, refusing even the right password, with back-off', async () => {
    for (let i = 0; i < 4; i++) {
      expect(
        (await t.anonymous.post('/api/auth/login', { username: 'specialist.b', password: `sai-${i}` }))
          .status,
      ).toBe(401);
    }
    const fifth = await t.anonymous.post('/api/auth/login', { username: 'specialist.b', password: 'sai-5' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.type).toMatch(/account-locked$/);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(50);
    const right = await t.anonymous.post('/api/auth/login', { username: 'specialist.b', password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.detail).toMatch(/thử lại sau/);
    // the next failure after the lock doubles it
    await t.db.db
      .updateTable('users')
      .set({ lockedUntil: null })
      .where('username', '=', 'specialist.b')
      .execute();
    const sixth = await t.anonymous.post('/api/auth/login', { username: 'specialist.b', password: 'sai-6' });
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(110);
    const log = await t.db.db
      .selectFrom('auditLog')
      .select(['action'])
      .where('summary', '@>', JSON.stringify({ username: 'specialist.b' }))
      .execute();
    expect(log.map((l) => l.action)).toContain('auth.login.lock');
    const named = await t.db.db
      .selectFrom('auditLog')
      .select(['actorName'])
      .where('action', '=', 'auth.login.lock')
      .executeTakeFirstOrThrow();
    expect(named.actorName).toBe('specialist.b');
  });

  it('rejects malformed bodies without touching anything', async () => {
    for (const payload of ['{"username":', '[]', '"x"']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
    }
    const extra = await t.anonymous.post('/api/auth/login', {
      username: 'clerk.a',
      password: PASSWORD,
      admin: true,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0]).toEqual({ pointer: '/body', detail: 'Trường không được phép: admin' });
  });
});

describe('session', () => {
  it('GET /api/me returns the user, agency and roles; without a session it is 401', async () => {
    const leader = await t.login('leader.a', PASSWORD);
    const me = await leader.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'leader.a',
      agency: { name: 'Sở Nội vụ', code: '000.00.01.H99' },
      roles: [{ role: 'leader', nameVi: 'Lãnh đạo', agency: { name: 'Sở Nội vụ' }, includeSubtree: false }],
    });
    expect((await t.anonymous.get('/api/me')).status).toBe(401);
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const clerk = await t.login('clerk.b', PASSWORD);
    expect((await clerk.post('/api/auth/logout')).status).toBe(204);
    expect((await clerk.get('/api/me')).status).toBe(401);
  });

  it('a forged cross-site request is refused even with a valid cookie', async () => {
    const admin = await t.login('admin.a', PASSWORD);
    const forged = await admin.post('/api/auth/logout', undefined, {
      'sec-fetch-site': 'cross-site',
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    expect(forged.body.type).toMatch(/cross-origin-request$/);
    const fromOtherOrigin = await admin.post('/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(fromOtherOrigin.status).toBe(403);
    expect((await admin.get('/api/me')).status).toBe(200);
    const sameOrigin = await admin.post('/api/auth/logout', undefined, { 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status).toBe(204);
  });
});

describe('password change', () => {
  it('an administrator reset forces a change before anything else, and the old password stops working', async () => {
    const admin = await t.login('admin.a', PASSWORD);
    const target = (await admin.get('/api/users?q=specialist.a')).body.items[0];
    const reset = await admin.post(`/api/users/${target.id}/reset-password`, {});
    expect(reset.status).toBe(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toHaveLength(14);
    expect(
      (await t.anonymous.post('/api/auth/login', { username: 'specialist.a', password: PASSWORD })).status,
    ).toBe(401);
    const user = await t.login('specialist.a', temporary);
    expect((await user.get('/api/me')).body.mustChangePassword).toBe(true);
    expect((await user.get('/api/agencies')).body.type).toMatch(/password-change-required$/);
    const weak = await user.post('/api/me/password', { currentPassword: temporary, newPassword: 'abc' });
    expect(weak.status).toBe(400);
    expect(weak.body.detail).toMatch(/ít nhất 10 ký tự/);
    const changed = await user.post('/api/me/password', {
      currentPassword: temporary,
      newPassword: 'Mot-Mat-Khau-Moi-9',
    });
    expect(changed.status).toBe(204);
    expect((await user.get('/api/agencies')).status).toBe(200);
  });
});

describe('two-factor authentication', () => {
  it('enrols with a confirmed code, then login asks for a fresh code and refuses reuse', async () => {
    const user = await t.login('leader.b', PASSWORD);
    const setup = await user.post('/api/me/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/C%C3%B4ngS%E1%BB%9F%3Aleader\.b\?secret=/);
    const secret = setup.body.secret as string;
    expect((await user.post('/api/me/totp/enable', { code: '000000' })).status).toBe(401);
    expect((await user.post('/api/me/totp/enable', { code: totpAt(secret, Date.now() / 1000) })).status).toBe(
      204,
    );

    const withoutCode = await t.anonymous.post('/api/auth/login', {
      username: 'leader.b',
      password: PASSWORD,
    });
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body).toMatchObject({ totpRequired: true });
    const code = totpAt(secret, Date.now() / 1000);
    expect(
      (await t.anonymous.post('/api/auth/login', { username: 'leader.b', password: PASSWORD, totp: code }))
        .status,
    ).toBe(200);
    const replay = await t.anonymous.post('/api/auth/login', {
      username: 'leader.b',
      password: PASSWORD,
      totp: code,
    });
    expect(replay.status).toBe(401);
    expect(replay.body.type).toMatch(/invalid-totp$/);
  });
});
