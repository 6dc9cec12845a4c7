import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import {
  signInAtProvider as signInAt,
  startOidcProvider,
  type TestProvider,
} from '../../../test/fixtures/oidc-provider.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import { subjectKey } from './oidc-service.ts';
import { DEFAULT_RETURN_TO, FLOW_COOKIE, openFlow, safeReturnTo, sealFlow } from './oidc-state.ts';

const PUBLIC_URL = 'http://congso.test';
const CLIENT_ID = 'congso-staff';
const CLIENT_SECRET = 'a-client-secret-for-the-congso-oidc-tests';
// the key createTestApp seals with
const box = createSecretBox('test-secret-key-for-congso-tests-only');

/** The identity provider's people: account id (= `sub`) → profile claims. Tests change them. */
const accounts: Record<string, { preferred_username: string; name: string }> = {
  'sub-clerk-a': { preferred_username: 'clerk.a', name: 'Văn thư A' },
  'sub-other-clerk-a': { preferred_username: 'clerk.a', name: 'Người khác' },
  'sub-unknown': { preferred_username: 'khong.ton.tai', name: 'Không có tài khoản' },
  'sub-specialist-b': { preferred_username: 'specialist.b', name: 'Chuyên viên B' },
  'sub-leader-b': { preferred_username: 'leader.b', name: 'Lãnh đạo B' },
  'sub-admin-b': { preferred_username: 'admin.b', name: 'Quản trị B' },
};

/** The whole round trip at the provider, coming back to CôngSở. */
const signInAtProvider = (authorizationUrl: string, accountId: string, abort = false) =>
  signInAt(authorizationUrl, accountId, PUBLIC_URL, abort);

let t: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  idp = await startOidcProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/api/auth/oidc/callback`,
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
    accounts,
  });
  t = await createTestApp({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    PUBLIC_URL,
  });
  await seedDirectoryFixture(t.db.db);
});

afterAll(() => idp.close());

async function startLogin(returnTo?: string) {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/login${query}` });
  expect(start.statusCode).toBe(302);
  const flow = start.cookies.find((c) => c.name === FLOW_COOKIE);
  if (!flow) throw new Error('no flow cookie');
  return { location: String(start.headers.location), flowCookie: flow.value, start };
}

function callback(url: URL, flowCookie?: string) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: flowCookie === undefined ? {} : { cookie: `${FLOW_COOKIE}=${flowCookie}` },
  });
}

/** The whole dance: CôngSở → provider (login, consent) → CôngSở callback. */
async function ssoLogin(accountId: string, returnTo?: string) {
  const { location, flowCookie } = await startLogin(returnTo);
  const back = await signInAtProvider(location, accountId);
  const done = await callback(back, flowCookie);
  const session = done.cookies.find((c) => c.name === 'congso_session');
  return { done, back, flowCookie, location: String(done.headers.location), session };
}

function failureReason(location: string): string | null {
  const url = new URL(location, PUBLIC_URL);
  expect(url.pathname).toBe('/staff/login');
  expect(url.searchParams.get('error')).toBe('sso');
  return url.searchParams.get('reason');
}

