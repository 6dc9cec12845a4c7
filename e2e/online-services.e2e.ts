import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './support/a11y.ts';
import { baseUrl, LAPTOP, launchBrowser, noBrowser, openSession, STEP_TIMEOUT } from './support/browser.ts';
import { dossierOf, dossierStatus, historyOf, openDossierFrom, pdfText } from './support/dossiers.ts';
import { submitDialog } from './support/flows.ts';
import {
  type Citizen,
  enterCode,
  fact,
  fillRegistration,
  mailTo,
  mainNav,
  newCitizen,
  registeredCitizen,
  signInAs,
  staffApi,
  verificationCode,
  writePdf,
} from './support/portal.ts';
import { field, team } from './support/staff.ts';

/**
 * The online public services of the demo province's portal, as a citizen uses them in a browser: looking a
 * dossier up by its code without an account, registering with the code the platform mails, applying online
 * with files, paying the fee in the sandbox gateway, following the dossier through the back office to its
 * result and rating it, answering a supplement request online. Every public page a flow visits is checked
 * with axe-core (WCAG 2.1 AA); the public pages are also used with JavaScript turned off.
 */

const PROCEDURE = 'Đăng ký hành nghề luật sư với tư cách cá nhân';
const CENTRE = 'Trung tâm Phục vụ hành chính công tỉnh';
const APPLICATION_FORM = 'Tờ khai đăng ký hành nghề luật sư với tư cách cá nhân';
const PETITION = 'Đơn đề nghị đăng ký hành nghề luật sư';
const CONTRACT = 'Bản sao Hợp đồng lao động ký kết với cơ quan, tổ chức';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An instant's date and time in Vietnam (UTC+7 all year): day, month, year, hour, minute. */
function inVietnam(iso: string) {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(local)!;
  return { year, month, day, hour, minute };
}

/** How the lookup writes an instant: "14:30, 15/07/2025". */
function lookupTime(iso: string): string {
  const t = inVietnam(iso);
  return `${t.hour}:${t.minute}, ${t.day}/${t.month}/${t.year}`;
}

/** How the notices write an instant, in two parts: "17 giờ 00" and "ngày 27/11/2026" (the weekday between). */
function noticeTime(iso: string): string[] {
  const t = inVietnam(iso);
  return [`${t.hour} giờ ${t.minute}`, `ngày ${t.day}/${t.month}/${t.year}`];
}

/** The parts of the online application's page (the draft): who applies, the application form, the files. */
function draftParts(page: Page) {
  return {
    applicant: page.getByRole('group', { name: 'Thông tin người nộp hồ sơ' }),
    form: page.getByRole('region', { name: APPLICATION_FORM }),
    documents: page.getByRole('group', { name: 'Thành phần hồ sơ' }),
  };
}

/**
 * On the draft of 1.002153: the application form, the applicant's phone and address, a PDF chosen for each
 * required document, the result to be received online. Returns the files chosen.
 */
async function fillApplication(
  page: Page,
  citizen: Citizen,
): Promise<{ petition: string; contract: string }> {
  const { applicant, form, documents } = draftParts(page);
  const petition = writePdf('don-de-nghi-dang-ky-hanh-nghe.pdf', 'Don de nghi dang ky hanh nghe luat su');
  const contract = writePdf('hop-dong-lao-dong.pdf', 'Ban sao hop dong lao dong');
  await form.getByLabel('Họ và tên').fill(citizen.name);
  await form.getByLabel('Ngày sinh').fill('1993-08-14');
  await form.getByLabel('Số Chứng chỉ hành nghề luật sư').fill('17456/CCHN-BTP');
  await form.getByLabel('Đoàn luật sư là thành viên').fill('Đoàn Luật sư tỉnh Lào Cai');
  await applicant.getByLabel('Số điện thoại').fill('0987654321');
  await applicant
    .getByLabel('Địa chỉ liên hệ')
    .fill('Số 12 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai');
  await documents.getByLabel(`Chọn tệp cho thành phần “${PETITION}”`).setInputFiles(petition);
  await documents.getByLabel(`Chọn tệp cho thành phần “${CONTRACT}”`).setInputFiles(contract);
  await page.getByRole('radio', { name: 'Trực tuyến: tải kết quả về trên cổng này' }).check();
  return { petition, contract };
}

