import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LAPTOP, launchBrowser, noBrowser, openSession, TABLET } from './support/browser.ts';
import { choose, expectAbsent, login, menuEntries, SPECIALIST_MENU, submitDialog } from './support/flows.ts';

/**
 * The working calendar (issue 3): the year's days off as month grids, the deadline calculator, the
 * schedule editor of system administrators, and agencies' working hours.
 */
const dir = process.env.E2E_SCREENSHOTS;

/** A date of the month grids, by `YYYY-MM-DD`. */
const day = (page: Page, iso: string) => page.locator(`td[data-date="${iso}"]`);

/** Opens the calendar from the menu and shows a year. */
async function openCalendar(page: Page, year: number): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Lịch làm việc' })
    .click();
  await page.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).waitFor();
  await choose(page, page.getByLabel('Năm', { exact: true }), '', new RegExp(`^${year}`));
  await page.getByText(`Lịch năm ${year}`, { exact: true }).waitFor();
  await day(page, `${year}-01-01`).waitFor();
}

/** The row number (1-based) of the day off with that name in the schedule editor. */
async function dayOffRow(page: Page, name: string): Promise<number> {
  const names = page.getByLabel(/^Tên ngày – ngày nghỉ \d+$/);
  const count = await names.count();
  for (let i = 0; i < count; i++) {
    if ((await names.nth(i).inputValue()) === name) return i + 1;
  }
  throw new Error(`no day off named ${name}`);
}

/** Saves the schedule editor's values after its confirmation, which must mention `expected`. */
async function saveSchedule(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Lưu lịch' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(expected).waitFor();
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  // the confirmation closes with an animation; until it is gone it swallows the next click
  await dialog.waitFor({ state: 'hidden' });
}