async function auditOf(action: string) {
  return t.db.db
    .selectFrom('auditLog')
    .select(['action', 'targetId', 'summary', 'actorUserId'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

async function userRow(username: string) {
  return t.db.db
    .selectFrom('users')
    .select(['id', 'oidcSubject', 'lastLoginAt'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

describe('GET /api/auth/oidc/login', () => {
  it('redirects to the provider with PKCE S256, state and nonce, kept in a sealed short-lived cookie', async () => {
    const { location, start } = await startLogin();
    const url = new URL(location);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'profile', 'email']),
    );
    const state = url.searchParams.get('state')!;
    const nonce = url.searchParams.get('nonce')!;
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(nonce.length).toBeGreaterThanOrEqual(32);
    expect(start.headers['cache-control']).toBe('no-store');
    const cookie = start.cookies.find((c) => c.name === FLOW_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc', maxAge: 600 });
    // the browser sees neither the state nor the PKCE verifier in clear, and cannot change them
    expect(cookie.value).not.toContain(state);
    const opened = openFlow(box, cookie.value);
    expect(opened).toMatchObject({ ok: true, flow: { state, nonce, returnTo: '/staff/' } });
    // one character changed in the middle, where every base64url character carries six bits of the seal
    const middle = Math.floor(cookie.value.length / 2);
    const swapped = cookie.value[middle] === 'A' ? 'B' : 'A';
    const tampered = `${cookie.value.slice(0, middle)}${swapped}${cookie.value.slice(middle + 1)}`;
    expect(openFlow(box, tampered)).toEqual({ ok: false, why: 'invalid' });
  });

  it('is public, documented in OpenAPI, and /api/auth/config reports SSO', async () => {
    expect((await t.anonymous.get('/api/auth/config')).body.oidc.enabled).toBe(true);
    const spec = (await t.anonymous.get('/api/openapi.json')).body;
    for (const path of ['/api/auth/oidc/login', '/api/auth/oidc/callback']) {
      expect(spec.paths[path].get.tags).toEqual(['Xác thực (auth)']);
      expect(spec.paths[path].get.responses['302']).toBeDefined();
    }
  });
});

describe('sign-in through the provider', () => {
  it('opens an oidc session for clerk.a, links the subject and audits both', async () => {
    const { done, location, session } = await ssoLogin('sub-clerk-a');
    expect(done.statusCode).toBe(302);
    expect(location).toBe('/staff/');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(done.cookies.find((c) => c.name === FLOW_COOKIE)?.value).toBe('');
    const me = await t.client(`congso_session=${session!.value}`).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('clerk.a');

    const user = await userRow('clerk.a');
    expect(user.oidcSubject).toBe(`${idp.issuer}#sub-clerk-a`);
    expect(user.lastLoginAt).not.toBeNull();
    const sessions = await t.db.db
      .selectFrom('sessions')
      .select('authMethod')
      .where('userId', '=', user.id)
      .execute();
    expect(sessions.map((s) => s.authMethod)).toContain('oidc');
    const links = await auditOf('auth.sso.link');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      targetId: user.id,
      summary: { issuer: idp.issuer, subject: 'sub-clerk-a', username: 'clerk.a' },
    });
    const logins = await auditOf('auth.sso.login');
    expect(logins.at(-1)).toMatchObject({ targetId: user.id, summary: { linked: true } });
  });

  it('finds the linked account by subject even after the username claim changed', async () => {
    accounts['sub-clerk-a']!.preferred_username = 'ten.moi.khac';
    try {
      const { location, session } = await ssoLogin('sub-clerk-a');
      expect(location).toBe('/staff/');
      const me = await t.client(`congso_session=${session!.value}`).get('/api/me');
      expect(me.body.username).toBe('clerk.a');
      expect((await auditOf('auth.sso.login')).at(-1)).toMatchObject({ summary: { linked: false } });
      expect(await auditOf('auth.sso.link')).toHaveLength(1);
    } finally {
      accounts['sub-clerk-a']!.preferred_username = 'clerk.a';
    }
  });

  it('refuses a second identity claiming an account that is already linked', async () => {
    const { location, session } = await ssoLogin('sub-other-clerk-a');
    expect(failureReason(location)).toBe('linked_elsewhere');
    expect(session).toBeUndefined();
    expect((await userRow('clerk.a')).oidcSubject).toBe(`${idp.issuer}#sub-clerk-a`);
  });

  it('goes back to a staff page given as returnTo, and ignores one on another site', async () => {
    expect((await ssoLogin('sub-clerk-a', '/staff/van-ban/den?trang=2')).location).toBe(
      '/staff/van-ban/den?trang=2',
    );
    for (const returnTo of ['https://evil.example/staff/', '//evil.example/staff/', '/\\evil.example']) {
      const { location, session } = await ssoLogin('sub-clerk-a', returnTo);
      expect(location).toBe('/staff/');
      expect(session).toBeDefined();
    }
  });

  it('refuses an unknown person without a session and audits why', async () => {
    const { location, session, done } = await ssoLogin('sub-unknown');
    expect(done.statusCode).toBe(302);
    expect(failureReason(location)).toBe('unknown_user');
    expect(session).toBeUndefined();
    expect((await auditOf('auth.sso.fail')).at(-1)).toMatchObject({
      summary: { reason: 'unknown_user', username: 'khong.ton.tai', subject: 'sub-unknown' },
    });
    // no account was created for them
    const created = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'khong.ton.tai')
      .execute();
    expect(created).toHaveLength(0);
  });

  it('refuses a disabled account, whether found by username or by a linked subject', async () => {
    const specialist = await userRow('specialist.b');
    await t.db.db.updateTable('users').set({ isActive: false }).where('id', '=', specialist.id).execute();
    const byName = await ssoLogin('sub-specialist-b');
    expect(failureReason(byName.location)).toBe('disabled');
    expect(byName.session).toBeUndefined();
    expect((await userRow('specialist.b')).oidcSubject).toBeNull();

    expect((await ssoLogin('sub-leader-b')).session).toBeDefined();
    await t.db.db.updateTable('users').set({ isActive: false }).where('username', '=', 'leader.b').execute();
    const bySubject = await ssoLogin('sub-leader-b');
    expect(failureReason(bySubject.location)).toBe('disabled');
    expect(bySubject.session).toBeUndefined();
    const failures = (await auditOf('auth.sso.fail')).filter(
      (a) => (a.summary as { reason: string }).reason === 'disabled',
    );
    expect(failures.map((f) => f.targetId)).toEqual([specialist.id, (await userRow('leader.b')).id]);
  });

  it('reports a cancelled sign-in at the provider', async () => {
    const { location, flowCookie } = await startLogin();
    const back = await signInAtProvider(location, 'sub-clerk-a', true);
    expect(back.searchParams.get('error')).toBe('access_denied');
    const done = await callback(back, flowCookie);
    expect(failureReason(String(done.headers.location))).toBe('denied');
  });

  it('replaces a session already open in the browser', async () => {
    const before = await t.login('admin.b', PASSWORD);
    const { location, flowCookie } = await startLogin();
    const back = await signInAtProvider(location, 'sub-admin-b');
    const done = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `${FLOW_COOKIE}=${flowCookie}; ${before.cookie}` },
    });
    expect(done.headers.location).toBe('/staff/');
    expect((await before.get('/api/me')).status).toBe(401);
  });
});