/** The control that has the keyboard focus, as a person would name it: its id, or the button's text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.id || element?.textContent?.trim() || element?.tagName || '';
  });

/** A browser profile with JavaScript turned off: what the public pages must work in. */
async function withoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: LAPTOP,
    locale: 'vi-VN',
    baseURL: baseUrl,
    javaScriptEnabled: false,
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return context.newPage();
}

describe.skipIf(noBrowser)('online public services', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('anyone looks a dossier up by its code, or its QR address, and learns nothing personal', async () => {
    // a dossier the counter received from the demo province, being processed, with an appointment
    const counter = await staffApi('motcua.ttpvhcc');
    const { items } = await counter.get('/api/dossiers?status=processing&channel=counter');
    const listed = items.find(
      (d: { appointmentAt: string | null; timeliness: string | null }) =>
        d.appointmentAt && d.timeliness !== 'overdue',
    );
    expect(listed, 'a demo dossier being processed').toBeDefined();
    const dossier = await counter.get(`/api/dossiers/${listed.id}`);
    const activeStep = dossier.steps.find((s: { status: string }) => s.status === 'active');
    const personal = [
      dossier.applicant.name,
      dossier.applicant.idNumber,
      dossier.applicant.phone,
      activeStep.assignee?.name,
    ].filter(Boolean);
    expect(personal.length).toBeGreaterThanOrEqual(2);

    const { page, context, pageErrors } = await openSession(browser);
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
    await page.getByLabel('Mã số hồ sơ').fill(dossier.code);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();

    const result = page.getByRole('region', { name: `Hồ sơ ${dossier.code}` });
    await result.waitFor();
    expect(await fact(result, 'Trạng thái').textContent()).toBe('Đang giải quyết');
    expect(await fact(result, 'Ngày hẹn trả kết quả').textContent()).toBe(lookupTime(dossier.appointmentAt));
    const unit = [activeStep.handlerDepartment?.name, activeStep.handlerAgency.name]
      .filter(Boolean)
      .join(', ');
    expect(await fact(result, 'Bước đang xử lý').textContent()).toBe(`${activeStep.name} (${unit})`);
    expect(await fact(result, 'Thủ tục').textContent()).toBe(dossier.procedure.name);
    // neither who applied nor who handles it
    const shown = await page.locator('body').innerText();
    for (const secret of personal) expect(shown).not.toContain(secret);
    await expectAccessible(page, 'the lookup with a result');

    // the receipt's QR code opens the same answer
    await page.goto(`/tra-cuu-ho-so?ma=${encodeURIComponent(dossier.code)}`);
    await page.getByRole('region', { name: `Hồ sơ ${dossier.code}` }).waitFor();
    expect(await fact(page, 'Trạng thái').textContent()).toBe('Đang giải quyết');

    // a code that names no dossier says so
    await page.getByLabel('Mã số hồ sơ').fill('000.00.16.H38-991231-9999');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'Không tìm thấy hồ sơ' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();

    // the same without JavaScript
    const plain = await withoutJavaScript(browser);
    await plain.goto('/tra-cuu-ho-so');
    await plain.getByLabel('Mã số hồ sơ').fill(dossier.code);
    await plain.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await plain.getByRole('region', { name: `Hồ sơ ${dossier.code}` }).waitFor();
    expect(await fact(plain, 'Ngày hẹn trả kết quả').textContent()).toBe(lookupTime(dossier.appointmentAt));
    await plain.context().close();
  });

  test('a citizen finds a procedure, registers, proves the email with the mailed code and signs in — without JavaScript', async () => {
    const citizen = newCitizen('Hoàng Thị Mai');
    const page = await withoutJavaScript(browser);

    // the procedure searched by words without diacritics
    await page.goto('/');
    await page.getByRole('search').getByLabel('Tìm thủ tục hành chính').fill('hanh nghe luat su ca nhan');
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    await page.getByRole('link', { name: PROCEDURE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PROCEDURE }).waitFor();
    expect(await fact(page, 'Mã thủ tục').textContent()).toBe('1.002153');
    const procedureUrl = page.url();

    // applying needs an account: the sign-in page, then registering
    await page.getByRole('link', { name: `Nộp hồ sơ trực tuyến tại ${CENTRE}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).searchParams.get('tiep')).toMatch(/^\/nop-ho-so\/1\.002153\?co-quan=/);
    await page.getByRole('main').getByRole('link', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản dịch vụ công' }).waitFor();

    // a password too weak is refused, said at the top and next to the field, what was typed kept
    await fillRegistration(page, { ...citizen, password: 'matkhau' });
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại' }).waitFor();
    expect(await page.getByLabel('Mật khẩu', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email hoặc số điện thoại di động').inputValue()).toBe(citizen.email);

    // the form sent right: the code goes to the mailbox
    await fillRegistration(page, citizen);
    await page.getByRole('heading', { level: 1, name: 'Xác thực tài khoản' }).waitFor();
    await page
      .getByRole('status')
      .getByText(`Mã xác thực gồm 6 chữ số đã được gửi tới ${citizen.email}.`)
      .waitFor();
    const code = await verificationCode(citizen.email);

    // a wrong code is refused; the right one verifies the account
    await enterCode(page, code === '000000' ? '111111' : '000000');
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Mã xác thực (6 chữ số)').getAttribute('aria-invalid')).toBe('true');
    await enterCode(page, code);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await signInAs(page, citizen);
    await mainNav(page)
      .getByRole('button', { name: `Đăng xuất (${citizen.name})` })
      .waitFor();

    // signed in, the application opens and says what is missing, still without JavaScript
    await page.goto(procedureUrl);
    await page.getByRole('link', { name: `Nộp hồ sơ trực tuyến tại ${CENTRE}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Nộp hồ sơ trực tuyến: ${PROCEDURE}` }).waitFor();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: new RegExp(`^${PETITION}: `) })
      .waitFor();

    await page.context().close();
  });

  test('a citizen applies online with files, pays the fee, the back office completes it; the result is downloaded and rated', async () => {
    const { page, citizen, context, pageErrors } = await registeredCitizen(browser, 'Trịnh Quang Huy');
    const staff = team(browser);

    // the procedure found by words without diacritics, then opened
    await page.goto('/thu-tuc');
    await page.getByLabel('Tên hoặc mã thủ tục (gõ có dấu hoặc không dấu)').fill('hanh nghe luat su');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/^Tìm thấy \d+ thủ tục/)
      .waitFor();
    await expectAccessible(page, 'the procedure search with results');
    await page.getByRole('link', { name: PROCEDURE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PROCEDURE }).waitFor();
    await expectAccessible(page, 'a procedure’s page');

    // applying at the service centre: a draft, prefilled from the account
    await page.getByRole('link', { name: `Nộp hồ sơ trực tuyến tại ${CENTRE}` }).click();
    await page.getByRole('heading', { level: 1, name: `Nộp hồ sơ trực tuyến: ${PROCEDURE}` }).waitFor();
    const { applicant, form, documents } = draftParts(page);
    expect(await applicant.getByLabel('Họ và tên').inputValue()).toBe(citizen.name);
    expect(await applicant.getByLabel('Số định danh cá nhân').inputValue()).toBe(citizen.idNumber);
    expect(await applicant.getByLabel('Thư điện tử').inputValue()).toBe(citizen.email);

    // sent at once, nothing filled in: every problem at the top and next to its field
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    const problems = page.getByRole('alert');
    await problems.getByRole('heading', { name: /^Có \d+ chỗ cần sửa$/ }).waitFor();
    expect(await form.getByLabel('Số Chứng chỉ hành nghề luật sư').getAttribute('aria-invalid')).toBe('true');
    await problems.getByRole('link', { name: new RegExp(`^${PETITION}: `) }).waitFor();
    await expectAccessible(page, 'the application with its problems shown');

    // the form, the address, a PDF for each required document; saved as a draft
    const { petition, contract } = await fillApplication(page, citizen);
    await page.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
    await page.getByRole('status').getByText('Đã lưu bản nháp.').waitFor();
    await expectAccessible(page, 'the draft saved');

    // away, and back to the draft from "Hồ sơ của tôi": what was typed and the files are still there
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('link', { name: 'hồ sơ nháp của tôi' }).click();
    await page.getByRole('link', { name: `Tiếp tục hồ sơ ${PROCEDURE}` }).click();
    await page.getByRole('heading', { level: 1, name: `Nộp hồ sơ trực tuyến: ${PROCEDURE}` }).waitFor();
    expect(await form.getByLabel('Số Chứng chỉ hành nghề luật sư').inputValue()).toBe('17456/CCHN-BTP');
    expect(await form.getByLabel('Ngày sinh').inputValue()).toBe('1993-08-14');
    expect(await applicant.getByLabel('Địa chỉ liên hệ').inputValue()).toMatch(/^Số 12 đường Hoàng Liên/);
    await documents.getByText(`Đã tải lên: ${path.basename(petition)}`).waitFor();
    await documents.getByText(`Đã tải lên: ${path.basename(contract)}`).waitFor();

    // submitted with the keyboard alone: Tab from the top of the page just opened goes through the skip link,
    // then the form in order, to the button; Enter sends it
    const walked: string[] = [];
    for (let i = 0; i < 80 && walked.at(-1) !== 'Nộp hồ sơ'; i++) {
      await page.keyboard.press('Tab');
      walked.push(await focused(page));
    }
    const order = [
      'Bỏ qua, đến nội dung chính',
      'applicant-name',
      'applicant-address',
      'f-hoTen',
      'f-soChungChi',
      'document-0',
      'document-1',
      'postalAddress',
      'Lưu bản nháp',
      'Nộp hồ sơ',
    ];
    expect(
      walked.filter((id) => order.includes(id)),
      `the focus order: ${walked.join(' → ')}`,
    ).toEqual(order);
    await page.keyboard.press('Enter');
    const title = page.getByRole('heading', { level: 1, name: /^Hồ sơ \S+-\d{6}-\d{4}$/ });
    await title.waitFor();
    const code = (await title.textContent())!.replace(/^Hồ sơ /, '');
    await page.getByRole('status').getByText(`Hồ sơ của bạn đã được nộp, mã hồ sơ ${code}.`).waitFor();
    expect(await fact(page, 'Trạng thái').textContent()).toBe('Chờ tiếp nhận');
    const myDossierUrl = page.url().replace(/\?.*$/, '');
    await expectAccessible(page, 'a dossier just submitted, in “Hồ sơ của tôi”');
    const submitted = await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đã nộp trực tuyến`),
    );
    expect(submitted.text).toContain(myDossierUrl);

    // the counter finds it waiting and accepts it: the applicant is told the appointment
    let office = await staff.as('motcua.ttpvhcc');
    await openDossierFrom(office, 'Chờ tiếp nhận', code, code);
    await office.getByRole('button', { name: 'Tiếp nhận hồ sơ trực tuyến', exact: true }).click();
    await office
      .locator('.ant-popconfirm')
      .getByRole('button', { name: 'Tiếp nhận hồ sơ trực tuyến' })
      .click();
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Đang giải quyết');
    const accepted = await dossierOf(office);
    const received = await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đã được tiếp nhận$`),
    );
    for (const part of noticeTime(accepted.appointmentAt!)) expect(received.text).toContain(part);

    // Sở Tư pháp's specialist asks for the fee (in the staff app): the applicant is told and pays online
    office = await staff.as('chuyenvien.stp');
    await openDossierFrom(office, 'Chờ tôi xử lý', code, code);
    await office.getByRole('button', { name: 'Thao tác khác' }).click();
    await office.getByRole('menuitem', { name: 'Yêu cầu nộp phí, lệ phí' }).click();
    const fee = office.getByRole('dialog', { name: 'Yêu cầu thực hiện nghĩa vụ tài chính' });
    await field(fee, 'Số tiền').fill('800000');
    await field(fee, 'Nội dung (phí, lệ phí, nghĩa vụ tài chính)').fill('Lệ phí đăng ký hành nghề luật sư');
    await submitDialog(fee, 'Gửi yêu cầu');
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Chờ thực hiện nghĩa vụ tài chính');
    const asked = await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đề nghị thực hiện nghĩa vụ tài chính$`),
    );
    expect(asked.text).toContain('800.000 đồng');

    await page.goto(myDossierUrl);
    const duty = page.getByRole('region', { name: 'Nghĩa vụ tài chính' });
    await duty.getByText('800.000').waitFor();
    await expectAccessible(page, 'a dossier waiting for its fee');
    await duty.getByRole('link', { name: 'Thanh toán phí, lệ phí' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thanh toán phí, lệ phí' }).waitFor();
    expect(await fact(page, 'Nội dung').textContent()).toBe('Lệ phí đăng ký hành nghề luật sư');
    await expectAccessible(page, 'the payment page');
    await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    // the sandbox gateway: the order signed by the platform, then paid
    await page.getByRole('heading', { level: 1, name: 'Thanh toán đơn hàng' }).waitFor();
    await expectAccessible(page, 'the sandbox gateway');
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
    // back on the portal: paid once the gateway's own notification arrived (it may still be on its way)
    await page.waitForURL(/\/thanh-toan\/ket-qua\?/);
    await expect
      .poll(
        async () => {
          const heading = await page.getByRole('heading', { level: 1 }).textContent();
          if (heading === 'Đang xác nhận thanh toán') await page.reload();
          return heading;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe('Thanh toán thành công');
    await expectAccessible(page, 'the payment’s return page');
    const receiptLink = page.getByRole('link', { name: /^Tải biên lai số \d{7}\/\d{4} \(PDF\)$/ });
    const receipt = await pdfText(page, (await receiptLink.getAttribute('href'))!);
    expect(receipt.toLocaleUpperCase('vi')).toContain('BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ');
    expect(receipt).toContain(code);
    expect(receipt).toContain(citizen.name);
    await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đã hoàn thành nghĩa vụ tài chính$`),
    );

    // the specialist sees it processing again and forwards it; the leader completes it with the result
    await office.reload();
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Đang giải quyết');
    await office.getByRole('button', { name: 'Chuyển bước tiếp', exact: true }).click();
    const forward = office.getByRole('dialog', { name: 'Chuyển bước tiếp theo' });
    await field(forward, 'Ý kiến xử lý').fill('Hồ sơ đủ điều kiện; kính trình Giám đốc');
    await submitDialog(forward, 'Chuyển');
    office = await staff.as('lanhdao.stp');
    await openDossierFrom(office, 'Chờ tôi xử lý', code, code);
    await office.getByRole('button', { name: 'Hoàn thành, chuyển trả kết quả', exact: true }).click();
    const complete = office.getByRole('dialog', { name: 'Hoàn thành giải quyết, chuyển trả kết quả' });
    await field(complete, 'Ý kiến xử lý').fill('Đồng ý đăng ký hành nghề');
    const result = writePdf('giay-dang-ky-hanh-nghe.pdf', 'Giay dang ky hanh nghe luat su');
    await complete
      .locator('.ant-form-item', { hasText: 'Văn bản kết quả giải quyết' })
      .locator('input[type=file]')
      .setInputFiles(result);
    await complete.getByText(path.basename(result)).waitFor();
    await submitDialog(complete, 'Hoàn thành');
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Chờ trả kết quả');
    await mailTo(citizen.email, new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đã có kết quả$`));

    // the applicant finds it in "Hồ sơ của tôi", downloads the result and rates the service
    await mainNav(page).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
    await row.getByText('Đã có kết quả: tải về').waitFor();
    await expectAccessible(page, '“Hồ sơ của tôi”');
    await row.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const resultSection = page.getByRole('region', { name: 'Kết quả giải quyết' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      resultSection.getByRole('link', { name: path.basename(result) }).click(),
    ]);
    expect(readFileSync((await download.path())!)).toEqual(readFileSync(result));
    await expectAccessible(page, 'a dossier with its result');

    const rating = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    await rating.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByRole('status').getByText('Cảm ơn bạn đã đánh giá.').waitFor();
    await page
      .getByRole('region', { name: 'Đánh giá mức độ hài lòng' })
      .getByText(/^Bạn đã đánh giá lúc .+: Hài lòng\.$/)
      .waitFor();
    // the back office sees it too, and the history the applicant reads is whole
    await office.reload();
    await expect
      .poll(() => office.getByTestId('dossier-rating').locator('.ant-tag').textContent())
      .toBe('Hài lòng');
    const history = await page
      .getByRole('region', { name: 'Quá trình xử lý hồ sơ' })
      .getByRole('listitem')
      .allTextContents();
    expect(history.map((line) => line.trim().split('\n')[0]!.trim())).toEqual([
      'Hồ sơ được nộp trực tuyến',
      expect.stringMatching(/^Hồ sơ được tiếp nhận; hẹn trả kết quả lúc /),
      expect.stringMatching(/^Đề nghị thực hiện nghĩa vụ tài chính: 800\.000/),
      'Đã ghi nhận việc thực hiện nghĩa vụ tài chính; tiếp tục giải quyết',
      expect.stringMatching(/^Chuyển sang bước/),
      'Đã có kết quả giải quyết',
      'Đánh giá mức độ hài lòng: Hài lòng',
    ]);

    expect(pageErrors).toEqual([]);
    await context.close();
    await staff.done();
  });

  test('a supplement asked for online is answered online, and the dossier goes on in the back office', async () => {
    const { page, citizen, context, pageErrors } = await registeredCitizen(browser, 'Lương Văn Tâm');
    const staff = team(browser);

    // applied for online and submitted
    await page.goto('/thu-tuc/1.002153');
    await page.getByRole('link', { name: `Nộp hồ sơ trực tuyến tại ${CENTRE}` }).click();
    await page.getByRole('heading', { level: 1, name: `Nộp hồ sơ trực tuyến: ${PROCEDURE}` }).waitFor();
    await fillApplication(page, citizen);
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    const title = page.getByRole('heading', { level: 1, name: /^Hồ sơ \S+-\d{6}-\d{4}$/ });
    await title.waitFor();
    const code = (await title.textContent())!.replace(/^Hồ sơ /, '');
    const dossierId = new URL(page.url()).pathname.split('/').at(-1)!;

    // accepted by the counter (through the API: the staff app's acceptance is driven in the flow above)
    await (await staffApi('motcua.ttpvhcc')).post(`/api/dossiers/${dossierId}/accept`);

    // Sở Tư pháp's specialist finds the contract unreadable and asks for it again (Mẫu 02)
    const reason = 'Bản chụp hợp đồng bị mờ, không đọc được ngày ký';
    const office = await staff.as('chuyenvien.stp');
    await openDossierFrom(office, 'Chờ tôi xử lý', code, code);
    await office.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    const ask = office.getByRole('dialog', { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)' });
    await field(ask, 'Giấy tờ, nội dung cần bổ sung').fill(CONTRACT);
    await field(ask, 'Lý do').fill(reason);
    await submitDialog(ask, 'Yêu cầu bổ sung');
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Yêu cầu bổ sung');

    // the applicant is told what and why, and follows the mail's link to the dossier
    const mail = await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: cần bổ sung, hoàn thiện$`),
    );
    expect(mail.text).toContain(`${CONTRACT}: ${reason}`);
    const link = /Xem hồ sơ của tôi: (\S+)/.exec(mail.text)?.[1];
    expect(link).toBe(`${baseUrl}/ho-so-cua-toi/${dossierId}`);
    await page.goto(link!);
    const supplement = page.getByRole('region', { name: 'Bổ sung, hoàn thiện hồ sơ' });
    await supplement.getByText(`Lý do: ${reason}`).waitFor();
    expect(await fact(page, 'Trạng thái').textContent()).toBe('Yêu cầu bổ sung');
    await expectAccessible(page, 'a dossier asking for a supplement');

    // the file asked for, sent with a note
    const clearCopy = writePdf('hop-dong-lao-dong-ban-ro.pdf', 'Ban sao hop dong lao dong (ban ro)');
    await supplement.getByLabel(`1. ${CONTRACT}`).setInputFiles(clearCopy);
    await supplement.getByLabel('Ghi chú gửi cơ quan (không bắt buộc)').fill('Gửi lại bản chụp rõ nét');
    await supplement.getByRole('button', { name: 'Gửi hồ sơ bổ sung' }).click();
    await page
      .getByRole('status')
      .getByText('Đã nhận hồ sơ bổ sung của bạn; hồ sơ tiếp tục được giải quyết.')
      .waitFor();
    expect(await fact(page, 'Trạng thái').textContent()).toBe('Đang giải quyết');
    await page
      .getByRole('region', { name: 'Giấy tờ đã nộp' })
      .getByRole('link', { name: path.basename(clearCopy) })
      .waitFor();
    await mailTo(
      citizen.email,
      new RegExp(`^Hồ sơ ${escapeRegExp(code)}: đã nhận hồ sơ bổ sung, tiếp tục giải quyết$`),
    );

    // back in the specialist's hands: processing again (the clock's pause closed), the applicant's supplement in
    // its history, the file among the dossier's
    await office.reload();
    await expect.poll(() => dossierStatus(office).textContent()).toBe('Đang giải quyết');
    await office.getByRole('button', { name: 'Chuyển bước tiếp', exact: true }).waitFor();
    const history = await historyOf(office);
    expect(history.at(-2)).toMatch(/^Yêu cầu bổ sung – /);
    expect(history.at(-1)).toMatch(new RegExp(`^Nhận hồ sơ bổ sung – ${citizen.name}`));
    const resumed = await dossierOf(office);
    expect(resumed.pauses).toEqual([
      expect.objectContaining({ reason: 'supplement', endedAt: expect.any(String) }),
    ]);
    await office.getByRole('tab', { name: 'Giấy tờ, tệp' }).click();
    await office.getByRole('link', { name: path.basename(clearCopy) }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
    await staff.done();
  });

  test('the pages a citizen meets before signing in meet WCAG 2.1 AA, their problems shown included', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'the home page');

    // registering: the empty form, then the same refused with a problem at each field
    await mainNav(page).getByRole('link', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản dịch vụ công' }).waitFor();
    await expectAccessible(page, 'the registration page');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page
      .getByRole('alert')
      .getByRole('heading', { name: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại' })
      .waitFor();
    expect(await page.getByLabel('Email hoặc số điện thoại di động').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'the registration page with its problems shown');

    // the code page as registering leaves it, and refusing a code
    const citizen = newCitizen('Đặng Thu Trang');
    await page.goto(`/xac-thuc?tai-khoan=${encodeURIComponent(citizen.email)}&thong-bao=gui`);
    await page.getByRole('heading', { level: 1, name: 'Xác thực tài khoản' }).waitFor();
    await expectAccessible(page, 'the verification page');
    await enterCode(page, '12345');
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'the verification page with its problem shown');

    // signing in, and a wrong password
    await mainNav(page).getByRole('link', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await expectAccessible(page, 'the sign-in page');
    await page.getByLabel('Email hoặc số điện thoại di động').fill(citizen.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('KhongDung@2026');
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'the sign-in page refusing a password');

    // a lookup that finds nothing
    await mainNav(page).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await page.getByLabel('Mã số hồ sơ').fill('000.00.16.H38-991231-9999');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'Không tìm thấy hồ sơ' }).waitFor();
    await expectAccessible(page, 'the lookup finding nothing');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
