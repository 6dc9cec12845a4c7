import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import {
  contextOf,
  type OneStopFixture,
  oneStopApp,
  receiptBody,
  receive,
} from '../../../test/fixtures/dossiers.ts';
import { visibleText } from '../../../test/html-text.ts';
import { receiveDossier, submitOnline } from '../dossiers/receiving.ts';

/**
 * The public lookup of a dossier by its code, as the QR code of a receipt opens it: where the dossier stands
 * and when its result is due, and nothing about the person who applied.
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let clerk: TestClient;

/** What the fixture's applicant handed in about themself: none of it may appear on the public page. */
const personal = {
  name: 'Nguyễn Thị Hòa',
  idNumber: '001190012345',
  phone: '0912345678',
  email: 'hoa.nguyen@example.vn',
  address: 'Số 5 đường Hoàng Liên, phường Cốc Lếu',
  summary: 'Đề nghị cấp giấy phép hoạt động thử nghiệm',
};

const when = (date: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute}, ${parts.day}/${parts.month}/${parts.year}`;
};

const lookUp = async (code: string) => {
  const response = await t.app.inject({
    method: 'GET',
    url: `/tra-cuu-ho-so?ma=${encodeURIComponent(code)}`,
  });
  return { status: response.statusCode, html: response.body, text: visibleText(response.body) };
};

function expectNothingPersonal(html: string) {
  for (const [what, value] of Object.entries(personal)) expect(html, what).not.toContain(value);
  // nor the form data (a name, a date of birth) nor any file
  expect(html).not.toMatch(/hoTen|ngaySinh|\/files\//);
}

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  clerk = await t.login('clerk.a', PASSWORD);
});

describe('looking a dossier up by its code', () => {
  it('shows its status, procedure, agency, dates, appointment and step in progress, and nothing personal', async () => {
    const dossier = await receive(clerk, receiptBody(fx, { summary: personal.summary }));
    const row = await t.db.db
      .selectFrom('dossiers')
      .select(['receivedAt', 'appointmentAt'])
      .where('id', '=', dossier.id)
      .executeTakeFirstOrThrow();
    const page = await lookUp(dossier.code);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Hồ sơ ${dossier.code}`);
    expect(page.text).toContain('Trạng thái Đang giải quyết');
    expect(page.text).toContain('Thủ tục Cấp giấy phép hoạt động thử nghiệm');
    expect(page.html).toContain('href="/thu-tuc/1.999001"');
    expect(page.text).toContain('Cơ quan tiếp nhận Sở Nội vụ');
    expect(page.text).toContain(`Ngày tiếp nhận ${when(row.receivedAt!)}`);
    expect(page.text).toContain(`Ngày hẹn trả kết quả ${when(row.appointmentAt!)}`);
    expect(page.text).toContain('Bước đang xử lý Thụ lý, thẩm định hồ sơ (Văn phòng Sở, Sở Nội vụ)');
    expect(page.text).toContain('Tiến độ Trong hạn');
    expectNothingPersonal(page.html);
  });

  it('forgives spaces and lower case, as people type a code', async () => {
    const dossier = await receive(clerk, receiptBody(fx));
    const [agency, day, number] = dossier.code.split('-');
    const typed = ` ${agency.toLowerCase()} - ${day}-${number.slice(0, 2)} ${number.slice(2)} `;
    const page = await lookUp(typed);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Hồ sơ ${dossier.code}`);
  });

  it('says when a dossier is late', async () => {
    const ctx = await contextOf(t, clerk);
    const monthAgo = new Date(Date.now() - 30 * 24 * 3_600_000);
    const late = await receiveDossier(t.db.db, ctx, receiptBody(fx), monthAgo);
    const page = await lookUp(late.code);
    expect(page.text).toContain('Tiến độ Quá hạn');
    expectNothingPersonal(page.html);
  });

  it('shows a dossier submitted online as waiting, without an appointment yet', async () => {
    const id = await submitOnline(t.db.db, {
      agencyId: f.agencyA,
      procedureId: fx.procedureId,
      applicant: {
        kind: 'citizen',
        name: personal.name,
        idNumber: personal.idNumber,
        phone: personal.phone,
        email: personal.email,
        address: personal.address,
      },
      summary: personal.summary,
    });
    const { code } = await t.db.db
      .selectFrom('dossiers')
      .select('code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const page = await lookUp(code);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Trạng thái Chờ tiếp nhận');
    expect(page.text).toContain('Ngày tiếp nhận Chưa tiếp nhận');
    expect(page.text).toContain('Ngày hẹn trả kết quả Chưa có (hẹn trả khi hồ sơ được tiếp nhận)');
    expect(page.text).toContain('Bước đang xử lý Không có bước đang xử lý');
    expectNothingPersonal(page.html);
  });

  it('answers 404 with a clear message for a code nobody has, and for something that is not a code', async () => {
    const dossier = await receive(clerk, receiptBody(fx));
    const unknown = dossier.code.replace(/-\d{4}$/, '-9999');
    const missing = await lookUp(unknown);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(`Không tìm thấy hồ sơ có mã số ${unknown}.`);
    expect(missing.html).toContain('role="alert"');
    // the code typed stays in the box, to correct it
    expect(missing.html).toContain(`value="${unknown}"`);

    const junk = await lookUp('<b>abc</b>');
    expect(junk.status).toBe(404);
    expect(junk.text).toContain('Mã số hồ sơ có dạng');
    expect(junk.html).not.toContain('<b>abc</b>');
  });

  it('offers the form alone when no code is given', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/tra-cuu-ho-so' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<label for="ma">Mã số hồ sơ</label>');
    expect(response.body).toContain('<h1>Tra cứu hồ sơ</h1>');
    expect(response.body).not.toContain('role="alert"');
  });
});
