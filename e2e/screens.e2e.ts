import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LAPTOP, launchBrowser, noBrowser, openSession, TABLET } from './support/browser.ts';
import { login, tableRows } from './support/flows.ts';

/**
 * The main screens on a laptop and on a tablet: each must fit the width (no sideways scrolling of the
 * page; wide tables scroll inside themselves). With E2E_SCREENSHOTS=<folder> every screen is also saved
 * as a picture for a person to look at.
 */
const dir = process.env.E2E_SCREENSHOTS;

describe.skipIf(noBrowser)('main screens fit a laptop and a tablet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    if (dir) mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const shoot = async (page: Page, name: string, size: string) => {
    await page.waitForLoadState('networkidle');
    await page
      .locator('.ant-spin-spinning')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, `${name} at ${size} is wider than the screen`).toBeLessThanOrEqual(0);
    if (dir) await page.screenshot({ path: path.join(dir, `${name}-${size}.png`), animations: 'disabled' });
  };

  for (const [size, viewport] of [
    ['1366x768', LAPTOP],
    ['820x1180', TABLET],
  ] as const) {
    test(`main screens at ${size}`, async () => {
      const { context, page } = await openSession(browser, viewport);
      await page.goto('/staff/login');
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      await shoot(page, '01-login', size);
      await login(page, 'quantri.snv');
      await tableRows(page).first().waitFor();
      await shoot(page, '02-agencies', size);
      await page.goto('/staff/agencies?q=so+noi+vu');
      await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
      await page.getByRole('heading', { name: 'Sở Nội vụ' }).waitFor();
      await shoot(page, '03-agency-info', size);
      await page.getByRole('tab', { name: 'Cán bộ' }).click();
      await tableRows(page.getByRole('tabpanel')).first().waitFor();
      await shoot(page, '04-agency-officials', size);
      await page.getByRole('button', { name: 'Sửa', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, '05-agency-edit', size);
      await page.getByRole('button', { name: 'Hủy' }).click();
      await page.goto('/staff/officials');
      await tableRows(page).first().waitFor();
      await shoot(page, '06-officials', size);
      await page.goto('/staff/users');
      await tableRows(page).first().waitFor();
      await shoot(page, '07-users', size);
      await page.getByRole('link', { name: 'lanhdao.snv' }).click();
      await page.getByRole('heading', { name: 'Tài khoản lanhdao.snv' }).waitFor();
      await shoot(page, '08-user-detail', size);
      await page.goto('/staff/roles');
      await tableRows(page).first().waitFor();
      await shoot(page, '09-roles', size);
      await page.goto('/staff/audit');
      await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
      await shoot(page, '10-audit', size);
      await page.goto('/staff/account');
      await page.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
      await shoot(page, '11-account', size);
      await context.close();
    });
  }
});
