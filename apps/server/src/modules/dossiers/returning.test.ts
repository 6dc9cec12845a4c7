import { extractText, PDF } from '@congso/doc-text';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import {
  attachToStep,
  receiveAt,
  type StepPeople,
  toResultReady,
} from '../../../test/fixtures/dossier-processing.ts';
import { contextOf, type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import type { RequestContext } from '../../platform/context.ts';
import { forward, sendBack } from './processing.ts';
import { returnResult } from './returning.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: StepPeople;
let counter: TestClient;
let specialist: TestClient;
let at: Record<'counter' | 'specialist' | 'leader' | 'specialistB', RequestContext>;

const vn = (local: string) => new Date(`${local}+07:00`);
const postal = {
  resultDelivery: 'post',
  postalAddress: 'Số 5 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
};

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  counter = await t.login('clerk.a', PASSWORD);
  specialist = await t.login('specialist.a', PASSWORD);
  const leader = await t.login('leader.a', PASSWORD);
  const specialistB = await t.login('specialist.b', PASSWORD);
  people = { counter, specialist, leader, specialistB };
  at = {
    counter: await contextOf(t, counter),
    specialist: await contextOf(t, specialist),
    leader: await contextOf(t, leader),
    specialistB: await contextOf(t, specialistB),
  };
});

/** The text of a PDF, white space collapsed. */
async function textOf(pdf: Buffer): Promise<string> {
  return (await extractText(pdf, { mediaType: PDF })).text.replace(/\s+/g, ' ');
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** A file the route answers with, as bytes. */
async function download(client: TestClient, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie! } });
  return { status: response.statusCode, type: response.headers['content-type'], bytes: response.rawPayload };
}

describe('returning the result', () => {
  it('by post: sent with the tracking number, then delivered or not as the post reports', async () => {
    const { id } = await receiveAt(t, at.counter, fx, new Date(), postal);
    await toResultReady(t, people, id);
    const body = { delivery: 'post', address: postal.postalAddress, tracking: 'RR123456789VN' };
    expect(
      (await counter.post(`/api/dossiers/${id}/return`, { delivery: 'post', address: 'x' })).status,
    ).toBe(400);
    expect((await specialist.post(`/api/dossiers/${id}/return`, body)).status).toBe(403);
    const sent = await counter.post(`/api/dossiers/${id}/return`, body);
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body).toMatchObject({
      status: 'returned',
      resultDelivery: 'post',
      postalAddress: postal.postalAddress,
      postalTracking: 'RR123456789VN',
      postalStatus: 'sent',
    });
    expect((await specialist.patch(`/api/dossiers/${id}/postal`, { status: 'delivered' })).status).toBe(403);
    const delivered = await counter.patch(`/api/dossiers/${id}/postal`, {
      status: 'delivered',
      note: 'Bưu tá báo đã phát',
    });
    expect(delivered.status, delivered.text).toBe(200);
    expect(delivered.body.postalStatus).toBe('delivered');
    expect(delivered.body.events.at(-1)).toMatchObject({
      kind: 'postal_update',
      data: { postalStatus: 'delivered' },
    });
    expect((await counter.patch(`/api/dossiers/${id}/postal`, { status: 'failed' })).status).toBe(409);
  });

  it('online: the result file is there for the applicant; a dossier at the counter has no postal status', async () => {
    const { id } = await receiveAt(t, at.counter, fx, new Date());
    await toResultReady(t, people, id);
    const returned = await counter.post(`/api/dossiers/${id}/return`, { delivery: 'online' });
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', resultDelivery: 'online', postalStatus: null });
    expect((await counter.patch(`/api/dossiers/${id}/postal`, { status: 'delivered' })).status).toBe(409);
  });
});

