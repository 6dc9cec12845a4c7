import path from 'node:path';
import { WorkingCalendar } from '@congso/vn-calendar';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, noBrowser } from './support/browser.ts';
import {
  card,
  described,
  dossierOf,
  dossierStatus,
  historyOf,
  openDossierFrom,
  pdfText,
  receiveAtCounter,
  shownDateTime,
} from './support/dossiers.ts';
import { expectAbsent, submitDialog } from './support/flows.ts';
import { field, team } from './support/staff.ts';

/**
 * The one-stop shop (một cửa) of the demo province: the provincial service centre's counter receives a
 * dossier for a real procedure of the national catalogue and prints the receipt (Mẫu 01); Sở Tư pháp
 * appraises and approves it, the People's Committee decides (một cửa liên thông), the counter hands the
 * result back. A second dossier waits for the applicant's supplement with its clock paused; a third, late,
 * moves on only once the applicant was given an apology (Mẫu 04).
 */

const RESULT_PDF = path.resolve(
  import.meta.dirname,
  '../../shared/fixtures/signed-pdf/vn-real/vn_pkcs7_1sig_chinhphu_portal_2025.pdf',
);
const CENTRE = 'Trung tâm Phục vụ hành chính công tỉnh';
const JUSTICE = 'Sở Tư pháp';
const COMMITTEE = 'Ủy ban nhân dân tỉnh Lào Cai';

/** Today in Vietnam as a dossier code writes it (YYMMDD). */
function todayInCode(): string {
  const [y, m, d] = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).split('-');
  return `${y!.slice(2)}${m}${d}`;
}

