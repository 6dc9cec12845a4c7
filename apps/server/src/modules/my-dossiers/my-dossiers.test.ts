import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { type SignedInApplicant, signedInApplicant } from '../../../test/fixtures/applicants.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import { toResultReady } from '../../../test/fixtures/dossier-processing.ts';
import { type OneStopFixture, oneStopApp, receiptBody, receive } from '../../../test/fixtures/dossiers.ts';
import { backOffice, PDF, submittedBy } from '../../../test/fixtures/my-dossiers.ts';
import { visibleText } from '../../../test/html-text.ts';

/**
 * "Hồ sơ của tôi": the signed-in applicant's own dossiers, one dossier's page (history, steps, appointment,
 * slips, files, result) and the way of receiving the result.
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: Awaited<ReturnType<typeof backOffice>>;
let hoa: SignedInApplicant;
let binh: SignedInApplicant;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  people = await backOffice(t);
  hoa = await signedInApplicant(t, { displayName: 'Nguyễn Thị Hòa' });
  binh = await signedInApplicant(t, { displayName: 'Trần Văn Bình' });
});

const vn = (text: string) => new Date(`${text}+07:00`);
/** "08:00, 09/03/2026" in Vietnam, as the pages write an instant. */
const when = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
};

const page = async (who: SignedInApplicant, url: string) => {
  const response = await who.get(url);
  return { status: response.statusCode, html: response.body, text: visibleText(response.body) };
};
const staffDetail = async (id: string) => (await people.counter.get(`/api/dossiers/${id}`)).body;
const codeOf = async (id: string) => (await staffDetail(id)).code as string;

describe('the list of my dossiers', () => {
  it('shows only the applicant’s own dossiers, newest first, with what needs them', async () => {
    const older = await submittedBy(t, f, fx, hoa, { at: vn('2026-01-05T09:00:00') });
    const newer = await submittedBy(t, f, fx, hoa, { at: vn('2026-01-06T09:00:00') });
    const theirs = await submittedBy(t, f, fx, binh);
    const atCounter = await receive(people.counter, receiptBody(fx));
    await people.counter.post(`/api/dossiers/${older}/accept`);

    const list = await page(hoa, '/ho-so-cua-toi');
    expect(list.status).toBe(200);
    expect(list.html).toContain('<h1>Hồ sơ của tôi</h1>');
    expect(list.html).toContain('href="/ho-so-nhap"');
    const [olderCode, newerCode] = [await codeOf(older), await codeOf(newer)];
    expect(list.text).toContain('Bạn có 2 hồ sơ');
    expect(list.text.indexOf(newerCode)).toBeLessThan(list.text.indexOf(olderCode));
    expect(list.text).not.toContain(await codeOf(theirs));
    expect(list.text).not.toContain(atCounter.code);
    // the accepted one has an appointment and is being handled; the newer one waits for the counter
    const appointment = (await staffDetail(older)).appointmentAt;
    expect(list.text).toContain(
      `${olderCode} Nộp ngày 05/01/2026 Cấp giấy phép hoạt động thử nghiệm Sở Nội vụ Đang giải quyết ${when(appointment)}`,
    );
    expect(list.text).toContain(
      `${newerCode} Nộp ngày 06/01/2026 Cấp giấy phép hoạt động thử nghiệm Sở Nội vụ Chờ tiếp nhận Chưa có Không có`,
    );
  });

  it('pages through many dossiers twenty at a time', async () => {
    const many = await signedInApplicant(t);
    const ids: string[] = [];
    for (let i = 0; i < 21; i++)
      ids.push(await submittedBy(t, f, fx, many, { at: new Date(Date.UTC(2025, 0, 1 + i, 2)) }));
    const first = await page(many, '/ho-so-cua-toi');
    expect(first.text).toContain('Bạn có 21 hồ sơ, trang 1/2.');
    expect(first.html).toContain('href="/ho-so-cua-toi?trang=2" rel="next"');
    expect(first.text).not.toContain(await codeOf(ids[0]!));
    const second = await page(many, '/ho-so-cua-toi?trang=2');
    expect(second.text).toContain(await codeOf(ids[0]!));
    expect(second.text).not.toContain(await codeOf(ids[1]!));
  });

  it('sends whoever is not signed in as an applicant to the sign-in page, and back', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/ho-so-cua-toi' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/dang-nhap?tiep=%2Fho-so-cua-toi');
    // a staff session is not an applicant's
    const staff = await t.app.inject({
      method: 'GET',
      url: '/ho-so-cua-toi',
      headers: { cookie: people.counter.cookie! },
    });
    expect(staff.statusCode).toBe(303);
  });
});

