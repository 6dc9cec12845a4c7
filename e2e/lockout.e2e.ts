import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import { DEMO_PASSWORD, submitLogin } from './support/flows.ts';

/** Five wrong passwords lock the account; during the lock even the right password is refused. */
describe.skipIf(noBrowser)('login lockout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('five wrong attempts show the lockout, then the right password is refused too', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await page.goto('/staff/login');
    const error = page.getByTestId('login-error');
    /** one attempt, waiting for the server's answer; returns its status */
    const attempt = async (password: string) => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
        submitLogin(page, 'vanthu.camduong', password),
      ]);
      await error.waitFor();
      return response.status();
    };
    for (let n = 1; n <= 4; n++) {
      expect(await attempt(`Sai-mat-khau-${n}`)).toBe(401);
      expect(await error.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    }
    expect(await attempt('Sai-mat-khau-5')).toBe(429);
    expect(await error.textContent()).toContain('Tài khoản tạm thời bị khóa');
    expect(await error.textContent()).toMatch(/Đăng nhập sai nhiều lần\. Vui lòng thử lại sau \d+ giây\./);

    // the right password during the lock: still refused, with the same explanation
    expect(await attempt(DEMO_PASSWORD)).toBe(429);
    expect(await error.textContent()).toMatch(
      /Tài khoản tạm thời bị khóa[\s\S]*Vui lòng thử lại sau \d+ giây/,
    );
    expect(page.url()).toContain('/staff/login');
    expect(await page.request.get('/api/me').then((r) => r.status())).toBe(401);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
