import { extractText } from '@congso/doc-text';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { choose, tableRows } from './flows.ts';
import { openMenu } from './staff.ts';

/** What the one-stop flows read back from the server about a dossier (a part of its detail). */
export interface DossierState {
  id: string;
  code: string;
  status: string;
  agency: { id: string; name: string };
  appointmentAt: string | null;
  dueAt: string | null;
  pauses: { reason: string; startedAt: string; endedAt: string | null }[];
}

/** The card of a page or dialog with this title (Ant Design cards have no role of their own). */
export const card = (scope: Page | Locator, title: string) =>
  scope.locator(`.ant-card:has(> .ant-card-head .ant-card-head-title:text-is("${title}"))`);

/** The value beside a label in a description list (the dossier's "Thông tin" tab). */
export const described = (scope: Page | Locator, label: string) =>
  scope
    .locator('.ant-descriptions-item-label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::*[1]');

/** The dossier's status: the first tag of the detail's card. */
export const dossierStatus = (page: Page) => page.locator('.ant-card').first().locator('.ant-tag').first();

/** The applicant as the counter types it in. */
export interface Applicant {
  name: string;
  personalId: string;
  phone?: string;
}

/**
 * At the counter's page: the procedure chosen by words typed (without diacritics), the applicant, the
 * required documents ticked, anything else the caller fills (the application form), then "Tiếp nhận".
 * Returns the code given, as the page shows it.
 */
export async function receiveAtCounter(
  page: Page,
  procedure: { search: string; option: RegExp },
  applicant: Applicant,
  fill: (page: Page) => Promise<void> = async () => undefined,
): Promise<string> {
  await openMenu(page, 'Tiếp nhận hồ sơ');
  await choose(
    page,
    page.getByRole('combobox', { name: 'Thủ tục hành chính' }),
    procedure.search,
    procedure.option,
  );
  const person = card(page, 'Người nộp hồ sơ');
  await person.getByLabel('Họ và tên', { exact: true }).fill(applicant.name);
  await person.getByLabel('Số định danh cá nhân').fill(applicant.personalId);
  if (applicant.phone) await person.getByLabel('Số điện thoại').fill(applicant.phone);
  const required = tableRows(card(page, 'Thành phần hồ sơ')).filter({ hasText: 'Bắt buộc' });
  await expect.poll(() => required.count()).toBeGreaterThan(0);
  for (const row of await required.all()) await row.getByRole('checkbox', { name: /^Đã nộp: / }).check();
  await fill(page);
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  const code = page.locator('.ant-result-title strong');
  await code.waitFor();
  return (await code.textContent())!.trim();
}

/** A dossier found in one of the list's queues by words (its code, the applicant's name), then opened. */
export async function openDossierFrom(page: Page, queue: string, words: string, code?: string) {
  await openMenu(page, 'Hồ sơ');
  await page.getByRole('tab', { name: queue, exact: true }).click();
  const search = page.getByLabel('Tìm hồ sơ');
  await search.fill(words);
  await search.press('Enter');
  const rows = tableRows(page);
  await expect.poll(() => rows.count()).toBe(1);
  await (code ? rows.getByRole('link', { name: code, exact: true }) : rows.getByRole('link')).click();
  await page.getByRole('heading', { level: 1, name: code ?? /-\d{6}-\d{4}$/ }).waitFor();
}

/** The dossier of the detail page open, read from the server with the page's own session. */
export async function dossierOf(page: Page): Promise<DossierState> {
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const response = await page.request.get(`/api/dossiers/${id}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** The history lines of the dossier open: what happened, by whom, from which agency. */
export async function historyOf(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Quá trình' }).click();
  const events = page.getByTestId('dossier-event');
  await events.first().waitFor();
  // the first line of each: the event and who did it (the time and the new status follow on a line of their own)
  const lines: string[] = [];
  for (const event of await events.all()) {
    const parts = await event.locator('> span').allTextContents();
    lines.push(
      parts
        .filter((part) => !/^\d\d\/\d\d\/\d{4}/.test(part))
        .join('')
        .trim(),
    );
  }
  return lines;
}

/**
 * A printable form (Mẫu 01–05) behind a link of the page, downloaded with the page's session: it must be a
 * PDF with some content. Returns its text, to check what it says.
 */
export async function pdfText(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
  const bytes = await response.body();
  expect(bytes.byteLength).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return (await extractText(new Uint8Array(bytes), { mediaType: 'application/pdf' })).text;
}

/** A date and time the way the staff app writes it in this browser (its time zone): 23/11/2026 09:05. */
export function shownDateTime(page: Page, iso: string): Promise<string> {
  return page.evaluate((value) => {
    const d = new Date(value);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
  }, iso);
}