describe('a dossier of mine', () => {
  it('says a new submission was received, then shows the appointment, the steps and the history in plain words', async () => {
    const id = await submittedBy(t, f, fx, hoa, { scans: true });
    const code = await codeOf(id);
    const submitted = await page(hoa, `/ho-so-cua-toi/${id}?da-nop=1`);
    expect(submitted.status).toBe(200);
    expect(submitted.html).toMatch(/<div class="notice" role="status">/);
    expect(submitted.text).toContain(
      `Hồ sơ của bạn đã được nộp, mã hồ sơ ${code}. Sở Nội vụ sẽ kiểm tra hồ sơ và tiếp nhận`,
    );
    expect(submitted.text).toContain('Ngày hẹn trả kết quả Có sau khi hồ sơ được tiếp nhận');
    expect(submitted.text).toContain(
      'Các bước giải quyết và thời hạn của từng bước có sau khi hồ sơ được tiếp nhận',
    );

    const accepted = (await people.counter.post(`/api/dossiers/${id}/accept`)).body;
    await people.specialist.post(`/api/dossiers/${id}/forward`, { note: 'Ý kiến nội bộ: hồ sơ hợp lệ' });
    const shown = await page(hoa, `/ho-so-cua-toi/${id}`);
    expect(shown.text).not.toContain('Hồ sơ của bạn đã được nộp');
    expect(shown.text).toContain(`Trạng thái Đang giải quyết`);
    expect(shown.text).toContain(`Ngày hẹn trả kết quả ${when(accepted.appointmentAt)}`);
    // the steps with their units and due; the one in progress marked
    expect(shown.text).toContain('1. Tiếp nhận hồ sơ Sở Nội vụ Đã xong');
    expect(shown.text).toContain('2. Thụ lý, thẩm định hồ sơ Văn phòng Sở, Sở Nội vụ Đã xong');
    expect(shown.text).toContain(`4. Thẩm định liên thông tại Sở Tài chính Sở Tài chính Chưa đến`);
    expect(shown.html).toMatch(/<tr class="current">\s*<th scope="row">3\. Phê duyệt kết quả/);
    // the history: what happened, by which agency, never an official's name nor an internal note
    expect(shown.text).toContain('Hồ sơ được nộp trực tuyến');
    expect(shown.text).toContain(`Hồ sơ được tiếp nhận; hẹn trả kết quả lúc ${when(accepted.dueAt)}`);
    expect(shown.text).toContain('Chuyển sang bước “Phê duyệt kết quả” ');
    expect(shown.text).toMatch(/Hồ sơ được tiếp nhận; hẹn trả kết quả lúc [^·]+· Sở Nội vụ/);
    expect(shown.text).not.toContain('Người dùng');
    expect(shown.text).not.toContain('Ý kiến nội bộ');
  });

  it('gives the slips issued and the papers handed in to download, and nothing of anyone else', async () => {
    const id = await submittedBy(t, f, fx, hoa, { scans: true });
    const accepted = (await people.counter.post(`/api/dossiers/${id}/accept`)).body;
    const receipt = accepted.slips[0];
    const scan = accepted.files[0];
    const shown = await page(hoa, `/ho-so-cua-toi/${id}`);
    expect(shown.text).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)');
    expect(shown.html).toContain(`href="/ho-so-cua-toi/${id}/phieu/${receipt.id}"`);
    expect(shown.html).toContain(`href="/ho-so-cua-toi/${id}/tep/${scan.id}"`);

    const pdf = await hoa.get(`/ho-so-cua-toi/${id}/phieu/${receipt.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const file = await hoa.get(`/ho-so-cua-toi/${id}/tep/${scan.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);

    // another applicant: the dossier, its slip and its file do not exist for them
    for (const url of [
      `/ho-so-cua-toi/${id}`,
      `/ho-so-cua-toi/${id}/phieu/${receipt.id}`,
      `/ho-so-cua-toi/${id}/tep/${scan.id}`,
      '/ho-so-cua-toi/khong-phai-ma',
    ]) {
      const other = await page(binh, url);
      expect(other.status, url).toBe(404);
      expect(other.text).toContain('Không tìm thấy hồ sơ');
      expect(other.text).not.toContain(accepted.code);
    }
    const refused = await binh.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, { 'cach-nhan': 'counter' });
    expect(refused.statusCode).toBe(404);
    expect((await staffDetail(id)).resultDelivery).toBe('online');
  });
});

