import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  codeMessages,
  getPage,
  lastCode,
  portalCookie,
  postForm,
  registerVerified,
  STRONG_PASSWORD,
  visibleText,
} from '../../../test/fixtures/account-pages.ts';

/**
 * `tiep`: a signed-out applicant who clicks “Nộp hồ sơ trực tuyến” is sent to sign in; without an account
 * they register, enter the code and sign in — and must land back on the application, never on another site.
 * The pages are followed as a browser would: the links' hrefs, the forms' hidden fields.
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://dichvucong.example.vn' });
});

const APPLICATION = '/nop-ho-so/1.002153?buoc=2&loai=truc-tuyen';
const FOREIGN = ['https://evil.example/x', '//evil.example'];

const attributeText = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** The href of the link reading `text` in the page's content (not the site header's). */
function linkTo(html: string, text: string): string {
  const links = [...html.slice(html.indexOf('<h1')).matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)];
  const link = links.find((m) => m[2] === text);
  if (!link) throw new Error(`no link “${text}”`);
  return attributeText(link[1]!);
}

/** What the page's hidden `tiep` field sends with its form ('' when it has none, as a browser would). */
function hiddenNext(html: string): string {
  const field = /<input type="hidden" name="tiep" value="([^"]*)">/.exec(html);
  return field ? attributeText(field[1]!) : '';
}

function location(response: { headers: Record<string, unknown> }): string {
  return String(response.headers.location);
}

