import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  codeMessages,
  expectAccessibleForm,
  getPage,
  lastCode,
  postForm,
  registerVerified,
  STRONG_PASSWORD,
  signInThroughPage,
  visibleText,
} from '../../../test/fixtures/account-pages.ts';

let t: TestApp;
const NEW_PASSWORD = 'Ruong-Bac-Thang-2027';

beforeAll(async () => {
  t = await createTestApp();
  await registerVerified(t, 'quen@example.vn');
});

describe('a forgotten password', () => {
  it('answers the same whether the account exists or not; only a real account gets a code', async () => {
    const form = await getPage(t, '/quen-mat-khau');
    expectAccessibleForm(form.body);
    const known = await postForm(t, '/quen-mat-khau', { account: 'quen@example.vn' });
    const unknown = await postForm(t, '/quen-mat-khau', { account: 'khong.ai@example.vn' });
    expect(known.statusCode).toBe(303);
    expect(unknown.statusCode).toBe(303);
    const shape = (location: string) => location.replace(/tai-khoan=[^&]+/, 'tai-khoan=…');
    expect(shape(String(known.headers.location))).toBe(shape(String(unknown.headers.location)));
    const [knownPage, unknownPage] = await Promise.all([
      getPage(t, String(known.headers.location)),
      getPage(t, String(unknown.headers.location)),
    ]);
    expect(knownPage.body.replace('quen@example.vn', 'X')).toBe(
      unknownPage.body.replace('khong.ai@example.vn', 'X'),
    );
    expect(visibleText(knownPage.body)).toContain(
      'Nếu email hoặc số điện thoại này đã đăng ký tài khoản, mã đặt lại mật khẩu đã được gửi tới đó.',
    );
    expectAccessibleForm(knownPage.body);
    const [message] = (await codeMessages(t, 'quen@example.vn')).slice(-1);
    expect(message?.subject).toContain('Mã đặt lại mật khẩu');
    expect(message?.bodyText).toContain('Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này');
    expect(await codeMessages(t, 'khong.ai@example.vn')).toEqual([]);
  });

  it('sets the new password with the code and ends every session of the account', async () => {
    const phone = await signInThroughPage(t, 'quen@example.vn', STRONG_PASSWORD);
    const laptop = await signInThroughPage(t, 'quen@example.vn', STRONG_PASSWORD);
    expect((await getPage(t, '/tai-khoan', phone)).statusCode).toBe(200);
    await t.db.db
      .updateTable('accountCodes')
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .execute();
    await postForm(t, '/quen-mat-khau', { account: 'quen@example.vn' });
    const code = await lastCode(t, 'quen@example.vn');

    const weak = await postForm(t, '/dat-lai-mat-khau', {
      account: 'quen@example.vn',
      code,
      password: 'ngan',
      passwordConfirm: 'ngan',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toMatch(
      /id="password-loi"><span class="visually-hidden">Lỗi: <\/span>Mật khẩu cần ít nhất 10 ký tự/,
    );
    expectAccessibleForm(weak.body);

    const done = await postForm(
      t,
      '/dat-lai-mat-khau',
      { account: 'quen@example.vn', code, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      laptop,
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/dang-nhap?tai-khoan=quen%40example.vn&thong-bao=da-dat-lai');
    expect(done.cookies.find((c) => c.name === 'congso_portal')?.value).toBe('');
    for (const cookie of [phone, laptop])
      expect((await getPage(t, '/tai-khoan', cookie)).statusCode).toBe(303);

    const old = await postForm(t, '/dang-nhap', { account: 'quen@example.vn', password: STRONG_PASSWORD });
    expect(old.statusCode).toBe(422);
    await signInThroughPage(t, 'quen@example.vn', NEW_PASSWORD);
    // the code was used up
    const again = await postForm(t, '/dat-lai-mat-khau', {
      account: 'quen@example.vn',
      code,
      password: 'Mot-Mat-Khau-Khac-9',
      passwordConfirm: 'Mot-Mat-Khau-Khac-9',
    });
    expect(again.statusCode).toBe(422);
    expect(visibleText(again.body)).toContain('Mã không đúng hoặc đã hết hiệu lực');
    const reset = await t.db.db
      .selectFrom('auditLog')
      .select(['actorName', 'summary'])
      .where('action', '=', 'applicant.password.reset')
      .executeTakeFirstOrThrow();
    expect(reset).toMatchObject({ actorName: 'quen@example.vn', summary: { verified: 'before' } });
  });

  it('gives an address registered by someone else back to its owner: the reset verifies it', async () => {
    // someone registers another person's number and never verifies it
    await postForm(t, '/dang-ky', {
      kind: 'citizen',
      account: '0339123456',
      displayName: 'Kẻ Chiếm Chỗ',
      password: STRONG_PASSWORD,
      passwordConfirm: STRONG_PASSWORD,
    });
    const taken = await postForm(t, '/dang-ky', {
      kind: 'citizen',
      account: '0339123456',
      displayName: 'Chủ Thật',
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(visibleText(taken.body)).toContain('chọn “Quên mật khẩu”');
    await t.db.db
      .updateTable('accountCodes')
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .execute();
    await postForm(t, '/quen-mat-khau', { account: '0339 123 456' });
    const sms = (await codeMessages(t, '0339123456')).at(-1);
    expect(sms?.bodyText).toMatch(/^\d{6} là mã đặt lại mật khẩu dịch vụ công/);
    const code = await lastCode(t, '0339123456');
    const done = await postForm(t, '/dat-lai-mat-khau', {
      account: '0339123456',
      code,
      password: NEW_PASSWORD,
      passwordConfirm: NEW_PASSWORD,
    });
    expect(done.statusCode).toBe(303);
    // verified by the reset: the owner signs in with their own password, the squatter's is gone
    await signInThroughPage(t, '0339123456', NEW_PASSWORD);
    expect(
      (await postForm(t, '/dang-nhap', { account: '0339123456', password: STRONG_PASSWORD })).statusCode,
    ).toBe(422);
  });

  it('asks again for a code with the same neutral answer, and counts wrong codes', async () => {
    const resend = await postForm(t, '/dat-lai-mat-khau', {
      account: 'khong.ai@example.vn',
      action: 'resend',
    });
    expect(resend.statusCode).toBe(303);
    expect(visibleText((await getPage(t, String(resend.headers.location))).body)).toContain(
      'Nếu thông tin bạn nhập đúng, một mã mới đã được gửi.',
    );
    await t.db.db
      .updateTable('accountCodes')
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .execute();
    await postForm(t, '/quen-mat-khau', { account: 'quen@example.vn' });
    const code = await lastCode(t, 'quen@example.vn');
    const wrong = await postForm(t, '/dat-lai-mat-khau', {
      account: 'quen@example.vn',
      code: code === '999999' ? '000000' : '999999',
      password: 'Mot-Mat-Khau-Khac-9',
      passwordConfirm: 'Mot-Mat-Khau-Khac-9',
    });
    expect(wrong.statusCode).toBe(422);
    expect(visibleText(wrong.body)).toContain('Mã không đúng. Bạn còn 4 lần thử.');
    expect(wrong.body).toContain('value="quen@example.vn"');
    expect(wrong.body).not.toContain('Mot-Mat-Khau-Khac-9');
  });
});