describe('tampering', () => {
  async function pending() {
    const { location, flowCookie } = await startLogin();
    return { flowCookie, back: await signInAtProvider(location, 'sub-clerk-a') };
  }
  const sessionOf = (r: Awaited<ReturnType<typeof callback>>) =>
    r.cookies.find((c) => c.name === 'congso_session');

  it('refuses a changed state, another flow’s cookie, or no cookie', async () => {
    const { flowCookie, back } = await pending();
    const forged = new URL(back);
    forged.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const changed = await callback(forged, flowCookie);
    expect(failureReason(String(changed.headers.location))).toBe('state');
    expect(sessionOf(changed)).toBeUndefined();

    const other = await startLogin();
    const swapped = await callback(back, other.flowCookie);
    expect(failureReason(String(swapped.headers.location))).toBe('state');
    expect(sessionOf(swapped)).toBeUndefined();

    const none = await callback(back);
    expect(failureReason(String(none.headers.location))).toBe('state');
    const garbage = await callback(back, 'v1.AAAA.BBBB.CCCC');
    expect(failureReason(String(garbage.headers.location))).toBe('state');
    const details = (await auditOf('auth.sso.fail')).map((a) => (a.summary as { detail?: string }).detail);
    expect(details).toEqual(expect.arrayContaining(['state_mismatch', 'flow_missing', 'flow_invalid']));
  });

  it('refuses an expired flow', async () => {
    const { flowCookie, back } = await pending();
    const opened = openFlow(box, flowCookie);
    if (!opened.ok) throw new Error('flow did not open');
    const old = sealFlow(box, opened.flow, Date.now() - 11 * 60_000);
    expect(failureReason(String((await callback(back, old)).headers.location))).toBe('state');
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { flowCookie, back } = await pending();
    const opened = openFlow(box, flowCookie);
    if (!opened.ok) throw new Error('flow did not open');
    // a different last character (the nonce may already end in the one put in)
    const last = opened.flow.nonce.endsWith('Q') ? 'R' : 'Q';
    const resealed = sealFlow(box, { ...opened.flow, nonce: `${opened.flow.nonce.slice(0, -1)}${last}` });
    const done = await callback(back, resealed);
    expect(failureReason(String(done.headers.location))).toBe('provider');
    expect(sessionOf(done)).toBeUndefined();
    expect((await auditOf('auth.sso.fail')).at(-1)?.summary).toMatchObject({
      reason: 'provider',
      detail: expect.stringMatching(/CLAIM_COMPARISON/),
    });
  });

  it('refuses a wrong PKCE verifier, a changed code and a replayed code', async () => {
    const first = await pending();
    const opened = openFlow(box, first.flowCookie);
    if (!opened.ok) throw new Error('flow did not open');
    const wrongVerifier = sealFlow(box, { ...opened.flow, codeVerifier: 'x'.repeat(64) });
    expect(failureReason(String((await callback(first.back, wrongVerifier)).headers.location))).toBe(
      'provider',
    );

    const second = await pending();
    const forged = new URL(second.back);
    forged.searchParams.set('code', `${second.back.searchParams.get('code')}x`);
    const changed = await callback(forged, second.flowCookie);
    expect(failureReason(String(changed.headers.location))).toBe('provider');
    expect(sessionOf(changed)).toBeUndefined();

    const third = await pending();
    expect(sessionOf(await callback(third.back, third.flowCookie))).toBeDefined();
    const replay = await callback(third.back, third.flowCookie);
    expect(failureReason(String(replay.headers.location))).toBe('provider');
    expect(sessionOf(replay)).toBeUndefined();
    const details = (await auditOf('auth.sso.fail')).slice(-3).map((a) => a.summary);
    expect(details).toEqual(Array(3).fill(expect.objectContaining({ detail: 'token error=invalid_grant' })));
  });
});