/** The page to enter the code on, as linked from the last email sent to `to`. */
async function emailedLink(to: string): Promise<URL> {
  const text = (await codeMessages(t, to)).at(-1)?.bodyText ?? '';
  const link = /https:\/\/dichvucong\.example\.vn\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no link sent to ${to}`);
  return new URL(link);
}

const registration = (account: string) => ({
  kind: 'citizen',
  account,
  displayName: 'Phạm Văn Dũng',
  idNumber: '',
  password: STRONG_PASSWORD,
  passwordConfirm: STRONG_PASSWORD,
});

describe('coming back to the page that asked for signing in (tiep)', () => {
  it('keeps the application through register → code → sign in, and lands on it', async () => {
    const account = 'dung.pham@example.vn';
    const signIn = await getPage(t, `/dang-nhap?tiep=${encodeURIComponent(APPLICATION)}`);
    const form = await getPage(t, linkTo(signIn.body, 'Đăng ký'));
    expect(form.statusCode).toBe(200);
    expect(hiddenNext(form.body)).toBe(APPLICATION);
    expect(linkTo(form.body, 'Đăng nhập')).toBe(`/dang-nhap?tiep=${encodeURIComponent(APPLICATION)}`);

    // a refused post keeps it too
    const refused = await postForm(t, '/dang-ky', {
      ...registration(account),
      passwordConfirm: 'khac',
      tiep: hiddenNext(form.body),
    });
    expect(refused.statusCode).toBe(422);
    expect(hiddenNext(refused.body)).toBe(APPLICATION);

    const registered = await postForm(t, '/dang-ky', {
      ...registration(account),
      tiep: hiddenNext(refused.body),
    });
    expect(registered.statusCode).toBe(303);
    // the link in the email, opened instead of the page, keeps it as well
    expect((await emailedLink(account)).searchParams.get('tiep')).toBe(APPLICATION);

    // not verified yet: signing in leads to the code page, still on the way to the application
    const early = await postForm(t, '/dang-nhap', {
      account,
      password: STRONG_PASSWORD,
      tiep: hiddenNext(signIn.body),
    });
    expect(new URL(location(early), 'http://x').searchParams.get('tiep')).toBe(APPLICATION);

    const codePage = await getPage(t, location(registered));
    expect(visibleText(codePage.body)).toContain(`Mã xác thực gồm 6 chữ số đã được gửi tới ${account}`);
    expect(hiddenNext(codePage.body)).toBe(APPLICATION);
    const resent = await postForm(t, '/xac-thuc', {
      account,
      action: 'resend',
      tiep: hiddenNext(codePage.body),
    });
    expect(hiddenNext((await getPage(t, location(resent))).body)).toBe(APPLICATION);

    const verified = await postForm(t, '/xac-thuc', {
      account,
      code: await lastCode(t, account),
      tiep: hiddenNext(codePage.body),
    });
    expect(verified.statusCode).toBe(303);
    const signInAgain = await getPage(t, location(verified));
    expect(visibleText(signInAgain.body)).toContain('Tài khoản đã được xác thực. Mời bạn đăng nhập.');

    const signedIn = await postForm(t, '/dang-nhap', {
      account,
      password: STRONG_PASSWORD,
      tiep: hiddenNext(signInAgain.body),
    });
    expect(signedIn.statusCode).toBe(303);
    expect(location(signedIn)).toBe(APPLICATION);
    const session = portalCookie(signedIn);
    // signed in, a link to register goes straight on
    expect(location(await getPage(t, `/dang-ky?tiep=${encodeURIComponent(APPLICATION)}`, session))).toBe(
      APPLICATION,
    );
  });

  it('keeps it through a forgotten password too', async () => {
    const account = 'quen.tiep@example.vn';
    await registerVerified(t, account);
    const signIn = await getPage(t, `/dang-nhap?tiep=${encodeURIComponent(APPLICATION)}`);
    const forgot = await getPage(t, linkTo(signIn.body, 'Quên mật khẩu?'));
    expect(hiddenNext(forgot.body)).toBe(APPLICATION);
    expect(linkTo(forgot.body, 'Quay lại đăng nhập')).toBe(
      `/dang-nhap?tiep=${encodeURIComponent(APPLICATION)}`,
    );

    const asked = await postForm(t, '/quen-mat-khau', { account, tiep: hiddenNext(forgot.body) });
    expect((await emailedLink(account)).searchParams.get('tiep')).toBe(APPLICATION);
    const resetPage = await getPage(t, location(asked));
    expect(hiddenNext(resetPage.body)).toBe(APPLICATION);
    const password = 'Ruong-Bac-Thang-2027';
    const reset = await postForm(t, '/dat-lai-mat-khau', {
      account,
      code: await lastCode(t, account),
      password,
      passwordConfirm: password,
      tiep: hiddenNext(resetPage.body),
    });
    expect(reset.statusCode).toBe(303);
    const signInAgain = await getPage(t, location(reset));
    expect(visibleText(signInAgain.body)).toContain('Mật khẩu đã được đặt lại.');

    const signedIn = await postForm(t, '/dang-nhap', {
      account,
      password,
      tiep: hiddenNext(signInAgain.body),
    });
    expect(location(signedIn)).toBe(APPLICATION);
  });

  it.each(FOREIGN)(
    'never carries another site (%s): the applicant lands on the home page',
    async (foreign) => {
      const account = `la.${FOREIGN.indexOf(foreign)}@example.vn`;
      const signIn = await getPage(t, `/dang-nhap?tiep=${encodeURIComponent(foreign)}`);
      expect(linkTo(signIn.body, 'Đăng ký')).toBe('/dang-ky');

      // a crafted link or post carrying it straight to each step
      const form = await getPage(t, `/dang-ky?tiep=${encodeURIComponent(foreign)}`);
      expect(hiddenNext(form.body)).toBe('');
      expect(form.body).not.toContain('evil.example');
      const registered = await postForm(t, '/dang-ky', { ...registration(account), tiep: foreign });
      expect(location(registered)).toBe(`/xac-thuc?tai-khoan=${encodeURIComponent(account)}&thong-bao=gui`);
      expect((await emailedLink(account)).searchParams.has('tiep')).toBe(false);
      const codePage = await getPage(t, `${location(registered)}&tiep=${encodeURIComponent(foreign)}`);
      expect(codePage.body).not.toContain('evil.example');

      const verified = await postForm(t, '/xac-thuc', {
        account,
        code: await lastCode(t, account),
        tiep: foreign,
      });
      expect(location(verified)).toBe(
        `/dang-nhap?tai-khoan=${encodeURIComponent(account)}&thong-bao=da-xac-thuc`,
      );

      const signedIn = await postForm(t, '/dang-nhap', { account, password: STRONG_PASSWORD, tiep: foreign });
      expect(signedIn.statusCode).toBe(303);
      expect(location(signedIn)).toBe('/');
    },
  );
});
