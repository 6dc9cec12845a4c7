import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { launchBrowser, noBrowser } from './support/browser.ts';
import { receiveAtCounter } from './support/dossiers.ts';
import { team } from './support/staff.ts';

/**
 * The sync with the National Public Service Portal, as the province's system administrator watches it: the
 * platform runs against a stand-in portal on loopback. While the portal refuses what it is sent, a dossier
 * just received waits in "Chưa gửi được" with the portal's reason; once the portal accepts again, "Gửi lại"
 * sends it at once, and the request log shows what went and what came back.
 */

const stubControl = inject('e2ePortalStubControl');

async function portalAnswers(mode: 'ok' | 'reject'): Promise<void> {
  const response = await fetch(stubControl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  expect(response.status).toBe(200);
}

/** A card of the page by the start of its title (the problems' title ends with their count). */
const cardTitled = (page: Page, title: string) =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

const rowOf = (scope: Locator, code: string) => scope.getByRole('row').filter({ hasText: code });

describe.skipIf(noBrowser)('national portal sync', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await portalAnswers('ok');
    await browser?.close();
  });

  test('a dossier the portal refused waits with the reason, and goes through when sent again', async () => {
    const { as, done } = team(browser);
    await portalAnswers('reject');
    const counter = await as('motcua.ttpvhcc');
    const code = await receiveAtCounter(
      counter,
      { search: 'bo nhiem thua phat lai', option: /^1\.008922 – Bổ nhiệm Thừa phát lại$/ },
      { name: 'Lê Văn Đồng', personalId: '010090054321' },
    );

    const page = await as('admin');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đồng bộ DVC quốc gia' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Đồng bộ Cổng Dịch vụ công quốc gia' }).waitFor();
    const problems = cardTitled(page, 'Chưa gửi được');
    const refused = rowOf(problems, code);
    // the page asks again every 10 s; the first attempt may still be on its way when it opens
    await expect
      .poll(() => refused.textContent())
      .toMatch(/Tiếp nhận hồ sơ.*Đang thử gửi lại.*Dữ liệu không hợp lệ/);
    await expectAccessible(page, 'the sync page with a line not delivered');

    // the portal is fixed; the administrator sends the line again without waiting for the next attempt
    await portalAnswers('ok');
    await refused.getByRole('button', { name: `Gửi lại dòng đồng bộ của hồ sơ ${code}` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi lại', exact: true }).click();
    await page.getByText('Đã đưa vào hàng đợi gửi lại').waitFor();
    await expect.poll(() => refused.count()).toBe(0);

    // the log, narrowed to the dossier: the refusals, then the record the portal took
    const requests = cardTitled(page, 'Các lần gửi gần nhất');
    await requests.getByLabel('Tìm theo mã hồ sơ').fill(code);
    await requests.getByLabel('Tìm theo mã hồ sơ').press('Enter');
    const sent = rowOf(requests, code);
    const accepted = sent.filter({ hasText: 'Đã nhận' });
    // receiving calls for two records: the dossier, then its progress
    await expect.poll(() => accepted.count()).toBe(2);
    expect(await accepted.allTextContents()).toEqual([
      expect.stringMatching(/Cập nhật tiến độ xử lýCapNhatTienDoHoSoMCĐã nhận/),
      expect.stringMatching(/Đồng bộ hồ sơDongBoHoSoMCĐã nhận/),
    ]);
    expect(await sent.filter({ hasText: 'Không nhận' }).first().textContent()).toMatch(
      /DongBoHoSoMCKhông nhận.*Dữ liệu không hợp lệ/,
    );
    await accepted.last().getByRole('button', { name: 'Mở rộng dòng' }).click();
    const payload = requests.getByTestId('sync-payload');
    await expect.poll(() => payload.textContent()).toContain(`"MaHoSo": "${code}"`);
    expect(await payload.textContent()).not.toContain('session');

    await done();
  });
});