describe('the result and the way of receiving it', () => {
  it('gives the result at the counter in person, online as soon as it is ready, and keeps the choice until it is handed back', async () => {
    const id = await submittedBy(t, f, fx, hoa, { resultDelivery: 'counter' });
    await people.counter.post(`/api/dossiers/${id}/accept`);
    const ready = await toResultReady(t, people, id);
    const result = ready.files.find((x: { kind: string }) => x.kind === 'result');
    const resultUrl = `/ho-so-cua-toi/${id}/tep/${result.id}`;

    // at the counter: the paper is collected there; no download before it is handed back
    let shown = await page(hoa, `/ho-so-cua-toi/${id}`);
    expect(shown.text).toContain('Đã có kết quả: nhận tại bộ phận một cửa');
    expect(shown.text).toContain('Mời bạn nhận kết quả tại bộ phận một cửa của Sở Nội vụ');
    expect(shown.html).not.toContain(resultUrl);
    expect((await hoa.get(resultUrl)).statusCode).toBe(404);

    // switched to online: downloadable at once, recorded on the dossier with a history line and an audit entry
    const changed = await hoa.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, {
      'cach-nhan': 'online',
      'dia-chi': '',
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe(`/ho-so-cua-toi/${id}?da-luu=cach-nhan#nhan-ket-qua`);
    shown = await page(hoa, changed.headers.location as string);
    expect(shown.text).toContain('Đã lưu cách nhận kết quả.');
    expect(shown.text).toContain('Chọn nhận kết quả trực tuyến, tải về trên Cổng dịch vụ công');
    expect(shown.html).toContain(`href="${resultUrl}"`);
    const download = await hoa.get(resultUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("attachment; filename*=UTF-8''");
    const staff = await staffDetail(id);
    expect(staff.resultDelivery).toBe('online');
    expect(staff.events.at(-1)).toMatchObject({
      kind: 'delivery_changed',
      actor: { id: hoa.userId },
      data: { from: 'counter', to: 'online' },
    });
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['actorUserId', 'actorName'])
      .where('action', '=', 'dossiers.dossier.delivery_changed')
      .where('targetId', '=', id)
      .execute();
    expect(audit).toEqual([{ actorUserId: hoa.userId, actorName: hoa.username }]);

    // handed back: the choice is closed, the result stays downloadable
    expect((await people.counter.post(`/api/dossiers/${id}/return`, { delivery: 'online' })).status).toBe(
      200,
    );
    shown = await page(hoa, `/ho-so-cua-toi/${id}`);
    expect(shown.html).not.toContain(`action="/ho-so-cua-toi/${id}/cach-nhan-ket-qua"`);
    expect(shown.text).toContain('Đã trả kết quả trực tuyến');
    const late = await hoa.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, {
      'cach-nhan': 'post',
      'dia-chi': 'Số 1 đường Trần Phú',
    });
    expect(late.statusCode).toBe(409);
    expect(visibleText(late.body)).toContain(
      'Hồ sơ đã trả kết quả hoặc đã kết thúc; không đổi được cách nhận kết quả',
    );
    expect((await staffDetail(id)).resultDelivery).toBe('online');
    expect((await hoa.get(resultUrl)).statusCode).toBe(200);
  });

  it('sends the form back when the post is chosen without an address, and records the address given', async () => {
    const id = await submittedBy(t, f, fx, hoa);
    const missing = await hoa.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, {
      'cach-nhan': 'post',
      'dia-chi': ' ',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toMatch(/<div class="error-summary" role="alert"[^>]*>/);
    expect(missing.body).toContain('<a href="#dia-chi">Hãy ghi địa chỉ nhận kết quả qua bưu chính</a>');
    expect(missing.body).toMatch(
      /<textarea id="dia-chi"[^>]*aria-describedby="dia-chi-goi-y dia-chi-loi" aria-invalid="true"/,
    );
    expect(missing.body).toMatch(/id="cach-nhan-post"[^>]*checked/);
    const none = await hoa.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, {});
    expect(visibleText(none.body)).toContain('Hãy chọn cách nhận kết quả');

    const posted = await hoa.postForm(`/ho-so-cua-toi/${id}/cach-nhan-ket-qua`, {
      'cach-nhan': 'post',
      'dia-chi': 'Số 5 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
    });
    expect(posted.statusCode).toBe(303);
    expect(await staffDetail(id)).toMatchObject({
      resultDelivery: 'post',
      postalAddress: 'Số 5 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
    });
    const shown = await page(hoa, `/ho-so-cua-toi/${id}`);
    expect(shown.text).toContain(
      'Chọn nhận kết quả qua dịch vụ bưu chính công ích, địa chỉ: Số 5 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
    );
  });
});
