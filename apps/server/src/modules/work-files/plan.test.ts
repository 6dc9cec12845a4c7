import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerk: TestClient;
let specialist: TestClient;
let admin: TestClient;
let clerkB: TestClient;

const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const entry = (overrides: Record<string, unknown> = {}) => ({
  year,
  heading: 'I. Tổng hợp',
  code: '02.th',
  title: 'Hồ sơ kiểm tra công tác văn thư, lưu trữ',
  retentionYears: 10,
  ownerUserId: f.users['specialist.a']!.id,
  ...overrides,
});

async function auditActions(): Promise<string[]> {
  const rows = await t.db.db.selectFrom('auditLog').select('action').orderBy('id').execute();
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerk, specialist, admin, clerkB] = await loginAll(t, ['clerk.a', 'specialist.a', 'admin.a', 'clerk.b']);
});

describe('file plan (danh mục hồ sơ)', () => {
  it('is kept by the clerk and the agency administrator, in code order, retention written out', async () => {
    const second = await clerk.post('/api/file-plans/entries', entry());
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      code: '02.TH',
      retentionText: '10 năm',
      owner: { id: f.users['specialist.a']!.id, name: 'Người dùng specialist.a' },
      workFile: null,
    });
    const tenth = await admin.post(
      '/api/file-plans/entries',
      entry({ code: '10.TH', title: 'Kế hoạch, báo cáo công tác năm', retentionYears: null }),
    );
    expect(tenth.status).toBe(201);
    expect(tenth.body.retentionText).toBe('Vĩnh viễn');
    await clerk.post(
      '/api/file-plans/entries',
      entry({
        heading: 'II. Tổ chức, cán bộ',
        code: '01.TCCB',
        title: 'Hồ sơ tuyển dụng công chức',
        retentionYears: 70,
        departmentId: f.departmentA,
      }),
    );

    const plan = await specialist.get(`/api/file-plans?year=${year}`);
    expect(plan.status).toBe(200);
    // section by section (I before II), codes as numbers within one
    expect(plan.body.entries.map((e: { code: string }) => e.code)).toEqual(['02.TH', '10.TH', '01.TCCB']);
    expect(plan.body.can).toEqual({ manage: false, open: true });
    expect((await clerk.get(`/api/file-plans?year=${year}`)).body.can).toEqual({ manage: true, open: true });
    expect((await clerk.get(`/api/file-plans?year=${year + 1}`)).body.entries).toEqual([]);
  });

  it('refuses those who do not keep it, with a problem in Vietnamese', async () => {
    const refused = await specialist.post('/api/file-plans/entries', entry({ code: '03.TH' }));
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toBe(
      'Chỉ người được giao lập danh mục hồ sơ của cơ quan mới thay đổi được danh mục',
    );
    // another agency's plan is not theirs to read either
    const other = await clerkB.get(`/api/file-plans?year=${year}&agencyId=${f.agencyA}`);
    expect(other.status).toBe(403);
    const entries = (await clerk.get(`/api/file-plans?year=${year}`)).body.entries;
    expect((await clerkB.patch(`/api/file-plans/entries/${entries[0].id}`, { title: 'Đổi' })).status).toBe(
      403,
    );
    expect((await clerkB.delete(`/api/file-plans/entries/${entries[0].id}`)).status).toBe(403);
  });

  it('checks codes, owners and units, saying which field is wrong', async () => {
    const duplicate = await clerk.post('/api/file-plans/entries', entry({ code: '02.TH' }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toBe(`Danh mục hồ sơ năm ${year} đã có hồ sơ ký hiệu 02.TH`);

    const badCode = await clerk.post('/api/file-plans/entries', entry({ code: '03 TH' }));
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/code', detail: expect.stringContaining('chỉ gồm chữ cái') }),
    ]);

    const stranger = await clerk.post(
      '/api/file-plans/entries',
      entry({ code: '03.TH', ownerUserId: f.users['clerk.b']!.id }),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors[0]).toMatchObject({ pointer: '/body/ownerUserId' });
    expect(stranger.body.detail).toBe('Người lập hồ sơ phải là cán bộ đang làm việc tại cơ quan');

    const missing = await clerk.post('/api/file-plans/entries', { year, code: '04.TH' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/ownerUserId',
      '/body/retentionYears',
      '/body/title',
    ]);
    expect(missing.body.errors[0].detail).toBe('Trường này là bắt buộc');
  });

  it('changes and removes entries, audited; an entry a file was opened from stays', async () => {
    const plan = (await clerk.get(`/api/file-plans?year=${year}`)).body;
    const tccb = plan.entries.find((e: { code: string }) => e.code === '01.TCCB');
    const changed = await clerk.patch(`/api/file-plans/entries/${tccb.id}`, {
      title: 'Hồ sơ tuyển dụng công chức năm nay',
      retentionYears: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Hồ sơ tuyển dụng công chức năm nay',
      retentionText: 'Vĩnh viễn',
    });
    const clash = await clerk.patch(`/api/file-plans/entries/${tccb.id}`, { code: '02.TH' });
    expect(clash.status).toBe(409);

    const opened = await specialist.post('/api/work-files', { planEntryId: tccb.id });
    expect(opened.status).toBe(201);
    const kept = await clerk.delete(`/api/file-plans/entries/${tccb.id}`);
    expect(kept.status).toBe(409);
    expect(kept.body.detail).toContain('Đã có hồ sơ được lập theo mục này');
    const after = (await specialist.get(`/api/file-plans?year=${year}`)).body.entries;
    expect(after.find((e: { id: string }) => e.id === tccb.id).workFile).toEqual({
      id: opened.body.id,
      status: 'open',
    });

    const spare = await clerk.post('/api/file-plans/entries', entry({ code: '09.TH' }));
    expect((await clerk.delete(`/api/file-plans/entries/${spare.body.id}`)).status).toBe(204);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['work_files.plan.create', 'work_files.plan.update', 'work_files.plan.delete']),
    );
  });

  it("copies last year's plan into a new year, leaving codes the new year already has", async () => {
    await clerk.post('/api/file-plans/entries', entry({ year: year + 1, code: '10.TH', title: 'Đã có sẵn' }));
    const copy = await clerk.post('/api/file-plans/copy', { fromYear: year, toYear: year + 1 });
    expect(copy.status).toBe(200);
    expect(copy.body).toEqual({ copied: 2, skipped: ['10.TH'] });
    const next = (await clerk.get(`/api/file-plans?year=${year + 1}`)).body.entries;
    expect(next.map((e: { code: string; title: string }) => `${e.code} ${e.title}`)).toEqual([
      '02.TH Hồ sơ kiểm tra công tác văn thư, lưu trữ',
      '10.TH Đã có sẵn',
      '01.TCCB Hồ sơ tuyển dụng công chức năm nay',
    ]);
    expect(next[2]).toMatchObject({ heading: 'II. Tổ chức, cán bộ', department: { id: f.departmentA } });

    const nothing = await clerk.post('/api/file-plans/copy', { fromYear: 2001, toYear: year });
    expect(nothing.status).toBe(409);
    const same = await clerk.post('/api/file-plans/copy', { fromYear: year, toYear: year });
    expect(same.status).toBe(400);
    expect(same.body.errors[0]).toMatchObject({ pointer: '/body/toYear' });
    expect((await specialist.post('/api/file-plans/copy', { fromYear: year, toYear: year + 2 })).status).toBe(
      403,
    );
  });

  it('prints as the Danh mục hồ sơ of Phụ lục V', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/file-plans/export?year=${year}`,
      headers: { cookie: clerk.cookie! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`danh-muc-ho-so-${year}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values[1]).toEqual(['SỞ NỘI VỤ']);
    expect(values[2]).toEqual([`DANH MỤC HỒ SƠ NĂM ${year}`]);
    expect(values[4]).toEqual([
      'Số và ký hiệu hồ sơ',
      'Tên đề mục và tiêu đề hồ sơ',
      'Thời hạn bảo quản',
      'Người lập hồ sơ',
      'Ghi chú',
    ]);
    // the heading row of each section, then its entries
    expect(values[5]?.[0]).toBe('I. Tổng hợp');
    expect(values[6]?.slice(0, 3)).toEqual(['02.TH', 'Hồ sơ kiểm tra công tác văn thư, lưu trữ', '10 năm']);
    expect(values[8]?.[0]).toBe('II. Tổ chức, cán bộ');
    expect(values[9]).toEqual([
      '01.TCCB',
      'Hồ sơ tuyển dụng công chức năm nay',
      'Vĩnh viễn',
      'Người dùng specialist.a (Văn phòng Sở)',
      '',
    ]);
    expect(values.flat()).toContain(
      'Bản danh mục hồ sơ này có 3 hồ sơ, bao gồm: 2 hồ sơ bảo quản vĩnh viễn; 1 hồ sơ bảo quản có thời hạn.',
    );
  });
});
