import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser } from './support/browser.ts';
import { choose, submitDialog, tableRows } from './support/flows.ts';
import { field, openMenu, signIn } from './support/staff.ts';

/**
 * Work files (hồ sơ công việc): the clerk adds a file to Sở Nội vụ's file plan for the specialist; the
 * specialist opens it from the plan, puts a document in it, sees it on the document's page, and closes it;
 * the clerk finds it by words typed without diacritics and reopens it.
 */

const stamp = Date.now().toString(36).toUpperCase();
const code = `09.${stamp}`;
const title = `Hồ sơ tổ chức hội nghị tập huấn lưu trữ ${stamp}`;

describe.skipIf(noBrowser)('work files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('planned by the clerk, opened, filled and closed by the specialist, reopened by the clerk', async () => {
    // the clerk adds an entry to this year's plan, kept by the specialist
    const clerk = await signIn(browser, 'vanthu.snv');
    let page = clerk.page;
    await openMenu(page, 'Danh mục hồ sơ');
    await page.getByRole('cell', { name: '01.TCCB', exact: true }).waitFor(); // the demo plan
    await page.getByRole('button', { name: 'Thêm hồ sơ vào danh mục' }).click();
    const add = page.getByRole('dialog', { name: /^Thêm hồ sơ vào danh mục hồ sơ năm/ });
    await field(add, 'Tên đề mục').fill('III. Công tác văn thư, lưu trữ');
    await field(add, 'Số và ký hiệu hồ sơ').fill(code.toLowerCase());
    await field(add, 'Tiêu đề hồ sơ').fill(title);
    await field(add, 'Số năm bảo quản').fill('20');
    await choose(page, field(add, 'Người lập hồ sơ'), 'Chuyên viên', /Chuyên viên$/);
    await submitDialog(add, 'Lưu');
    const entryRow = tableRows(page).filter({ hasText: code });
    await expect.poll(() => entryRow.textContent()).toContain('20 năm');

    // the specialist opens the file from the plan
    const specialist = await signIn(browser, 'chuyenvien.snv');
    page = specialist.page;
    await openMenu(page, 'Hồ sơ công việc');
    await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
    const open = page.getByRole('dialog', { name: 'Lập hồ sơ công việc' });
    await choose(page, field(open, 'Hồ sơ trong danh mục'), code, code);
    await open.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const fileUrl = page.url();

    // puts in the plan the specialist handles (a demo document), found by words without diacritics
    await choose(
      page,
      page.getByLabel('Tìm văn bản của cơ quan theo số, ký hiệu hoặc trích yếu'),
      'kiem tra cong tac van thu',
      /245\/KH-UBND/,
    );
    await page.getByRole('button', { name: 'Đưa vào hồ sơ' }).click();
    const rows = tableRows(page);
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('245/KH-UBND');

    // the document's page lists the files holding it
    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Kế hoạch 245/KH-UBND', level: 1 }).waitFor();
    const holding = page.getByRole('list', { name: 'Hồ sơ công việc' });
    await expect.poll(() => holding.textContent()).toContain(`${code} – ${title}`);

    // and closes the file: it no longer takes documents
    await page.goto(fileUrl);
    await page.getByRole('button', { name: 'Kết thúc hồ sơ' }).click();
    const close = page.getByRole('dialog', { name: 'Kết thúc hồ sơ' });
    await submitDialog(close, 'Kết thúc hồ sơ');
    await page.getByText('Đã kết thúc', { exact: true }).first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Đưa vào hồ sơ' }).count()).toBe(0);

    // the clerk finds it by words typed without diacritics, and reopens it
    page = clerk.page;
    await openMenu(page, 'Hồ sơ công việc');
    await page.getByLabel('Tìm hồ sơ').fill('hoi nghi tap huan luu tru');
    await expect.poll(() => tableRows(page).count()).toBe(1);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Mở lại hồ sơ' }).click();
    const reopen = page.getByRole('dialog', { name: 'Mở lại hồ sơ đã kết thúc' });
    await field(reopen, 'Lý do mở lại').fill('Bổ sung văn bản còn thiếu');
    await submitDialog(reopen, 'Mở lại hồ sơ');
    await page.getByText('Đang mở', { exact: true }).first().waitFor();

    for (const session of [clerk, specialist]) {
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    }
  });
});
