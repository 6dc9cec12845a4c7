import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'CongSo@2026';

/** Types into the login form and submits; does not wait for the outcome. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Opens the staff app, logs in and waits for the first signed-in page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/staff/login');
  await submitLogin(page, username, password);
  await page.waitForURL(/\/staff\/(agencies|change-password)/);
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Trình đơn người dùng/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/staff\/login/);
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
}

/** What everyone working on dossiers without receiving them sees of the one-stop shop (Một cửa). */
const DOSSIER_WORK_MENU = ['Hồ sơ', 'Đến hạn, quá hạn', 'Thủ tục hành chính'];

/**
 * What a specialist sees in the menu: their documents, the dossiers they handle and the procedures, the
 * directory to read, the calendar, the account.
 */
export const SPECIALIST_MENU = [
  'Việc của tôi',
  'Văn bản đến',
  'Văn bản đi',
  'Hồ sơ công việc',
  ...DOSSIER_WORK_MENU,
  'Cơ quan, đơn vị',
  'Cán bộ, công chức',
  'Lịch làm việc',
  'Tài khoản của tôi',
];

/** The documents an administrator (of the system, or of an agency) keeps an eye on. */
const ADMINISTRATOR_DOCUMENTS_MENU = [
  'Việc của tôi',
  'Văn bản đến',
  'Văn bản đi',
  'Sổ văn bản',
  'Hồ sơ công việc',
  'Danh mục hồ sơ',
  'Thống kê văn bản',
];

/** The directory an administrator manages, and what follows it. */
const ADMINISTRATOR_DIRECTORY_MENU = [
  'Cơ quan, đơn vị',
  'Cán bộ, công chức',
  'Tài khoản người dùng',
  'Vai trò',
  'Lịch làm việc',
  'Nhật ký hệ thống',
  'Tài khoản của tôi',
];

/** What the system administrator sees in the menu: everything, the counter of the one-stop shop included. */
export const SYSTEM_ADMINISTRATOR_MENU = [
  ...ADMINISTRATOR_DOCUMENTS_MENU,
  'Tiếp nhận hồ sơ',
  ...DOSSIER_WORK_MENU,
  'Thống kê một cửa',
  'Đồng bộ DVC quốc gia',
  ...ADMINISTRATOR_DIRECTORY_MENU,
];

/** What an agency's administrator sees of the one-stop shop: its statistics, and the procedures they count. */
export const AGENCY_ADMINISTRATOR_MENU = [
  ...ADMINISTRATOR_DOCUMENTS_MENU,
  'Thủ tục hành chính',
  'Thống kê một cửa',
  ...ADMINISTRATOR_DIRECTORY_MENU,
];

/** The navigation entries the user sees, in order, without the counts some show beside their name. */
export async function menuEntries(page: Page, navigation = 'Điều hướng chính'): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: navigation });
  await nav.getByRole('menuitem').first().waitFor();
  const entries: string[] = [];
  for (const item of await nav.getByRole('menuitem').all()) {
    let text = (await item.textContent()) ?? '';
    for (const count of await item.locator('[data-nav-count]').allTextContents())
      text = text.replace(count, '');
    entries.push(text.trim());
  }
  return entries;
}

/** Waits until the locator matches nothing (after the page settled on what it shows). */
export async function expectAbsent(locator: Locator): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(0);
}

/**
 * Picks an option of an antd Select / TreeSelect: opens it, types the search (if any), clicks the option
 * in the list that belongs to this field (a list closing from an earlier field is left alone).
 */
export async function choose(
  page: Page,
  field: Locator,
  search: string,
  option: string | RegExp,
): Promise<void> {
  const closing = page.locator('.ant-select-dropdown[class*="-leave"]');
  await expect.poll(() => closing.count()).toBe(0);
  await field.click();
  if (search) await field.fill(search);
  await expect.poll(() => field.getAttribute('aria-expanded')).toBe('true');
  const popup = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])')
    .last();
  await popup
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .first()
    .click();
}

/** The table rows of the page's (first) data table, excluding antd's measure row. */
export function tableRows(scope: Page | Locator): Locator {
  return scope.locator('.ant-table-tbody > tr.ant-table-row');
}

/**
 * Presses a dialog's button and waits for the dialog to close. A press that leaves the dialog open with
 * nothing under way (the button not loading: the press was lost while the dialog was still settling) is
 * repeated once; a dialog still open after that fails the test as before.
 */
export async function submitDialog(dialog: Locator, button: string, exact = true): Promise<void> {
  const press = dialog.getByRole('button', { name: button, exact });
  await press.click();
  try {
    await dialog.waitFor({ state: 'detached', timeout: 7_000 });
    return;
  } catch {
    const busy = await press.evaluate((b) => b.classList.contains('ant-btn-loading')).catch(() => true);
    if (!busy) await press.click({ timeout: 2_000 }).catch(() => undefined);
  }
  await dialog.waitFor({ state: 'detached' });
}
