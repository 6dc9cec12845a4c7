import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  codeMessages,
  expectAccessibleForm,
  getPage,
  lastCode,
  postForm,
  STRONG_PASSWORD,
  signInThroughPage,
  visibleText,
} from '../../../test/fixtures/account-pages.ts';
import { findApplicantProfile } from './profile.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://dichvucong.example.vn' });
});

async function auditActions(userId: string): Promise<string[]> {
  const rows = await t.db.db
    .selectFrom('auditLog')
    .select('action')
    .where('targetId', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

async function userIdOf(username: string): Promise<string> {
  const row = await t.db.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

const register = (fields: Record<string, string>) =>
  postForm(t, '/dang-ky', {
    kind: 'citizen',
    displayName: 'Lê Thị Thu',
    idNumber: '',
    password: STRONG_PASSWORD,
    passwordConfirm: STRONG_PASSWORD,
    ...fields,
  });

describe('registering, verifying, signing in, the profile', () => {
  it('goes from the empty form to a signed-in applicant whose profile prefills applications', async () => {
    const form = await getPage(t, '/dang-ky');
    expect(form.statusCode).toBe(200);
    expectAccessibleForm(form.body);
    expect(form.body).not.toContain('<script');
    expect(form.body).toMatch(/autocomplete="new-password"/);

    const registered = await register({ account: ' Thu.Le@Example.VN ', idNumber: '015190001234' });
    expect(registered.statusCode).toBe(303);
    expect(registered.headers.location).toBe('/xac-thuc?tai-khoan=thu.le%40example.vn&thong-bao=gui');

    // the email, in Vietnamese, with the code and a link to the page to enter it on
    const [email] = await codeMessages(t, 'thu.le@example.vn');
    expect(email?.channel).toBe('email');
    expect(email?.subject).toContain('Mã xác thực tài khoản');
    expect(email?.bodyText).toContain('Xin chào Lê Thị Thu');
    expect(email?.bodyText).toContain('Mã có hiệu lực trong 10 phút');
    expect(email?.bodyText).toContain('https://dichvucong.example.vn/xac-thuc?tai-khoan=thu.le%40example.vn');
    expect(email?.bodyHtml).toContain('lang="vi"');
    const code = await lastCode(t, 'thu.le@example.vn');
    // only a hash of it is kept
    const stored = await t.db.db.selectFrom('accountCodes').select('codeHash').execute();
    expect(stored.some((r) => r.codeHash.includes(code))).toBe(false);

    // not verified yet: the right password leads to the code page, not into the account
    const early = await postForm(t, '/dang-nhap', {
      account: 'thu.le@example.vn',
      password: STRONG_PASSWORD,
    });
    expect(early.statusCode).toBe(303);
    expect(early.headers.location).toContain('/xac-thuc?tai-khoan=thu.le%40example.vn');
    expect(early.cookies.find((c) => c.name === 'congso_portal')).toBeUndefined();

    const page = await getPage(t, String(registered.headers.location));
    expect(visibleText(page.body)).toContain('Mã xác thực gồm 6 chữ số đã được gửi tới thu.le@example.vn');
    expect(page.body).toMatch(/autocomplete="one-time-code"/);
    expect(page.body).toMatch(/inputmode="numeric"/);
    expectAccessibleForm(page.body);

    const verified = await postForm(t, '/xac-thuc', { account: 'thu.le@example.vn', code });
    expect(verified.statusCode).toBe(303);
    expect(verified.headers.location).toBe('/dang-nhap?tai-khoan=thu.le%40example.vn&thong-bao=da-xac-thuc');
    const signInPage = await getPage(t, String(verified.headers.location));
    expect(visibleText(signInPage.body)).toContain('Tài khoản đã được xác thực. Mời bạn đăng nhập.');
    expect(signInPage.body).toContain('value="thu.le@example.vn"');
    expectAccessibleForm(signInPage.body);

    const signedIn = await postForm(t, '/dang-nhap', {
      account: 'THU.LE@example.vn',
      password: STRONG_PASSWORD,
      tiep: '/tai-khoan',
    });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/tai-khoan');
    const cookie = signedIn.cookies.find((c) => c.name === 'congso_portal')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
    const session = `congso_portal=${cookie.value}`;

    const profile = await getPage(t, '/tai-khoan', session);
    expect(profile.statusCode).toBe(200);
    expect(visibleText(profile.body)).toContain('Đăng xuất (Lê Thị Thu)');
    expect(profile.body).toContain('value="015190001234"');
    expectAccessibleForm(profile.body);

    const saved = await postForm(
      t,
      '/tai-khoan',
      {
        displayName: 'Lê Thị Thu Hà',
        idNumber: '015190001234',
        phone: '+84 912 000 111',
        address: 'Thôn Phú Thịnh, xã Bảo Yên, tỉnh Lào Cai',
      },
      session,
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/tai-khoan?thong-bao=da-luu');
    const after = await getPage(t, '/tai-khoan?thong-bao=da-luu', session);
    expect(visibleText(after.body)).toContain('Đã lưu thông tin tài khoản.');
    expect(visibleText(after.body)).toContain('Đăng xuất (Lê Thị Thu Hà)');

    const userId = await userIdOf('thu.le@example.vn');
    expect(await findApplicantProfile(t.db.db, userId)).toEqual({
      userId,
      kind: 'citizen',
      displayName: 'Lê Thị Thu Hà',
      email: 'thu.le@example.vn',
      phone: '0912000111',
      idNumber: '015190001234',
      address: 'Thôn Phú Thịnh, xã Bảo Yên, tỉnh Lào Cai',
    });
    expect(await auditActions(userId)).toEqual([
      'applicant.register',
      'applicant.login.fail',
      'applicant.verify',
      'applicant.login',
      'applicant.profile.update',
    ]);
    const update = await t.db.db
      .selectFrom('auditLog')
      .select(['summary', 'actorUserId', 'actorName'])
      .where('action', '=', 'applicant.profile.update')
      .executeTakeFirstOrThrow();
    expect(update).toMatchObject({ actorUserId: userId, actorName: 'thu.le@example.vn' });
    // which fields changed, never their values
    expect(update.summary).toEqual({ changed: ['displayName', 'phone', 'address'] });
  });

  it('registers a business by its mobile number: the code goes by SMS', async () => {
    const registered = await postForm(t, '/dang-ky', {
      kind: 'business',
      account: '+84 (98) 765-4321',
      displayName: 'Công ty TNHH Chè Shan Tuyết Lào Cai',
      idNumber: '5300123456',
      password: STRONG_PASSWORD,
      passwordConfirm: STRONG_PASSWORD,
    });
    expect(registered.statusCode).toBe(303);
    const [sms] = await codeMessages(t, '0987654321');
    expect(sms?.channel).toBe('sms');
    expect(sms?.bodyText).toMatch(/^\d{6} là mã xác thực tài khoản dịch vụ công, hiệu lực 10 phút\./);
    const userId = await userIdOf('0987654321');
    expect(await findApplicantProfile(t.db.db, userId)).toMatchObject({
      kind: 'business',
      displayName: 'Công ty TNHH Chè Shan Tuyết Lào Cai',
      phone: '0987654321',
      email: null,
      idNumber: '5300123456',
    });
    await postForm(t, '/xac-thuc', { account: '0987 654 321', code: await lastCode(t, '0987654321') });
    const session = await signInThroughPage(t, '+84987654321', STRONG_PASSWORD);
    const profile = await getPage(t, '/tai-khoan', session);
    // the business's own labels; the number it signs in with is shown, not offered for editing
    expect(visibleText(profile.body)).toContain('Mã số doanh nghiệp (mã số thuế)');
    expect(visibleText(profile.body)).toContain('Tên đăng nhập 0987654321');
    expect(profile.body).not.toContain('name="phone"');
    expect(profile.body).toContain('name="email"');
  });
});

describe('a refused registration', () => {
  it('shows a weak password next to its field with 422, keeps the other values, never the password', async () => {
    const response = await register({
      account: 'yeu.matkhau@example.vn',
      displayName: 'Phạm Văn Yếu',
      idNumber: '123',
      password: 'matkhau123',
      passwordConfirm: 'matkhau123',
    });
    expect(response.statusCode).toBe(422);
    const html = response.body;
    expectAccessibleForm(html);
    // the summary at the top links to each field
    expect(html).toMatch(/<div class="error-summary" role="alert">/);
    expect(html).toContain('<a href="#password">Mật khẩu cần có ít nhất 3 trong 4 loại');
    expect(html).toContain('<a href="#idNumber">Số định danh cá nhân gồm đúng 12 chữ số</a>');
    // the message next to the field, tied to it
    expect(html).toMatch(
      /<p class="error-message" id="password-loi"><span class="visually-hidden">Lỗi: <\/span>Mật khẩu cần có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt\. Mật khẩu quá phổ biến<\/p>/,
    );
    expect(html).toMatch(
      /<input id="password"[^>]*aria-describedby="password-goi-y password-loi"[^>]*aria-invalid="true"/,
    );
    expect(html).toContain('value="yeu.matkhau@example.vn"');
    expect(html).toContain('value="Phạm Văn Yếu"');
    expect(html).toMatch(/<input type="radio" id="kind" name="kind" value="citizen" checked>/);
    expect(html).not.toContain('matkhau123');
    expect(await codeMessages(t, 'yeu.matkhau@example.vn')).toEqual([]);
  });

  it('refuses an email already registered, verified or not, and does not touch that account', async () => {
    await register({ account: 'trung@example.vn' });
    const again = await register({
      account: 'Trung@example.vn',
      displayName: 'Người Khác',
      password: 'Mat-khau-Khac-2026',
      passwordConfirm: 'Mat-khau-Khac-2026',
    });
    expect(again.statusCode).toBe(422);
    expect(visibleText(again.body)).toContain('Email hoặc số điện thoại này đã được đăng ký');
    expect(again.body).toMatch(/<input id="account"[^>]*aria-invalid="true"/);
    expect(again.body).toContain('value="Người Khác"');
    const users = await t.db.db
      .selectFrom('users')
      .select('displayName')
      .where('username', '=', 'trung@example.vn')
      .execute();
    expect(users).toEqual([{ displayName: 'Lê Thị Thu' }]);
    expect(await codeMessages(t, 'trung@example.vn')).toHaveLength(1);
  });

  it('says what is wrong with each field of an empty form, in Vietnamese', async () => {
    const response = await postForm(t, '/dang-ky', { kind: 'business' });
    expect(response.statusCode).toBe(422);
    const text = visibleText(response.body);
    expect(text).toContain('Nhập địa chỉ email hoặc số điện thoại di động');
    expect(text).toContain('Nhập họ và tên, hoặc tên tổ chức, doanh nghiệp');
    expect(text).toContain('Nhập mã số doanh nghiệp (mã số thuế)');
    expect(text).toContain('Nhập mật khẩu');
    const mismatch = await register({ account: '0356000111', passwordConfirm: 'Khac-Mat-Khau-2026' });
    expect(visibleText(mismatch.body)).toContain('Hai mật khẩu không giống nhau');
    const landline = await register({ account: '02143840123' });
    expect(visibleText(landline.body)).toContain('Số điện thoại di động không hợp lệ');
  });
});

describe('one-time codes', () => {
  it('locks a code after 5 wrong tries: even the right one is refused, a new code works', async () => {
    await register({ account: 'sai.ma@example.vn' });
    const code = await lastCode(t, 'sai.ma@example.vn');
    const wrong = code === '000000' ? '111111' : '000000';
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await postForm(t, '/xac-thuc', { account: 'sai.ma@example.vn', code: wrong });
      expect(response.statusCode).toBe(422);
      expect(response.body).toMatch(/<input id="code"[^>]*aria-invalid="true"/);
      answers.push(
        /id="code-loi"><span class="visually-hidden">Lỗi: <\/span>([^<]+)/.exec(response.body)![1]!,
      );
    }
    expect(answers.slice(0, 2)).toEqual([
      'Mã không đúng. Bạn còn 4 lần thử.',
      'Mã không đúng. Bạn còn 3 lần thử.',
    ]);
    expect(answers[4]).toBe('Mã đã bị khóa vì nhập sai quá 5 lần. Bấm “Gửi lại mã” để nhận mã mới.');
    const right = await postForm(t, '/xac-thuc', { account: 'sai.ma@example.vn', code });
    expect(right.statusCode).toBe(422);
    expect(visibleText(right.body)).toContain('Mã đã bị khóa vì nhập sai quá 5 lần');

    // a new code, after the cool-down
    await t.db.db
      .updateTable('accountCodes')
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .execute();
    const resend = await postForm(t, '/xac-thuc', { account: 'sai.ma@example.vn', action: 'resend' });
    expect(resend.statusCode).toBe(303);
    expect(resend.headers.location).toContain('thong-bao=gui-lai');
    const fresh = await lastCode(t, 'sai.ma@example.vn');
    expect((await codeMessages(t, 'sai.ma@example.vn')).length).toBe(2);
    expect((await postForm(t, '/xac-thuc', { account: 'sai.ma@example.vn', code: fresh })).statusCode).toBe(
      303,
    );
    const userId = await userIdOf('sai.ma@example.vn');
    expect((await auditActions(userId)).filter((a) => a === 'applicant.code.fail')).toHaveLength(5);
  });

  it('refuses an expired code, and a resend within the cool-down sends nothing', async () => {
    await register({ account: 'het.han@example.vn' });
    const code = await lastCode(t, 'het.han@example.vn');
    const resent = await postForm(t, '/xac-thuc', { account: 'het.han@example.vn', action: 'resend' });
    expect(resent.statusCode).toBe(303);
    const notice = await getPage(t, String(resent.headers.location));
    expect(visibleText(notice.body)).toContain('Mỗi lần chỉ gửi lại được sau 60 giây');
    expect(await codeMessages(t, 'het.han@example.vn')).toHaveLength(1);

    const userId = await userIdOf('het.han@example.vn');
    await t.db.db
      .updateTable('accountCodes')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('userId', '=', userId)
      .execute();
    const late = await postForm(t, '/xac-thuc', { account: 'het.han@example.vn', code });
    expect(late.statusCode).toBe(422);
    expect(visibleText(late.body)).toContain('Mã không đúng hoặc đã hết hiệu lực');
    const verifiedAt = await t.db.db
      .selectFrom('applicantProfiles')
      .select('verifiedAt')
      .where('userId', '=', userId)
      .executeTakeFirstOrThrow();
    expect(verifiedAt.verifiedAt).toBeNull();
  });

  it('answers a code for an account that does not exist like an expired one', async () => {
    const response = await postForm(t, '/xac-thuc', { account: 'khong.co@example.vn', code: '123456' });
    expect(response.statusCode).toBe(422);
    expect(visibleText(response.body)).toContain('Mã không đúng hoặc đã hết hiệu lực');
    const malformed = await postForm(t, '/xac-thuc', { account: 'khong.co@example.vn', code: '12a' });
    expect(visibleText(malformed.body)).toContain('Nhập mã gồm đúng 6 chữ số');
    // a crafted link cannot put its own words into the notice
    const crafted = await getPage(
      t,
      `/xac-thuc?tai-khoan=${encodeURIComponent('ngân hàng, gọi 1900')}&thong-bao=gui`,
    );
    expect(visibleText(crafted.body)).not.toContain('Mã xác thực gồm 6 chữ số đã được gửi tới');
    expect(crafted.body).not.toContain('1900');
  });
});
