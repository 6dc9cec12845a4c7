import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { getPage, registerVerified, visibleText } from '../../../test/fixtures/account-pages.ts';
import {
  signInAtProvider,
  startOidcProvider,
  type TestProvider,
} from '../../../test/fixtures/oidc-provider.ts';
import { findApplicantProfile } from './profile.ts';

const PUBLIC_URL = 'http://dichvucong.test';
const CLIENT_ID = 'congso-portal';
const CLIENT_SECRET = 'a-client-secret-for-the-portal-eid-tests';
const FLOW_COOKIE = 'congso_portal_oidc';

/** The eID's people: account id (= `sub`) → what it vouches for. */
const people: Record<string, Record<string, unknown>> = {
  'vneid-dung': { name: 'Hoàng Văn Dũng', email: 'dung@example.vn', email_verified: true },
  'vneid-binh': { name: 'Trần Thị Bình', email: 'da.dang.ky@example.vn', email_verified: true },
  'vneid-minh': {
    family_name: 'Vũ',
    given_name: 'Minh',
    email: 'chua.xac.minh@example.vn',
    email_verified: false,
    phone_number: '+84 868 111 222',
    phone_number_verified: true,
  },
};

let t: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  idp = await startOidcProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/dang-nhap/oidc/callback`,
    claims: {
      openid: ['sub'],
      profile: ['name', 'family_name', 'given_name'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    accounts: people,
  });
  t = await createTestApp({
    PUBLIC_URL,
    PORTAL_OIDC_ISSUER: idp.issuer,
    PORTAL_OIDC_CLIENT_ID: CLIENT_ID,
    PORTAL_OIDC_CLIENT_SECRET: CLIENT_SECRET,
  });
});

afterAll(() => idp.close());

/** The browser's round trip: the portal → the eID (login, consent) → the portal's callback. */
async function eidSignIn(accountId: string, options: { tiep?: string; abort?: boolean } = {}) {
  const start = await getPage(
    t,
    `/dang-nhap/oidc${options.tiep ? `?tiep=${encodeURIComponent(options.tiep)}` : ''}`,
  );
  expect(start.statusCode).toBe(302);
  const flow = start.cookies.find((c) => c.name === FLOW_COOKIE)!;
  expect(flow).toMatchObject({ httpOnly: true, path: '/dang-nhap/oidc', sameSite: 'Lax' });
  const authorization = new URL(String(start.headers.location));
  expect(authorization.origin).toBe(idp.issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('scope')).toBe('openid profile email phone');
  const back = await signInAtProvider(authorization.href, accountId, PUBLIC_URL, options.abort);
  expect(back.pathname).toBe('/dang-nhap/oidc/callback');
  return t.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: { cookie: `${FLOW_COOKIE}=${flow.value}` },
  });
}

function sessionOf(response: Awaited<ReturnType<typeof eidSignIn>>): string {
  const cookie = response.cookies.find((c) => c.name === 'congso_portal' && c.value);
  if (!cookie) throw new Error(`no session: ${response.statusCode} ${response.headers.location}`);
  return `congso_portal=${cookie.value}`;
}

async function identityUser(subject: string) {
  return t.db.db
    .selectFrom('applicantIdentities as i')
    .innerJoin('users as u', 'u.id', 'i.userId')
    .select(['u.id', 'u.username', 'u.kind', 'u.passwordHash'])
    .where('i.provider', '=', idp.issuer)
    .where('i.subject', '=', subject)
    .executeTakeFirst();
}

describe('signing in with the national eID (OpenID Connect)', () => {
  it('offers the eID on the sign-in and registration pages', async () => {
    const page = await getPage(t, '/dang-nhap?tiep=%2Ftai-khoan');
    expect(page.body).toContain(
      '<a class="button" href="/dang-nhap/oidc?tiep=%2Ftai-khoan">Đăng nhập bằng tài khoản định danh điện tử</a>',
    );
    expect((await getPage(t, '/dang-ky')).body).toContain('href="/dang-nhap/oidc"');
  });

  it('creates a verified account on the first sign-in and finds it again by subject afterwards', async () => {
    const done = await eidSignIn('vneid-dung', { tiep: '/tai-khoan' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/tai-khoan');
    const cookie = sessionOf(done);
    const profile = await getPage(t, '/tai-khoan', cookie);
    expect(visibleText(profile.body)).toContain('Đăng xuất (Hoàng Văn Dũng)');

    const user = await identityUser('vneid-dung');
    expect(user).toMatchObject({ username: 'dung@example.vn', kind: 'citizen', passwordHash: null });
    expect(await findApplicantProfile(t.db.db, user!.id)).toMatchObject({
      displayName: 'Hoàng Văn Dũng',
      email: 'dung@example.vn',
    });
    const verified = await t.db.db
      .selectFrom('applicantProfiles')
      .select('verifiedAt')
      .where('userId', '=', user!.id)
      .executeTakeFirstOrThrow();
    expect(verified.verifiedAt).not.toBeNull();

    // the provider's profile changes; the subject still names the same account
    people['vneid-dung']!.email = 'dung.moi@example.vn';
    const again = await eidSignIn('vneid-dung');
    expect(again.headers.location).toBe('/');
    sessionOf(again);
    expect((await identityUser('vneid-dung'))?.id).toBe(user!.id);
    const accounts = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('username', 'like', 'dung%')
      .execute();
    expect(accounts).toHaveLength(1);

    const actions = await t.db.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', user!.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'applicant.register',
      'applicant.identity.link',
      'applicant.login',
      'applicant.login',
    ]);
  });

  it('links to the account already registered with the email the eID vouches for', async () => {
    await registerVerified(t, 'da.dang.ky@example.vn');
    const registered = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'da.dang.ky@example.vn')
      .executeTakeFirstOrThrow();
    const done = await eidSignIn('vneid-binh');
    sessionOf(done);
    expect((await identityUser('vneid-binh'))?.id).toBe(registered.id);
  });

  it('trusts only what the eID verified: an unverified email is not used, a verified phone is', async () => {
    const done = await eidSignIn('vneid-minh');
    const cookie = sessionOf(done);
    const user = await identityUser('vneid-minh');
    expect(user?.username).toBe('0868111222');
    expect(await findApplicantProfile(t.db.db, user!.id)).toMatchObject({
      displayName: 'Vũ Minh',
      email: null,
      phone: '0868111222',
    });
    expect((await getPage(t, '/tai-khoan', cookie)).statusCode).toBe(200);
  });

  it('comes back to the sign-in page with a reason when the person cancels or the flow is lost', async () => {
    const cancelled = await eidSignIn('vneid-dung', { abort: true });
    expect(cancelled.statusCode).toBe(303);
    expect(cancelled.headers.location).toBe('/dang-nhap?loi=denied');
    expect(cancelled.cookies.find((c) => c.name === 'congso_portal')).toBeUndefined();
    const page = await getPage(t, String(cancelled.headers.location));
    expect(visibleText(page.body)).toContain('Bạn đã hủy đăng nhập tại hệ thống định danh điện tử.');

    const lost = await getPage(t, '/dang-nhap/oidc/callback?code=abc&state=xyz');
    expect(lost.headers.location).toBe('/dang-nhap?loi=state');
    const fails = await t.db.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'applicant.login.fail')
      .execute();
    expect(fails.map((f) => (f.summary as { reason: string }).reason)).toEqual(['denied', 'state']);
  });
});
