import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import { login } from './support/flows.ts';

/** What the server finds wrong is shown under the field concerned, in its Vietnamese words. */
describe.skipIf(noBrowser)('server field errors on forms', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a bad agency code and abbreviation are explained at their fields', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await login(page, 'admin');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
    await dialog.getByLabel('Tên cơ quan').fill('Cơ quan thử lỗi');
    await dialog.getByLabel('Chữ viết tắt').fill('co quan');
    await dialog.getByLabel('Mã định danh').fill('123');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    const code = dialog.getByLabel('Mã định danh');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const codeHelp = dialog.locator(`#${await code.getAttribute('id')}_help`);
    expect(await codeHelp.textContent()).toContain('Mã định danh phải có đúng 13 ký tự (đang có 3)');
    const abbreviation = dialog.getByLabel('Chữ viết tắt');
    const abbreviationHelp = dialog.locator(`#${await abbreviation.getAttribute('id')}_help`);
    expect(await abbreviationHelp.textContent()).toContain(
      'Chữ viết tắt gồm chữ cái và chữ số, bắt đầu bằng chữ in hoa, không dấu cách',
    );
    // the dialog stays open with what was typed
    expect(await dialog.getByLabel('Tên cơ quan').inputValue()).toBe('Cơ quan thử lỗi');

    // corrected, the code must still fit under the parent's block (server rule)
    await code.fill('000.00.91.H39');
    await abbreviation.fill('CQTL');
    // pick the parent, and make sure the choice took before saving (a click during the dropdown's
    // opening animation can be lost on a busy machine)
    // (the dropdown lives outside the dialog, so the name inside the dialog is the chosen value)
    const parentChosen = dialog.getByText('Ủy ban nhân dân tỉnh Lào Cai', { exact: true });
    for (let attempt = 0; attempt < 3 && (await parentChosen.count()) === 0; attempt++) {
      await dialog.getByLabel('Cơ quan cấp trên').click();
      await page
        .locator('.ant-select-tree-node-content-wrapper', { hasText: /^Ủy ban nhân dân tỉnh Lào Cai$/ })
        .click();
      await page.waitForTimeout(300);
    }
    await expect.poll(() => parentChosen.count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => codeHelp.textContent())
      .toContain('Mã định danh phải thuộc khối mã của cơ quan cấp trên (000.00.00.H38)');
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    // a weak new password, refused with the server's reasons
    await page.goto('/staff/account');
    await page.getByLabel('Mật khẩu hiện tại').fill('CongSo@2026');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const help = page.locator('#change-password_newPassword_help');
    await expect.poll(() => help.textContent()).toContain('Mật khẩu cần ít nhất 10 ký tự');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
