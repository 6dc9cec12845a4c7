import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import { DEMO_PASSWORD, menuEntries } from './support/flows.ts';

/** Vietnamese by default; English on request, remembered across reloads; and back. */
describe.skipIf(noBrowser)('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('switches to English and back', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await page.goto('/staff/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();

    // on the login page
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
    await page.locator('.ant-select-item-option', { hasText: 'EN' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Username').fill('lanhdao.ubnd');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();

    // signed in, in English, Ant Design's own texts included
    await page.getByRole('heading', { name: 'Agencies' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    expect(await menuEntries(page, 'Main navigation')).toEqual([
      'My work',
      'Incoming',
      'Outgoing',
      'Registers',
      'Work files',
      'File plan',
      'Document statistics',
      'Dossiers',
      'Due and overdue',
      'Administrative procedures',
      'One-stop statistics',
      'Agencies',
      'Officials',
      'User accounts',
      'Working calendar',
      'My account',
    ]);
    await page.getByText('/ page').first().waitFor();
    expect(await page.title()).toBe('CôngSở – Staff');

    // remembered after a reload
    await page.reload();
    await page.getByRole('heading', { name: 'Agencies' }).waitFor();

    // and back to Vietnamese
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.locator('.ant-select-item-option', { hasText: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    expect(await menuEntries(page)).toEqual([
      'Việc của tôi',
      'Văn bản đến',
      'Văn bản đi',
      'Sổ văn bản',
      'Hồ sơ công việc',
      'Danh mục hồ sơ',
      'Thống kê văn bản',
      'Hồ sơ',
      'Đến hạn, quá hạn',
      'Thủ tục hành chính',
      'Thống kê một cửa',
      'Cơ quan, đơn vị',
      'Cán bộ, công chức',
      'Tài khoản người dùng',
      'Lịch làm việc',
      'Tài khoản của tôi',
    ]);
    await page.getByText('/ trang').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
