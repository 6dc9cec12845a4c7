import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import {
  choose,
  expectAbsent,
  login,
  logout,
  menuEntries,
  SPECIALIST_MENU,
  SYSTEM_ADMINISTRATOR_MENU,
  submitLogin,
  tableRows,
} from './support/flows.ts';

/**
 * A system administrator sets up a new agency with an official and an account; the new specialist then
 * logs in, changes the administrator-set password, and sees only what the role allows.
 */
describe.skipIf(noBrowser)('system administrator creates an agency, an official and an account', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const suffix = Date.now().toString(36).slice(-4);
  const agencyName = `Sở Chuyển đổi số thử nghiệm ${suffix}`;
  const officialName = 'Hoàng Thị Thu Trang';
  const username = `trang.cds${suffix}`;
  const firstPassword = 'Khoi-Tao#2026';
  const ownPassword = 'Rieng-Tu#2026!';

  test('the whole journey', async () => {
    const { context, page, pageErrors } = await openSession(browser);

    // 1. the administrator opens the province's People's Committee and adds a unit under it
    await login(page, 'admin');
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    expect(await menuEntries(page)).toEqual(SYSTEM_ADMINISTRATOR_MENU);
    await page.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Lào Cai', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Ủy ban nhân dân tỉnh Lào Cai' }).waitFor();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const agencyDialog = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
    await agencyDialog.waitFor();
    await agencyDialog.getByLabel('Tên cơ quan').fill(agencyName);
    await agencyDialog.getByLabel('Chữ viết tắt').fill('SCDS');
    await agencyDialog.getByLabel('Mã định danh').fill('000.00.90.H38');
    // the administrative unit is found on the server without diacritics
    await choose(page, agencyDialog.getByLabel('Đơn vị hành chính'), 'tinh lao cai', 'Tỉnh Lào Cai');
    await agencyDialog.getByLabel('Địa chỉ').fill('Khu hành chính tỉnh, phường Yên Bái, tỉnh Lào Cai');
    await agencyDialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: agencyName }).waitFor();
    await page.getByText('000.00.90.H38').first().waitFor();
    await page.getByText('Đã thêm cơ quan').waitFor();

    // 2. an official in the new agency
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const officialDialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await officialDialog.getByLabel('Họ và tên').fill(officialName);
    await officialDialog.getByLabel('Chức vụ').fill('Chuyên viên');
    await officialDialog.getByRole('button', { name: 'Lưu' }).click();
    await officialDialog.waitFor({ state: 'hidden' });
    const officialRow = tableRows(page.getByRole('tabpanel')).filter({ hasText: officialName });
    await officialRow.waitFor();
    expect(await officialRow.textContent()).toContain('Chưa có');

    // 3. an account for that official, with the specialist role and a first password
    await page.getByRole('tab', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Tạo tài khoản cho cán bộ' });
    await choose(page, userDialog.getByLabel('Cán bộ', { exact: true }), 'trang', officialName);
    // a username is suggested from the name; we choose our own
    await expect.poll(() => userDialog.getByLabel('Tên đăng nhập').inputValue()).toMatch(/^tranghtt\.scds$/);
    await userDialog.getByLabel('Tên đăng nhập').fill(username);
    await userDialog.getByLabel('Mật khẩu ban đầu').fill(firstPassword);
    await choose(page, userDialog.getByLabel('Vai trò'), '', 'Chuyên viên');
    expect(await userDialog.getByLabel('Bắt buộc đổi mật khẩu khi đăng nhập lần đầu').isChecked()).toBe(true);
    await userDialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('heading', { name: `Tài khoản ${username}` }).waitFor();
    await page.getByText('Chờ đổi mật khẩu').waitFor();
    const roles = page.locator('.ant-card').filter({ has: page.getByText('Vai trò', { exact: true }) });
    expect(await tableRows(roles).textContent()).toContain('Chuyên viên');
    expect(await tableRows(roles).textContent()).toContain(agencyName);
    await logout(page);

    // 4. the new user must replace the administrator's password first
    await submitLogin(page, username, firstPassword);
    await page.waitForURL(/\/staff\/change-password/);
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill(firstPassword);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(ownPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(ownPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/staff\/agencies/);
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    await expect.poll(() => page.getByTestId('header-agency').textContent()).toBe(agencyName);

    // 5. a specialist reads the directory but manages nothing
    expect(await menuEntries(page)).toEqual(SPECIALIST_MENU);
    await expectAbsent(page.getByRole('button', { name: 'Thêm cơ quan' }));
    await page.getByLabel('Tìm cơ quan').fill('chuyen doi so thu nghiem');
    await page.getByLabel('Tìm cơ quan').press('Enter');
    await page.getByRole('link', { name: agencyName }).click();
    await page.getByRole('heading', { name: agencyName }).waitFor();
    await page.getByText('Khu hành chính tỉnh, phường Yên Bái, tỉnh Lào Cai').waitFor();
    for (const name of ['Sửa', 'Thêm đơn vị trực thuộc', 'Ngừng hoạt động']) {
      await expectAbsent(page.getByRole('button', { name, exact: true }));
    }
    await expectAbsent(page.getByRole('tab', { name: 'Tài khoản' }));
    await page.getByRole('tab', { name: 'Phòng, ban' }).click();
    await page.getByRole('tabpanel').getByText('Chưa có phòng, ban nào').waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Thêm phòng, ban' }));
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await tableRows(page.getByRole('tabpanel')).filter({ hasText: officialName }).waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Thêm cán bộ' }));
    await expectAbsent(page.getByRole('columnheader', { name: 'Mức tiếp cận văn bản mật' }));
    await expectAbsent(page.getByRole('button', { name: /^Sửa cán bộ/ }));

    // pages and API calls beyond the role are refused
    await page.goto('/staff/users');
    await page.getByText('Không có quyền truy cập').waitFor();
    const forbidden = async (method: 'get' | 'post' | 'patch', path: string, data?: unknown) => {
      const response = await page.request[method](path, data === undefined ? {} : { data });
      return response.status();
    };
    expect(await forbidden('get', '/api/users')).toBe(403);
    expect(await forbidden('get', '/api/audit')).toBe(403);
    expect(
      await forbidden('post', '/api/agencies', {
        parentId: null,
        level: 'province',
        name: 'Cơ quan không được phép',
        abbreviation: 'KDP',
      }),
    ).toBe(403);
    expect(
      await forbidden('post', '/api/roles', {
        key: 'thu_nghiem',
        nameVi: 'Thử',
        nameEn: 'Try',
        permissions: [],
      }),
    ).toBe(403);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