describe.skipIf(noBrowser)('working calendar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    if (dir) mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the administrator reads 2025, computes a deadline across Tết and edits 2026', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await login(page, 'admin');
    await openCalendar(page, 2025);

    // Tết 2025: Monday 27/01 to Friday 31/01 off, named, with the lunar date on hover
    for (const date of ['27', '28', '29', '30', '31']) {
      const cell = day(page, `2025-01-${date}`);
      expect(await cell.getAttribute('data-mark')).toBe('holiday');
      expect(await cell.getAttribute('aria-label')).toContain('Tết Âm lịch');
    }
    expect(await day(page, '2025-01-24').getAttribute('data-mark')).toBeNull();
    await page.getByText('27/01–31/01').waitFor();
    await day(page, '2025-01-29').hover();
    await page.getByTestId('lunar-date').getByText('Âm lịch: Mùng 1 tháng Giêng năm Ất Tỵ').waitFor();
    expect(await day(page, '2025-04-26').getAttribute('data-mark')).toBe('makeup');
    await page.getByText('6150/TB-LĐTBXH', { exact: true }).first().waitFor();

    // the same days as a list
    await page.getByText('Danh sách', { exact: true }).click();
    await page.getByRole('cell', { name: 'Tết Âm lịch (Mùng 1 tháng Giêng)' }).waitFor();
    await page.getByText('Lịch', { exact: true }).click();
    await day(page, '2025-01-01').waitFor();

    // Friday 24/01/2025 10:00 + 5 working days, across Tết
    await page.getByLabel('Bắt đầu từ').fill('24/01/2025 10:00');
    await page.getByLabel('Bắt đầu từ').press('Enter');
    await page.getByLabel('Thời hạn', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toBe('Thứ Sáu 07/02/2025 10:00');
    const skipped = page.getByRole('list', { name: 'Ngày nghỉ được bỏ qua (ngoài thứ Bảy, Chủ nhật)' });
    expect(await skipped.getByRole('listitem').count()).toBe(5);
    await skipped.getByText('Thứ Hai 27/01/2025').waitFor();

    // 2026: a day off added, a duplicate date refused at its row first
    await openCalendar(page, 2026);
    const name = 'Nghỉ thử nghiệm E2E';
    await page.getByRole('button', { name: 'Sửa lịch năm 2026' }).click();
    await page.getByRole('heading', { name: 'Sửa lịch nghỉ năm 2026' }).waitFor();
    await page.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
    const newDate = page.getByLabel(/^Ngày – ngày nghỉ \d+$/).last();
    await newDate.fill('01/01/2026');
    await newDate.press('Enter');
    await page
      .getByLabel(/^Tên ngày – ngày nghỉ \d+$/)
      .last()
      .fill(name);
    await saveSchedule(page, `01/01/2026: ${name}`);
    const rowError = page.getByTestId('day-off-row').last().locator('.ant-form-item-explain-error');
    await expect.poll(() => rowError.textContent()).toBe('Ngày 2026-01-01 bị lặp');

    await newDate.fill('15/06/2026');
    await newDate.press('Enter');
    await saveSchedule(page, `15/06/2026: ${name}`);
    await page.waitForURL(/\/staff\/calendar\?year=2026$/);
    await page.getByText('Đã lưu lịch năm 2026').waitFor();
    await expect.poll(() => day(page, '2026-06-15').getAttribute('data-mark')).toBe('other');
    expect(await day(page, '2026-06-15').getAttribute('aria-label')).toBe(
      `Thứ Hai 15/06/2026: ${name} (Nghỉ khác)`,
    );
    await expect
      .poll(() => page.getByTestId('schedule-updated').textContent())
      .toMatch(/^Cập nhật lần cuối \d\d\/\d\d\/\d{4} \d\d:\d\d bởi Vũ Kim Hương$/);

    // and removed again
    await page.getByRole('button', { name: 'Sửa lịch năm 2026' }).click();
    await page.getByRole('heading', { name: 'Sửa lịch nghỉ năm 2026' }).waitFor();
    const row = await dayOffRow(page, name);
    await page.getByRole('button', { name: `Xóa ngày nghỉ ${row}`, exact: true }).click();
    await saveSchedule(page, 'Bỏ ngày nghỉ');
    await page.waitForURL(/\/staff\/calendar\?year=2026$/);
    await expect.poll(() => day(page, '2026-06-15').getAttribute('data-mark')).toBeNull();
    await expect.poll(() => day(page, '2026-02-17').getAttribute('data-mark')).toBe('holiday');

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('a specialist reads the calendar and working hours but edits neither', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await login(page, 'chuyenvien.snv');
    expect(await menuEntries(page)).toEqual(SPECIALIST_MENU);
    await openCalendar(page, 2025);
    expect(await day(page, '2025-01-29').getAttribute('data-mark')).toBe('holiday');
    await page.getByRole('button', { name: 'Tính hạn' }).waitFor();
    await expectAbsent(page.getByRole('button', { name: /^Sửa lịch năm/ }));

    // the editor's address: refused, by the app and by the server
    await page.goto('/staff/calendar/2025/edit');
    await page.getByText('Không có quyền truy cập').waitFor();
    const current = await page.request.get('/api/calendar/schedules/2025');
    const record = await current.json();
    expect(record.can.edit).toBe(false);
    const put = await page.request.put('/api/calendar/schedules/2025', { data: record.schedule });
    expect(put.status()).toBe(403);

    await page.goto('/staff/agencies?q=so+noi+vu');
    await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
    await page.getByRole('tab', { name: 'Giờ làm việc' }).click();
    await page.getByTestId('working-hours').getByText('Buổi sáng: 07:30 – 11:30').waitFor();
    await page.getByText('Chỉ quản trị cơ quan hoặc quản trị hệ thống được sửa giờ làm việc.').waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Sửa giờ làm việc' }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('an agency administrator sets the working hours of their agency', async () => {
    const { context, page, pageErrors } = await openSession(browser);
    await login(page, 'quantri.snv');
    await page.goto('/staff/agencies?q=so+noi+vu');
    await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
    await page.getByRole('heading', { name: 'Sở Nội vụ' }).waitFor();
    await page.getByRole('tab', { name: 'Giờ làm việc' }).click();
    const hours = page.getByTestId('working-hours');
    await hours.getByText('Giờ làm việc mặc định của hệ thống').waitFor();

    // an afternoon that ends before it starts: the server's words, under the field
    await page.getByRole('button', { name: 'Sửa giờ làm việc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Giờ làm việc của cơ quan' });
    await dialog.getByLabel('Giờ kết thúc buổi 2').fill('13:00');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Giờ kết thúc phải sau giờ bắt đầu (13:30)').waitFor();

    // corrected: the agency has hours of its own
    await dialog.getByLabel('Giờ kết thúc buổi 2').fill('17:30');
    await submitDialog(dialog, 'Lưu', false);
    await hours.getByText('Buổi chiều: 13:30 – 17:30').waitFor();
    await hours.getByText('Giờ riêng của cơ quan').waitFor();
    await hours.getByText('8 giờ', { exact: true }).waitFor();

    // the deadline calculator uses them when the agency is chosen
    await page.goto('/staff/calendar?year=2025');
    await page.getByLabel('Bắt đầu từ').fill('24/01/2025 10:00');
    await page.getByLabel('Bắt đầu từ').press('Enter');
    await page.getByLabel('Thời hạn', { exact: true }).fill('5');
    await choose(page, page.getByLabel('Theo giờ làm việc của cơ quan'), 'so noi vu', 'Sở Nội vụ');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toBe('Thứ Sáu 07/02/2025 10:00');
    await page.getByText('07:30–11:30, 13:30–17:30; Thứ Hai – Thứ Sáu').waitFor();

    // back to the shared hours
    await page.goto('/staff/agencies?q=so+noi+vu');
    await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
    await page.getByRole('tab', { name: 'Giờ làm việc' }).click();
    await page.getByRole('button', { name: 'Dùng giờ của cấp trên' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Dùng giờ của cấp trên' }).click();
    await hours.getByText('Giờ làm việc mặc định của hệ thống').waitFor();
    await hours.getByText('Buổi chiều: 13:30 – 17:00').waitFor();

    // another department's hours: read only
    await page.goto('/staff/agencies?q=so+tai+chinh');
    await page.getByRole('link', { name: 'Sở Tài chính', exact: true }).click();
    await page.getByRole('tab', { name: 'Giờ làm việc' }).click();
    await hours.waitFor();
    await expectAbsent(page.getByRole('button', { name: 'Sửa giờ làm việc' }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  for (const [size, viewport] of [
    ['1366x768', LAPTOP],
    ['820x1180', TABLET],
  ] as const) {
    test(`the calendar screens fit ${size}`, async () => {
      const { context, page } = await openSession(browser, viewport);
      const shoot = async (name: string) => {
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - window.innerWidth',
        );
        expect(overflow, `${name} at ${size} is wider than the screen`).toBeLessThanOrEqual(0);
        if (dir)
          await page.screenshot({
            path: path.join(dir, `calendar-${name}-${size}.png`),
            animations: 'disabled',
          });
      };
      await login(page, 'admin');
      await page.goto('/staff/calendar?year=2025');
      await day(page, '2025-01-27').waitFor();
      await shoot('01-year');
      await page.goto('/staff/calendar?year=2025&view=list');
      await page.getByRole('cell', { name: 'Tết Dương lịch' }).waitFor();
      await shoot('02-list');
      await page.goto('/staff/calendar/2025/edit');
      await page.getByRole('heading', { name: 'Sửa lịch nghỉ năm 2025' }).waitFor();
      await shoot('03-edit');
      await page.goto('/staff/agencies?q=so+noi+vu');
      await page.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
      await page.getByRole('tab', { name: 'Giờ làm việc' }).click();
      await page.getByTestId('working-hours').waitFor();
      await shoot('04-agency-hours');
      await page.getByRole('button', { name: 'Sửa giờ làm việc' }).click();
      await page.getByRole('dialog').getByLabel('Giờ bắt đầu buổi 1').waitFor();
      await page.waitForTimeout(400); // the dialog's opening animation
      await shoot('05-agency-hours-edit');
      await context.close();
    });
  }
});
