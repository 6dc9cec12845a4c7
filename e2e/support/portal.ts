import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { baseUrl, openSession, type Session } from './browser.ts';
import { DEMO_PASSWORD } from './flows.ts';
import { type ReceivedMail, waitForMail } from './mailbox.ts';

/** Where the run's SMTP server keeps what the platform sent. */
export const mailDir = inject('e2eMailDir');

/** A mail to `to` whose subject matches, as the applicant finds it in their mailbox (notices take a moment). */
export function mailTo(to: string, subject: RegExp): Promise<ReceivedMail> {
  return waitForMail(mailDir, to, (m) => subject.test(m.subject), 60_000);
}

/** A citizen who does not have an account yet: an address of their own, so their mail is theirs alone. */
export interface Citizen {
  name: string;
  idNumber: string;
  email: string;
  password: string;
}

export function newCitizen(name: string): Citizen {
  const unique = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  // 12 digits, a plausible personal id (province 001, century and sex 0, year 95), unique enough for a run
  const idNumber = `001095${String(Number.parseInt(randomBytes(3).toString('hex'), 16) % 1_000_000).padStart(6, '0')}`;
  return { name, idNumber, email: `congdan.${unique}@example.vn`, password: 'NopHoSo@2026' };
}

/** The site's main navigation, where a signed-in applicant finds "Hồ sơ của tôi". */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Chính' });

/** The value beside a label in one of the portal's fact lists (`<dl class="facts">`). */
export const fact = (scope: Page | Locator, label: string) =>
  scope
    .locator('dt')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');

/** Fills the registration form (`/dang-ky`) as a citizen and sends it; the code page follows. */
export async function fillRegistration(page: Page, citizen: Citizen): Promise<void> {
  await page.getByRole('radio', { name: 'Công dân' }).check();
  await page.getByLabel('Email hoặc số điện thoại di động').fill(citizen.email);
  await page.getByLabel('Họ và tên, hoặc tên tổ chức, doanh nghiệp').fill(citizen.name);
  await page.getByLabel(/^Số định danh cá nhân, hoặc mã số doanh nghiệp/).fill(citizen.idNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(citizen.password);
  await page.getByLabel('Nhập lại mật khẩu').fill(citizen.password);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
}

/** The 6-digit code of the verification mail that reached the citizen's mailbox. */
export async function verificationCode(email: string): Promise<string> {
  const mail = await mailTo(email, /^Mã xác thực tài khoản dịch vụ công/);
  const code = /Mã xác thực tài khoản của bạn là: (\d{6})\b/.exec(mail.text)?.[1];
  expect(code, `a code in the mail: ${mail.text}`).toMatch(/^\d{6}$/);
  return code!;
}

/** On the code page (`/xac-thuc`): the code typed in and sent; the sign-in page follows. */
export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Mã xác thực (6 chữ số)').fill(code);
  await page.getByRole('button', { name: 'Xác thực', exact: true }).click();
}

/** On the sign-in page: the email (unless already there) and the password; waits to be signed in. */
export async function signInAs(page: Page, citizen: Citizen): Promise<void> {
  const account = page.getByLabel('Email hoặc số điện thoại di động');
  if ((await account.inputValue()) !== citizen.email) await account.fill(citizen.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(citizen.password);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await mainNav(page).getByRole('link', { name: 'Hồ sơ của tôi' }).waitFor();
}

/**
 * A citizen with a verified account, signed in, in a browser profile of their own: registered on the portal,
 * the code read from the mail the platform sent.
 */
export async function registeredCitizen(
  browser: Browser,
  name: string,
): Promise<Session & { citizen: Citizen }> {
  const citizen = newCitizen(name);
  const session = await openSession(browser);
  const { page } = session;
  await page.goto('/dang-ky');
  await fillRegistration(page, citizen);
  await page.getByRole('heading', { level: 1, name: 'Xác thực tài khoản' }).waitFor();
  await enterCode(page, await verificationCode(citizen.email));
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await signInAs(page, citizen);
  return { ...session, citizen };
}

/** The back office's API as a demo official, from the test itself (no browser), as the staff app calls it. */
export async function staffApi(username: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status, `staff login of ${username}`).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const answer = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        cookie,
        origin: baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await answer.text();
    expect(answer.ok, `${method} ${url}: ${answer.status} ${text}`).toBe(true);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body?: unknown) => call('POST', url, body),
  };
}

/** The smallest well-formed PDF with one line of text, as a scan or a result would be; returns its path. */
export function writePdf(fileName: string, text: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 14 Tf 72 770 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'congso-e2e-')), fileName);
  writeFileSync(file, pdf, 'latin1');
  return file;
}
