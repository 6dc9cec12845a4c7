import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  expectAccessibleForm,
  getPage,
  portalCookie,
  postForm,
  registerVerified,
  STRONG_PASSWORD,
  signInThroughPage,
  visibleText,
} from '../../../test/fixtures/account-pages.ts';
import { PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { DEMO_CITIZEN, seedDemoApplicants } from '../../seed/demo-applicants.ts';
import { findApplicantProfile } from './profile.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDirectoryFixture(t.db.db);
  await registerVerified(t, 'an.binh@example.vn');
});

async function audits(action: string) {
  return t.db.db
    .selectFrom('auditLog')
    .select(['action', 'summary', 'actorName', 'targetId'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

describe('signing in on the portal', () => {
  it('shows an accessible form and goes back only to a page of this site', async () => {
    const page = await getPage(t, '/dang-nhap?tiep=%2Fho-so-cua-toi%3Fpage%3D2');
    expect(page.statusCode).toBe(200);
    expectAccessibleForm(page.body);
    expect(page.body).toContain('<input type="hidden" name="tiep" value="/ho-so-cua-toi?page=2">');
    expect(page.body).toMatch(/autocomplete="current-password"/);
    // no identity provider configured: no eID button, and its pages are not there
    expect(page.body).not.toContain('/dang-nhap/oidc');
    for (const url of ['/dang-nhap/oidc', '/dang-nhap/oidc/callback?code=a&state=b']) {
      const missing = await getPage(t, url);
      expect(missing.statusCode).toBe(404);
      expect(visibleText(missing.body)).toContain('Chưa cấu hình đăng nhập bằng định danh điện tử');
    }

    const home = await postForm(t, '/dang-nhap', {
      account: 'an.binh@example.vn',
      password: STRONG_PASSWORD,
      tiep: '/ho-so-cua-toi?page=2',
    });
    expect(home.headers.location).toBe('/ho-so-cua-toi?page=2');
    for (const elsewhere of ['https://lua-dao.example/', '//lua-dao.example/x']) {
      const response = await postForm(t, '/dang-nhap', {
        account: 'an.binh@example.vn',
        password: STRONG_PASSWORD,
        tiep: elsewhere,
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/');
    }
  });

  it('a page behind sign-in sends there and back', async () => {
    const away = await getPage(t, '/tai-khoan');
    expect(away.statusCode).toBe(303);
    expect(away.headers.location).toBe('/dang-nhap?tiep=%2Ftai-khoan');
  });

  it('locks the account after repeated wrong passwords, like staff accounts, and audits it', async () => {
    await registerVerified(t, 'khoa@example.vn');
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await postForm(t, '/dang-nhap', {
        account: 'khoa@example.vn',
        password: 'Sai-Mat-Khau-1',
      });
      answers.push(response.statusCode);
      if (i < 4)
        expect(visibleText(response.body)).toContain('Email, số điện thoại hoặc mật khẩu không đúng.');
    }
    expect(answers).toEqual([422, 422, 422, 422, 422]);
    const locked = await postForm(t, '/dang-nhap', { account: 'khoa@example.vn', password: STRONG_PASSWORD });
    expect(locked.statusCode).toBe(422);
    expect(visibleText(locked.body)).toMatch(/tài khoản tạm khóa\. Vui lòng thử lại sau \d+ giây/);
    expect(locked.body).toMatch(/<input id="password"[^>]*aria-invalid="true"/);
    expect(locked.cookies.find((c) => c.name === 'congso_portal')).toBeUndefined();
    const locks = await audits('applicant.login.lock');
    expect(locks.at(-1)?.summary).toMatchObject({ reason: 'wrong_password', failures: 5 });
    const failures = (await audits('applicant.login.fail')).filter((a) => a.actorName === 'khoa@example.vn');
    expect(failures.map((f) => (f.summary as { reason: string }).reason)).toEqual([
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'locked',
    ]);
  });

  it('signs out: the session ends and the header offers signing in again', async () => {
    const cookie = await signInThroughPage(t, 'an.binh@example.vn', STRONG_PASSWORD);
    expect(visibleText((await getPage(t, '/', cookie)).body)).toContain('Đăng xuất (Trần Thị Bình)');
    const out = await postForm(t, '/dang-xuat', {}, cookie);
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/dang-nhap?thong-bao=da-dang-xuat');
    expect(out.cookies.find((c) => c.name === 'congso_portal')?.value).toBe('');
    expect(visibleText((await getPage(t, out.headers.location!)).body)).toContain('Bạn đã đăng xuất.');
    const after = await getPage(t, '/', cookie);
    expect(visibleText(after.body)).toContain('Đăng nhập');
    expect(visibleText(after.body)).not.toContain('Đăng xuất');
    expect((await audits('applicant.logout')).length).toBe(1);
  });
});

describe('staff and applicants never cross', () => {
  it('a staff account cannot sign in on the portal, and its lockout count is left alone', async () => {
    const response = await postForm(t, '/dang-nhap', { account: 'clerk.a@example.vn', password: PASSWORD });
    expect(response.statusCode).toBe(422);
    // a staff username is not an email or phone: refused as such; with an email-shaped staff name, unknown
    await t.db.db
      .updateTable('users')
      .set({ username: 'clerk.a@laocai.gov.vn' })
      .where('username', '=', 'clerk.a')
      .execute();
    const staff = await postForm(t, '/dang-nhap', { account: 'clerk.a@laocai.gov.vn', password: PASSWORD });
    expect(staff.statusCode).toBe(422);
    expect(visibleText(staff.body)).toContain('Email, số điện thoại hoặc mật khẩu không đúng.');
    expect(staff.cookies.find((c) => c.name === 'congso_portal')).toBeUndefined();
    const fail = (await audits('applicant.login.fail')).at(-1);
    expect(fail).toMatchObject({ actorName: 'clerk.a@laocai.gov.vn', summary: { reason: 'staff_account' } });
    const clerk = await t.db.db
      .selectFrom('users')
      .select('failedLoginCount')
      .where('username', '=', 'clerk.a@laocai.gov.vn')
      .executeTakeFirstOrThrow();
    expect(clerk.failedLoginCount).toBe(0);
    await t.db.db
      .updateTable('users')
      .set({ username: 'clerk.a' })
      .where('username', '=', 'clerk.a@laocai.gov.vn')
      .execute();
  });

  it('an applicant cannot sign in to the staff API (invalid credentials, audited)', async () => {
    const response = await t.anonymous.post('/api/auth/login', {
      username: 'an.binh@example.vn',
      password: STRONG_PASSWORD,
    });
    expect(response.status).toBe(401);
    expect(response.body.type).toMatch(/invalid-credentials$/);
    expect(response.headers['set-cookie']).toBeUndefined();
    const fail = (await audits('auth.login.fail')).at(-1);
    expect(fail).toMatchObject({ actorName: 'an.binh@example.vn', summary: { reason: 'not_staff' } });
    // staff still sign in there
    expect((await (await t.login('clerk.a', PASSWORD)).get('/api/me')).status).toBe(200);
  });

  it("an applicant's session is no staff session, and a staff session is nobody on the portal", async () => {
    const cookie = await signInThroughPage(t, 'an.binh@example.vn', STRONG_PASSWORD);
    const token = cookie.split('=')[1];
    const asStaff = await t.client(`congso_session=${token}`).get('/api/me');
    expect(asStaff.status).toBe(401);
    // the applicant's session survives the attempt
    expect((await getPage(t, '/tai-khoan', cookie)).statusCode).toBe(200);

    const staff = await t.login('clerk.a', PASSWORD);
    const staffToken = staff.cookie!.split('=')[1];
    const portal = await getPage(t, '/tai-khoan', `congso_portal=${staffToken}`);
    expect(portal.statusCode).toBe(303);
  });
});

describe('the demo citizen', () => {
  it('is verified and signs in with the documented password; the profile is filled in', async () => {
    await t.db.db.transaction().execute((trx) => seedDemoApplicants(trx));
    const response = await postForm(t, '/dang-nhap', {
      account: DEMO_CITIZEN.username,
      password: DEMO_CITIZEN.password,
    });
    const cookie = portalCookie(response);
    const page = await getPage(t, '/tai-khoan', cookie);
    expect(visibleText(page.body)).toContain('Đăng xuất (Nguyễn Văn An)');
    const user = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', DEMO_CITIZEN.username)
      .executeTakeFirstOrThrow();
    expect(await findApplicantProfile(t.db.db, user.id)).toMatchObject({
      kind: 'citizen',
      idNumber: '001090012345',
      phone: '0912345678',
      email: 'congdan@example.vn',
      address: expect.stringContaining('tỉnh Lào Cai'),
    });
  });
});