/** Opens the main action of the detail, fills its dialog with the opinion and submits it. */
async function actWithOpinion(page: Page, button: string, dialogTitle: string, opinion: string, ok: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await field(dialog, 'Ý kiến xử lý').fill(opinion);
  return {
    dialog,
    submit: async () => {
      await dialog.getByRole('button', { name: ok, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    },
  };
}

/** The time the applicant held the dossier for a supplement, as its detail lists it. */
const pauseOf = (page: Page) => page.getByRole('listitem').filter({ hasText: /^Bổ sung hồ sơ: / });

/** The step the dossier is at, as its detail says. */
const currentStep = (page: Page) => page.getByText(/^Đang ở bước: /);

describe.skipIf(noBrowser)('one-stop shop', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('received at the counter, through Sở Tư pháp and the People’s Committee, returned at the counter', async () => {
    const { as, done } = team(browser);
    const applicant = { name: 'Đỗ Minh Khôi', personalId: '010090012345', phone: '0913222333' };

    // the counter chooses the procedure by words without diacritics and receives the dossier
    let page = await as('motcua.ttpvhcc');
    const code = await receiveAtCounter(
      page,
      { search: 'bo nhiem thua phat lai', option: /^1\.008922 – Bổ nhiệm Thừa phát lại$/ },
      applicant,
      async (p) => {
        // the steps shown before receiving: through Sở Tư pháp, then the People's Committee
        const facts = p.locator('.ant-descriptions').first();
        await expect.poll(() => facts.textContent()).toContain('Chủ tịch UBND tỉnh quyết định');
      },
    );
    expect(code).toMatch(new RegExp(`^\\S+-${todayInCode()}-\\d{4}$`));
    await page.getByText(/^Hẹn trả kết quả: \d\d\/\d\d\/\d{4} \d\d:\d\d$/).waitFor();

    // the receipt (Mẫu 01) is shown to print: a PDF naming the dossier and the applicant
    const print = page.getByRole('link', { name: /In Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ });
    const receiptUrl = (await print.getAttribute('href'))!;
    // previewed on request, framed by the app itself (no browser error page in its place)
    await page.getByRole('button', { name: 'Xem trước phiếu' }).click();
    expect(await page.getByTitle('Phiếu vừa cấp').getAttribute('src')).toBe(receiptUrl);
    await expect
      .poll(() => page.frames().map((frame) => frame.url()))
      .toContain(new URL(receiptUrl, page.url()).href);
    await page.getByRole('button', { name: 'Ẩn bản xem trước' }).click();
    await expectAbsent(page.getByTitle('Phiếu vừa cấp'));
    const receipt = await pdfText(page, receiptUrl);
    expect(receipt.toLocaleUpperCase('vi')).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(receipt).toContain(code);
    expect(receipt).toContain(applicant.name);
    expect(receipt).toContain('Bổ nhiệm Thừa phát lại');

    await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    await expect.poll(() => dossierStatus(page).textContent()).toBe('Đang giải quyết');
    await expect
      .poll(() => currentStep(page).textContent())
      .toBe(`Đang ở bước: Thẩm định hồ sơ (${JUSTICE})`);
    const dossierPath = new URL(page.url()).pathname;

    // Sở Tư pháp's specialist finds it waiting for them and forwards it to the leader with an opinion
    page = await as('chuyenvien.stp');
    await openDossierFrom(page, 'Chờ tôi xử lý', code, code);
    const appraise = await actWithOpinion(
      page,
      'Chuyển bước tiếp',
      'Chuyển bước tiếp theo',
      'Hồ sơ đủ điều kiện bổ nhiệm Thừa phát lại; kính trình Giám đốc xem xét',
      'Chuyển',
    );
    await appraise.dialog.getByText(`Bước tiếp theo: Lãnh đạo Sở Tư pháp phê duyệt (${JUSTICE})`).waitFor();
    await appraise.submit();
    await expect
      .poll(() => currentStep(page).textContent())
      .toBe(`Đang ở bước: Lãnh đạo Sở Tư pháp phê duyệt (${JUSTICE})`);
    await expectAbsent(page.getByRole('button', { name: 'Chuyển bước tiếp', exact: true }));

    // the leader approves and sends it on to the People's Committee
    page = await as('lanhdao.stp');
    await openDossierFrom(page, 'Chờ tôi xử lý', code, code);
    const approve = await actWithOpinion(
      page,
      'Chuyển bước tiếp',
      'Chuyển bước tiếp theo',
      'Đồng ý; trình Chủ tịch UBND tỉnh quyết định bổ nhiệm',
      'Chuyển',
    );
    await approve.dialog.getByText(`Bước tiếp theo: Chủ tịch UBND tỉnh quyết định (${COMMITTEE})`).waitFor();
    await approve.submit();
    await expect
      .poll(() => currentStep(page).textContent())
      .toBe(`Đang ở bước: Chủ tịch UBND tỉnh quyết định (${COMMITTEE})`);

    // the People's Committee sees it in its own queue (inter-agency), attaches the decision and completes it
    page = await as('lanhdao.ubnd');
    await openDossierFrom(page, 'Chờ tôi xử lý', code, code);
    const decide = await actWithOpinion(
      page,
      'Hoàn thành, chuyển trả kết quả',
      'Hoàn thành giải quyết, chuyển trả kết quả',
      'Đã ký Quyết định bổ nhiệm Thừa phát lại',
      'Hoàn thành',
    );
    await decide.dialog
      .locator('.ant-form-item', { hasText: 'Văn bản kết quả giải quyết' })
      .locator('input[type=file]')
      .setInputFiles(RESULT_PDF);
    await decide.dialog.getByText(path.basename(RESULT_PDF)).waitFor();
    await decide.submit();
    await expect.poll(() => dossierStatus(page).textContent()).toBe('Chờ trả kết quả');

    // the counter hands the result back to the applicant in person
    page = await as('motcua.ttpvhcc');
    await openDossierFrom(page, 'Chờ trả kết quả', code, code);
    await page.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const handBack = page.getByRole('dialog', { name: 'Trả kết quả giải quyết' });
    await expect.poll(() => field(handBack, 'Người nhận kết quả').inputValue()).toBe(applicant.name);
    await field(handBack, 'Giấy tờ tùy thân đã kiểm tra').fill(`CCCD ${applicant.personalId}`);
    await submitDialog(handBack, 'Trả kết quả');
    await expect.poll(() => dossierStatus(page).textContent()).toBe('Đã trả kết quả');
    expect(new URL(page.url()).pathname).toBe(dossierPath);
    await expect.poll(() => described(page, 'Ngày có kết quả / kết thúc').textContent()).toMatch(/^\d\d\//);

    // its history lists every step, each by the agency that took it
    expect(await historyOf(page)).toEqual([
      expect.stringMatching(new RegExp(`^Tiếp nhận hồ sơ – .+ \\(${CENTRE}\\)$`)),
      expect.stringMatching(new RegExp(`^Chuyển bước tiếp theo – .+ \\(${JUSTICE}\\)$`)),
      expect.stringMatching(new RegExp(`^Chuyển bước tiếp theo – .+ \\(${JUSTICE}\\)$`)),
      expect.stringMatching(new RegExp(`^Đính kèm tệp – .+ \\(${COMMITTEE}\\)$`)),
      expect.stringMatching(new RegExp(`^Hoàn thành giải quyết – .+ \\(${COMMITTEE}\\)$`)),
      expect.stringMatching(new RegExp(`^Trả kết quả – .+ \\(${CENTRE}\\)$`)),
    ]);

    // the control sheet (Mẫu 05) prints the handovers
    const sheetUrl = (await page
      .getByRole('link', { name: /In phiếu kiểm soát \(Mẫu 05\)/ })
      .getAttribute('href'))!;
    const sheet = await pdfText(page, sheetUrl);
    expect(sheet.toLocaleUpperCase('vi')).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(sheet).toContain(code);
    expect(sheet).toContain(COMMITTEE);

    await done();
  });

  test('a supplement asked for while it is processed pauses the clock until the counter takes it in', async () => {
    const { as, done } = team(browser);
    const applicant = { name: 'Vũ Thị Lan Anh', personalId: '010194056789' };
    const contract = 'Bản sao Hợp đồng lao động ký kết với cơ quan, tổ chức';

    // the counter receives one for 1.002153, its application form drawn from the procedure's schema
    let page = await as('motcua.ttpvhcc');
    const code = await receiveAtCounter(
      page,
      { search: 'dang ky hanh nghe luat su voi tu cach ca nhan', option: /^1\.002153 – / },
      applicant,
      async (p) => {
        const form = card(p, 'Tờ khai');
        await form.getByText('Tờ khai đăng ký hành nghề luật sư với tư cách cá nhân').waitFor();
        await form.getByLabel('Họ và tên', { exact: true }).fill(applicant.name);
        await form.getByLabel('Ngày sinh').fill('12/04/1994');
        await form.getByLabel('Ngày sinh').press('Enter');
        await form.getByLabel('Số Chứng chỉ hành nghề luật sư').fill('15234/CCHN-BTP');
        await form.getByLabel('Đoàn luật sư là thành viên').fill('Đoàn Luật sư tỉnh Lào Cai');
      },
    );
    await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    const dossierUrl = page.url();
    // what the form said, kept with the dossier
    await expect
      .poll(() => page.getByLabel('Số Chứng chỉ hành nghề luật sư').inputValue())
      .toBe('15234/CCHN-BTP');
    const received = await dossierOf(page);
    expect(received.appointmentAt).not.toBeNull();
    await expect
      .poll(() => described(page, 'Ngày hẹn trả kết quả').textContent())
      .toBe(await shownDateTime(page, received.appointmentAt!));

    // Sở Tư pháp's specialist finds a paper missing and asks for it: the dossier goes back to the applicant
    page = await as('chuyenvien.stp');
    await openDossierFrom(page, 'Chờ tôi xử lý', code, code);
    await page.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)' });
    await ask.getByText('thời hạn giải quyết tạm dừng').waitFor();
    await field(ask, 'Giấy tờ, nội dung cần bổ sung').fill(contract);
    await field(ask, 'Lý do').fill('Bản sao nộp kèm không đọc được số hợp đồng và ngày ký');
    await submitDialog(ask, 'Yêu cầu bổ sung');
    await expect.poll(() => dossierStatus(page).textContent()).toBe('Yêu cầu bổ sung');
    // the clock is paused: the time with the applicant is listed as still going, nobody can move it on
    const pauses = page.getByRole('heading', {
      name: 'Thời gian người nộp giữ hồ sơ (không tính vào thời hạn)',
    });
    await pauses.waitFor();
    await expect
      .poll(() => pauseOf(page).textContent())
      .toMatch(/^Bổ sung hồ sơ: \d\d\/\d\d\/\d{4} \d\d:\d\d – đang chờ$/);
    await expectAbsent(page.getByRole('button', { name: 'Chuyển bước tiếp', exact: true }));
    await page.getByRole('tab', { name: 'Phiếu đã cấp' }).click();
    await page.getByText('Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ').waitFor();
    const request = await pdfText(
      page,
      (await page.getByRole('link', { name: 'Mở PDF để in' }).last().getAttribute('href'))!,
    );
    expect(request).toContain(code);
    expect(request).toContain('không đọc được số hợp đồng');

    // the applicant brings it to the counter: the clock runs again
    page = await as('motcua.ttpvhcc');
    await page.goto(dossierUrl);
    await page.getByRole('button', { name: 'Nhận hồ sơ bổ sung', exact: true }).click();
    const bring = page.getByRole('dialog', { name: 'Nhận hồ sơ bổ sung' });
    await bring.getByText('Thời hạn giải quyết và ngày hẹn được lùi').waitFor();
    // the paper asked for is ticked already
    expect(await bring.getByRole('checkbox', { name: contract }).isChecked()).toBe(true);
    await submitDialog(bring, 'Nhận hồ sơ bổ sung');
    await expect.poll(() => dossierStatus(page).textContent()).toBe('Đang giải quyết');
    await expect
      .poll(() => pauseOf(page).textContent())
      .toMatch(/^Bổ sung hồ sơ: \d\d\/\d\d\/\d{4} \d\d:\d\d – \d\d\/\d\d\/\d{4} \d\d:\d\d$/);

    // the appointment moved by exactly the working time the dossier spent with the applicant, on the
    // receiving agency's working hours (nothing at all when that was outside them: a night, a Sunday)
    const resumed = await dossierOf(page);
    const [held] = resumed.pauses;
    expect(held?.reason).toBe('supplement');
    const hours = await (
      await page.request.get(`/api/calendar/agencies/${resumed.agency.id}/working-hours`)
    ).json();
    const calendar = new WorkingCalendar({ hours: hours.effective });
    const minutes = calendar.workingTimeBetween(new Date(held!.startedAt), new Date(held!.endedAt!));
    const expected = calendar.addWorkingTime(new Date(received.appointmentAt!), { minutes });
    expect(new Date(resumed.appointmentAt!).getTime()).toBe(expected.getTime());
    if (minutes > 0)
      expect(new Date(resumed.appointmentAt!).getTime()).toBeGreaterThan(
        new Date(received.appointmentAt!).getTime(),
      );
    await expect
      .poll(() => described(page, 'Ngày hẹn trả kết quả').textContent())
      .toBe(await shownDateTime(page, resumed.appointmentAt!));
    expect(await historyOf(page)).toEqual([
      expect.stringMatching(new RegExp(`^Tiếp nhận hồ sơ – .+ \\(${CENTRE}\\)$`)),
      expect.stringMatching(new RegExp(`^Yêu cầu bổ sung – .+ \\(${JUSTICE}\\)$`)),
      expect.stringMatching(new RegExp(`^Nhận hồ sơ bổ sung – .+ \\(${CENTRE}\\)$`)),
    ]);

    await done();
  });

  test('a late dossier moves on only once the applicant was given an apology (Mẫu 04)', async () => {
    const { as, done } = team(browser);
    // the demo dossier received three weeks ago for a procedure of 5 working days
    const page = await as('chuyenvien.stp');
    await openDossierFrom(page, 'Quá hạn', 'tran van hung');
    const code = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByText('Trần Văn Hùng · Đăng ký hành nghề luật sư với tư cách cá nhân').waitFor();
    await page
      .locator('.ant-tag', { hasText: /^Quá hạn$/ })
      .first()
      .waitFor();

    // no way to move it on: the apology comes first, and says why
    await expectAbsent(page.getByRole('button', { name: 'Chuyển bước tiếp', exact: true }));
    const apologise = page.getByRole('button', { name: 'Lập phiếu xin lỗi (Mẫu 04)' });
    await apologise.hover();
    await page
      .getByRole('tooltip')
      .getByText(
        'Hồ sơ đã quá hạn: cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi chuyển tiếp.',
      )
      .waitFor();
    // and the server refuses it too
    const late = await dossierOf(page);
    const refused = await page.request.post(`/api/dossiers/${late.id}/forward`, {
      data: { note: 'Chuyển lãnh đạo', fileIds: [] },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).detail).toBe(
      'Hồ sơ đã quá hạn: cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi chuyển tiếp',
    );

    // the apology: why it is late, and a new appointment three weeks on
    const at = new Date(Date.now() + 21 * 24 * 60 * 60 * 1000);
    const newAppointment = `${(await shownDateTime(page, at.toISOString())).slice(0, 10)} 15:30`;
    await apologise.click();
    const apology = page.getByRole('dialog', { name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)' });
    await field(apology, 'Lý do chậm trả kết quả').fill(
      'Cần xác minh thông tin Chứng chỉ hành nghề luật sư với Bộ Tư pháp',
    );
    await field(apology, 'Ngày, giờ hẹn trả kết quả mới').fill(newAppointment);
    // the picker takes a date and time typed once confirmed (Enter would also submit the dialog)
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button').click();
    await submitDialog(apology, 'Lập phiếu');
    await expect.poll(() => described(page, 'Ngày hẹn trả kết quả').textContent()).toBe(newAppointment);
    await page.getByRole('tab', { name: 'Phiếu đã cấp' }).click();
    await page.getByText('Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả').waitFor();
    await page.getByText(`hẹn lại: ${newAppointment}`, { exact: false }).waitFor();
    const slip = await pdfText(
      page,
      (await page.getByRole('link', { name: 'Mở PDF để in' }).last().getAttribute('href'))!,
    );
    expect(slip.toLocaleUpperCase('vi')).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(slip).toContain(code);

    // now it moves on to the leader; it stays overdue
    const forward = await actWithOpinion(
      page,
      'Chuyển bước tiếp',
      'Chuyển bước tiếp theo',
      'Đã xác minh xong; kính trình Giám đốc',
      'Chuyển',
    );
    await forward.submit();
    await expect
      .poll(() => currentStep(page).textContent())
      .toBe(`Đang ở bước: Lãnh đạo Sở Tư pháp phê duyệt (${JUSTICE})`);
    await page
      .locator('.ant-tag', { hasText: /^Quá hạn$/ })
      .first()
      .waitFor();

    await done();
  });
});
