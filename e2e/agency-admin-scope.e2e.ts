import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser, openSession } from './support/browser.ts';
import {
  AGENCY_ADMINISTRATOR_MENU,
  DEMO_PASSWORD,
  expectAbsent,
  menuEntries,
  submitLogin,
  tableRows,
} from './support/flows.ts';

/** The administrator of Sở Nội vụ manages that department's accounts and nothing of Sở Tài chính. */
describe.skipIf(noBrowser)('agency administrator stays within their agency', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('sees the accounts of Sở Nội vụ only and cannot manage Sở Tài chính', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    // a bookmarked page: the login comes first, then the page itself
    await page.goto('/staff/users?q=snv');
    await page.waitForURL(/\/staff\/login\?redirect=/);
    await submitLogin(page, 'quantri.snv', DEMO_PASSWORD);
    await page.waitForURL(/\/staff\/users\?q=snv$/);
    expect(await page.getByLabel('Tìm tài khoản').inputValue()).toBe('snv');
    expect(await menuEntries(page)).toEqual(AGENCY_ADMINISTRATOR_MENU);

    // accounts: only Sở Nội vụ's four
    await page.getByRole('link', { name: 'Tài khoản người dùng' }).click();
    await page.waitForURL(/\/staff\/users$/);
    await page.getByRole('heading', { name: 'Tài khoản người dùng' }).waitFor();
    const rows = tableRows(page);
    await expect.poll(() => rows.count()).toBe(4);
    for (const text of await rows.allTextContents()) expect(text).toContain('Sở Nội vụ');
    expect((await rows.allTextContents()).join('\n')).not.toContain('Sở Tài chính');
    await page.getByText('Tổng cộng 4').waitFor();

    // its own agency: full management buttons
    await page.goto('/staff/agencies?q=so+noi+vu');
    await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
    await page.getByRole('heading', { name: 'Sở Nội vụ' }).waitFor();
    await page.getByRole('button', { name: 'Sửa', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await page.getByRole('button', { name: 'Thêm cán bộ' }).waitFor();
    await page.getByRole('columnheader', { name: 'Mức tiếp cận văn bản mật' }).waitFor();

    // Sở Tài chính, found without diacritics: read-only
    await page.goto('/staff/agencies');
    await page.getByLabel('Tìm cơ quan').fill('so tai chinh');
    await page.getByLabel('Tìm cơ quan').press('Enter');
    await page.getByRole('link', { name: 'Sở Tài chính', exact: true }).click();
    await page.getByRole('heading', { name: 'Sở Tài chính' }).waitFor();
    const stcId = page.url().split('/agencies/')[1]?.split('?')[0] ?? '';
    for (const name of ['Sửa', 'Thêm đơn vị trực thuộc', 'Ngừng hoạt động']) {
      await expectAbsent(page.getByRole('button', { name, exact: true }));
    }
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await tableRows(page.getByRole('tabpanel')).first().waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Thêm cán bộ' }));
    await expectAbsent(page.getByRole('columnheader', { name: 'Mức tiếp cận văn bản mật' }));
    await page.getByRole('tab', { name: 'Tài khoản' }).click();
    await page.getByRole('tabpanel').getByText('Không có tài khoản nào phù hợp').waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Tạo tài khoản' }));

    // and the server agrees
    const patch = await page.request.patch(`/api/agencies/${stcId}`, { data: { phone: '0216 3999 999' } });
    expect(patch.status()).toBe(403);
    const created = await page.request.post('/api/officials', {
      data: { agencyId: stcId, fullName: 'Người Ngoài Quyền' },
    });
    expect(created.status()).toBe(403);
    const users = await page.request.get(`/api/users?agencyId=${stcId}`);
    expect((await users.json()).total).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
