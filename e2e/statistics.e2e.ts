import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, noBrowser } from './support/browser.ts';
import { openMenu, team } from './support/staff.ts';

/**
 * The two statistics pages, which share their layout: the one-stop statistics of the provincial service
 * centre show the demo dossiers it received and the QĐ 766 indicator groups; Sở Nội vụ's leader sees the
 * document statistics of the agency.
 */

describe.skipIf(noBrowser)('statistics', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('one-stop figures and indicators of the service centre; document figures of an agency', async () => {
    const people = team(browser);
    const admin = await people.as('admin');
    await openMenu(admin, 'Thống kê một cửa');
    // the centre, picked by the address of the page (what the agency picker writes)
    const agencies = (await admin.evaluate(async () => {
      const answer = await fetch('/api/dossier-statistics/agencies');
      return answer.json();
    })) as { items?: { id: string; name: string }[] } | { id: string; name: string }[];
    const list = Array.isArray(agencies) ? agencies : (agencies.items ?? []);
    const centre = list.find((a) => a.name === 'Trung tâm Phục vụ hành chính công tỉnh');
    expect(centre).toBeDefined();
    await admin.goto(`${baseUrl}/staff/dossiers/statistics?agencyId=${centre!.id}`);
    await admin.getByRole('heading', { name: 'Thống kê một cửa' }).waitFor();
    await admin.getByText('Trung tâm Phục vụ hành chính công tỉnh', { exact: true }).first().waitFor();
    // the demo received two dossiers at the counter this year (one late, one in progress)
    const received = admin
      .locator('.ant-card, .ant-statistic')
      .filter({ hasText: 'Tiếp nhận trong kỳ' })
      .first();
    await received.waitFor();
    const number = Number(
      (await received.innerText()).match(/Tiếp nhận trong kỳ\s*([\d.]+)/)?.[1]?.replace(/\./g, ''),
    );
    expect(number).toBeGreaterThanOrEqual(2);
    await admin.getByText('Chỉ số đánh giá chất lượng phục vụ (QĐ 766/QĐ-TTg)').waitFor();
    for (const group of ['Tiến độ, kết quả giải quyết', 'Số hóa hồ sơ', 'Cung cấp dịch vụ trực tuyến'])
      await admin.getByText(group, { exact: false }).first().waitFor();

    const leader = await people.as('lanhdao.snv');
    await openMenu(leader, 'Thống kê văn bản');
    await leader.getByText('Sở Nội vụ', { exact: true }).first().waitFor();
    await leader.getByRole('tab', { name: 'Theo tháng' }).first().waitFor();
    await people.done();
  });
});
