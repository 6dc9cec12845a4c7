import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import { DEMO_PASSWORD, login, logout, submitLogin } from './support/flows.ts';
import { authenticatorCode } from './support/totp.ts';

/** A user turns on two-factor authentication with the QR code, logs in with a code, and turns it off. */
describe.skipIf(noBrowser)('two-factor authentication', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('set up, log in with the code, turn off', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await login(page, 'lanhdao.stc');
    await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
    await page.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
    await page.getByRole('button', { name: 'Cài đặt xác thực hai lớp' }).click();
    await page.getByLabel('Mã QR để cài đặt ứng dụng xác thực').waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Mã 6 chữ số').fill(authenticatorCode(secret));
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByText('Đang bật').waitFor();
    await logout(page);

    // the password alone is not enough any more
    await submitLogin(page, 'lanhdao.stc', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Xác thực hai lớp' }).waitFor();
    await page.getByLabel('Mã xác thực').fill(authenticatorCode(secret, Date.now() - 10 * 60_000));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('Mã xác thực hai lớp không đúng');
    await page.getByLabel('Mã xác thực').fill(authenticatorCode(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL(/\/staff\/agencies/);

    // turned off again with the password
    await page.goto('/staff/account');
    await page.getByLabel('Mật khẩu của bạn').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tắt xác thực hai lớp' }).click();
    await page.getByText('Đang tắt').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