describe('the control sheet (Mẫu 05) and the tracking register (Mẫu 06)', () => {
  let id: string;
  let code: string;
  let lateCode: string;
  let octoberCode: string;

  beforeAll(async () => {
    // Monday 2 November 08:00; step 2 (2 days) done Monday 10:00: early; sent back by the leader and done
    // again; step 3 (1 day) done Wednesday 16:00: overdue; step 4 at B and the return on Thursday: on time
    const d = await receiveAt(t, at.counter, fx, vn('2026-11-02T08:00:00'));
    ({ id, code } = d);
    await forward(
      t.db.db,
      at.specialist,
      d.id,
      { note: 'Đủ điều kiện', fileIds: [] },
      vn('2026-11-02T10:00:00'),
    );
    await sendBack(
      t.db.db,
      at.leader,
      d.id,
      { toStep: 2, reason: 'Bổ sung ý kiến thẩm định' },
      vn('2026-11-02T14:00:00'),
    );
    await forward(
      t.db.db,
      at.specialist,
      d.id,
      { note: 'Đã bổ sung', fileIds: [] },
      vn('2026-11-03T09:00:00'),
    );
    await forward(t.db.db, at.leader, d.id, { note: 'Đồng ý', fileIds: [] }, vn('2026-11-04T16:00:00'));
    expect((await attachToStep(t, people.specialistB, d.id, 'result')).status).toBe(201);
    await forward(t.db.db, at.specialistB, d.id, { note: 'Đạt', fileIds: [] }, vn('2026-11-05T09:00:00'));
    await returnResult(
      t.db.db,
      at.counter,
      d.id,
      { delivery: 'counter', receivedBy: 'Nguyễn Thị Hòa', identityNote: 'CCCD 001190012345' },
      vn('2026-11-05T14:00:00'),
    );
    // another the same month, still at step 2 long after its due; one received in October
    lateCode = (await receiveAt(t, at.counter, fx, vn('2026-11-03T08:00:00'))).code;
    octoberCode = (await receiveAt(t, at.counter, fx, vn('2026-10-30T08:00:00'))).code;
  });

  it('prints a line per handover with who gave, who took, and how the giving step kept its time', async () => {
    const response = await download(counter, `/api/dossiers/${id}/control-sheet/pdf`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/pdf');
    const text = await textOf(response.bytes);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(code);
    expect(text).toContain('Cơ quan phối hợp giải quyết hồ sơ: Sở Tài chính');
    // receive → 2, 2 → 3, 3 → 2 (sent back), 2 → 3, 3 → 4, 4 → 5 (complete), the result to the applicant
    expect(count(text, 'Giao:')).toBe(7);
    expect(text).toContain('Nhận: Văn phòng Sở - Sở Nội vụ');
    expect(text).toContain('Nhận: Sở Tài chính');
    expect(text).toContain('Tổ chức, cá nhân: Nguyễn Thị Hòa');
    expect(text).toContain('Trả lại để xử lý lại: Bổ sung ý kiến thẩm định');
    // early: 2 → 3, the send back, 2 → 3 again; overdue: 3 → 4; on time: the receipt, 4 → 5, the return
    // (the heading, on every page, names "Trước hạn" too)
    expect(count(text, 'Trước hạn') - count(text, '(Trước hạn/')).toBe(3);
    expect(count(text, 'Quá hạn')).toBe(1);
    expect(count(text, 'Đúng hạn')).toBe(3);
    expect(text).toContain('Người dùng specialist.b');
  });

  it('lists the dossiers a counter received over a period, as PDF and XLSX, for its counter and readers', async () => {
    const query = `agencyId=${f.agencyA}&from=2026-11-01&to=2026-11-30`;
    expect((await specialist.get(`/api/dossier-register/pdf?${query}`)).status).toBe(403);
    const clerkB = await t.login('clerk.b', PASSWORD);
    expect((await clerkB.get(`/api/dossier-register/pdf?${query}`)).status).toBe(403);
    const reversed = await counter.get(
      `/api/dossier-register/pdf?agencyId=${f.agencyA}&from=2026-11-30&to=2026-11-01`,
    );
    expect(reversed.status).toBe(400);

    const pdf = await download(counter, `/api/dossier-register/pdf?${query}`);
    expect(pdf.status).toBe(200);
    const text = await textOf(pdf.bytes);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text).toContain(code);
    expect(text).toContain(lateCode);
    expect(text).not.toContain(octoberCode);

    const leader = await t.login('leader.a', PASSWORD);
    const xlsx = await download(leader, `/api/dossier-register/xlsx?${query}`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(Array.from({ length: 14 }, (_, i) => String(values[i] ?? '')));
    });
    expect(rows[4]).toContain('Ngày, tháng, năm');
    expect(rows[5]).toEqual(
      expect.arrayContaining(['Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả cho cá nhân, tổ chức']),
    );
    const done = rows.find((r) => r[1] === code)!;
    expect(done).toEqual([
      '1',
      code,
      'Cấp giấy phép hoạt động thử nghiệm',
      '1',
      'Nguyễn Thị Hòa',
      'Số 5 đường Hoàng Liên, phường Cốc Lếu; 0912345678',
      'Sở Nội vụ',
      '02/11/2026 08:00',
      '09/11/2026 08:00',
      '02/11/2026 08:00',
      '05/11/2026 09:00',
      '05/11/2026 14:00',
      '',
      '',
    ]);
    const late = rows.find((r) => r[1] === lateCode)!;
    expect(late[0]).toBe('2');
    expect(late[13]).toBe('Quá hạn');
    expect(rows.some((r) => r[1] === octoberCode)).toBe(false);
  });
});