describe('returnTo and subject helpers', () => {
  it('accepts only staff paths on this site', () => {
    const ok = ['/staff/', '/staff/van-ban?x=1#y', '/staff/a/b'];
    for (const value of ok) expect(safeReturnTo(value, PUBLIC_URL)).toBe(value);
    const refused = [
      undefined,
      '',
      'https://evil.example/staff/',
      '//evil.example/staff/',
      '/\\evil.example/staff/',
      '\\\\evil.example',
      '/staff/../api/me',
      '/api/me',
      'javascript:alert(1)',
      '/staff/\nSet-Cookie:x',
      `/staff/${'a'.repeat(3000)}`,
    ];
    for (const value of refused) expect(safeReturnTo(value, PUBLIC_URL)).toBe(DEFAULT_RETURN_TO);
  });

  it('qualifies the subject with its issuer', () => {
    expect(subjectKey('https://id.example.vn/realms/tinh', 'abc#1')).toBe(
      'https://id.example.vn/realms/tinh#abc#1',
    );
    expect(subjectKey('https://a.example', 'x')).not.toBe(subjectKey('https://b.example', 'x'));
    expect(() => subjectKey('https://a.example/#frag', 'x')).toThrow();
  });
});

describe('without a usable provider', () => {
  it('answers 404 when OIDC is not configured', async () => {
    const plain = await createTestApp({ PUBLIC_URL });
    for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await plain.anonymous.get(url);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await plain.anonymous.get('/api/auth/config')).body.oidc.enabled).toBe(false);
  });

  it('answers 502 sso-error when the provider is unreachable, and the rest keeps working', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = await createTestApp({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      PUBLIC_URL,
    });
    await seedDirectoryFixture(down.db.db);
    const response = await down.anonymous.get('/api/auth/oidc/login');
    expect(response.status).toBe(502);
    expect(response.body.type).toMatch(/\/api\/problems\/sso-error$/);
    expect(response.body.detail).toMatch(/Không kết nối được/);
    expect((await down.anonymous.get('/api/auth/config')).status).toBe(200);
    expect((await (await down.login('clerk.a', PASSWORD)).get('/api/me')).status).toBe(200);
  });
});
