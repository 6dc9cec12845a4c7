import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient, type TestResponse } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { procedureManager } from '../../../test/fixtures/procedure-steps.ts';
import { fixturesDir } from '../../../test/global-setup.ts';

/**
 * Imports of the national catalogue through the HTTP API, with the real files: the JSON export of all
 * 2,642 procedures and the official XLSX lists. Applying runs in the job queue of the test app.
 */

let t: TestApp;
let f: DirectoryFixture;
let admin: TestClient;

const fixture = (name: string) => readFileSync(path.join(fixturesDir, 'procedures', name));
const NATIONAL = 'procedures_all_no_rawtext.jsonl.gz';

async function upload(client: TestClient, fileName: string, content: Uint8Array) {
  const boundary = 'congso-procedure-import';
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/procedure-imports',
    headers: { cookie: client.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  return { status: response.statusCode, body: response.json() };
}

/** Follows an import as its page does, polling, until it ends; every progress seen on the way. */
async function followed(id: string, every = 40): Promise<{ body: TestResponse['body']; progress: number[] }> {
  const progress: number[] = [];
  const until = Date.now() + 60_000;
  for (;;) {
    const { body } = await admin.get(`/api/procedure-imports/${id}`);
    progress.push(body.processedRows);
    if (body.status !== 'running') return { body, progress };
    if (Date.now() > until) throw new Error(`import ${id} still running`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** What a user would compare of the catalogue: every procedure's columns, as one fingerprint, and the count. */
async function catalogue() {
  const { rows } = await sql<{ n: number; digest: string }>`
    select count(*)::int as n, md5(coalesce(string_agg(p::text, '|' order by code), '')) as digest
      from procedures p`.execute(t.db.db);
  return rows[0]!;
}

/** Makes writing one procedure slow (a few ms), so a run can be watched and cancelled midway. */
async function slowWrites(on: boolean) {
  if (on) {
    await sql`create or replace function test_slow_write() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.004); return new; end $$`.execute(t.db.db);
    await sql`create trigger test_slow_write before insert or update on procedures
      for each row execute function test_slow_write()`.execute(t.db.db);
  } else await sql`drop trigger if exists test_slow_write on procedures`.execute(t.db.db);
}

beforeAll(async () => {
  t = await createTestApp({}, { jobs: true });
  f = await seedDirectoryFixture(t.db.db);
  admin = await t.login('sysadmin', PASSWORD);
});

describe('importing the national JSON export (2,642 procedures)', () => {
  let importId: string;

  it('previews every row: new ones, the two that do not fit with their rows, nothing written yet', async () => {
    const before = await catalogue();
    const { status, body } = await upload(admin, NATIONAL, fixture(NATIONAL));
    expect(status).toBe(201);
    importId = body.id;
    expect(body).toMatchObject({
      format: 'jsonl',
      fileName: NATIONAL,
      status: 'previewed',
      totalRows: 2642,
      invalidRows: 2,
      validRows: 2640,
      processedRows: 0,
      preview: { newCount: 2640, updateCount: 0 },
    });
    expect(body.preview.rows).toHaveLength(20);
    expect(body.preview.rows[0]).toEqual({
      row: 1,
      code: '1.000178',
      name: expect.stringMatching(/^Giải quyết khiếu nại/),
      field: 'Khiếu nại, tố cáo',
      action: 'create',
    });
    expect(body.problems).toEqual([
      {
        row: 652,
        code: '1.013980',
        field: 'name',
        message: 'Tên thủ tục dài 1.094 ký tự, quá giới hạn 1.000 ký tự',
      },
      {
        row: 2639,
        code: '2.001538',
        field: 'conditions',
        message: 'Yêu cầu, điều kiện thực hiện dài 44.580 ký tự, quá giới hạn 20.000 ký tự',
      },
    ]);
    expect(await catalogue()).toEqual(before);
  });

  it('is not applied with rows in error unless the user chooses to skip them', async () => {
    const refused = await admin.post(`/api/procedure-imports/${importId}/apply`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe(
      'Tệp có 2 dòng lỗi. Hãy sửa tệp và tải lên lại, hoặc chọn bỏ qua các dòng lỗi khi áp dụng',
    );
    expect((await admin.get(`/api/procedure-imports/${importId}`)).body.status).toBe('previewed');
  });

  it('applies the rest in the background, reporting progress, then the catalogue has every procedure', async () => {
    const started = await admin.post(`/api/procedure-imports/${importId}/apply`, { skipInvalid: true });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('running');
    const { body, progress } = await followed(importId);
    expect(body).toMatchObject({ status: 'done', createdCount: 2640, updatedCount: 0, processedRows: 2640 });
    expect(body.finishedAt).not.toBeNull();
    // progress only grows
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const all = await admin.get('/api/procedures?pageSize=1');
    expect(all.body.total).toBe(2640);
    const fields = (await admin.get('/api/procedures/fields')).body as { name: string; count: number }[];
    expect(fields.find((x) => x.name === 'Hộ tịch')?.count).toBe(41);
  });

  it('finds "Hộ tịch" procedures typed without diacritics, and one by its code', async () => {
    const found = await admin.get('/api/procedures?q=ho%20tich&pageSize=100');
    expect(found.body.total).toBeGreaterThanOrEqual(41);
    const items = found.body.items as { name: string; field: string }[];
    expect(items.filter((p) => p.field === 'Hộ tịch')).toHaveLength(41);
    // the words together come first: "Hộ tịch", before "Chủ tịch hội đồng…"
    for (const p of items.slice(0, 41)) expect(`${p.name} ${p.field}`.toLowerCase()).toContain('hộ tịch');
    const byCode = await admin.get('/api/procedures?q=1.000080');
    expect(byCode.body.items.map((p: { code: string }) => p.code)).toEqual(['1.000080']);
    const detail = await admin.get(`/api/procedures/${byCode.body.items[0].id}`);
    expect(detail.body).toMatchObject({
      name: 'Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới',
      field: 'Hộ tịch',
      level: 'Cấp xã',
      onlineService: 'partial',
      processingDays: 7,
      results: [{ name: 'Trích lục đăng ký nhận cha, mẹ, con', code: 'KQ.G15.000033' }],
    });
    expect(detail.body.channels.map((c: { channel: string }) => c.channel)).toEqual([
      'online',
      'post',
      'counter',
    ]);
    expect(detail.body.legalBasis[0].reference).toBe('85/2019/TT-BTC');
  });

  it('importing a record again updates it, and keeps what the province decided (full online service)', async () => {
    const id = (await admin.get('/api/procedures?q=1.000080')).body.items[0].id;
    await admin.patch(`/api/procedures/${id}`, { onlineService: 'full', processingDays: 5 });
    // the procedure's own line of the export, as a file of its own
    const line = gunzipSync(fixture(NATIONAL))
      .toString('utf8')
      .split('\n')
      .find((l) => l.includes('"ma_thu_tuc": "1.000080"') || l.includes('"ma_thu_tuc":"1.000080"'))!;
    const again = await upload(admin, 'mot-thu-tuc.jsonl', Buffer.from(line));
    expect(again.body.preview).toMatchObject({ newCount: 0, updateCount: 1 });
    await admin.post(`/api/procedure-imports/${again.body.id}/apply`, {});
    expect((await followed(again.body.id)).body).toMatchObject({
      status: 'done',
      createdCount: 0,
      updatedCount: 1,
    });
    const after = (await admin.get(`/api/procedures/${id}`)).body;
    // the national time comes back; toàn trình is the province's and stays
    expect(after).toMatchObject({ onlineService: 'full', processingDays: 7 });
  });
});

describe('importing an official XLSX list', () => {
  it('adds what is new and updates only its five columns of the procedures that exist', async () => {
    const known = (await admin.get('/api/procedures?q=1.000134')).body.items[0];
    const before = (await admin.get(`/api/procedures/${known.id}`)).body;
    const { status, body } = await upload(
      admin,
      'danh-sach-tthc-NganhangNhanuocVietNam.xlsx',
      fixture('xlsx/danh-sach-tthc-NganhangNhanuocVietNam.xlsx'),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      format: 'xlsx',
      totalRows: 261,
      invalidRows: 0,
      preview: { newCount: 1, updateCount: 260 },
      problems: [],
      columns: ['code', 'name', 'issuingBody', 'implementingAgency', 'field'],
    });
    // rows under the title block and the header: the first procedure is on row 3; the one the detailed
    // import left out (its conditions too long) is new
    expect(body.preview.rows.slice(0, 2)).toMatchObject([
      { row: 3, code: '1.115133', action: 'update' },
      { row: 4, code: '2.001538', action: 'create' },
    ]);

    await admin.post(`/api/procedure-imports/${body.id}/apply`, {});
    expect((await followed(body.id)).body).toMatchObject({
      status: 'done',
      createdCount: 1,
      updatedCount: 260,
    });

    const after = (await admin.get(`/api/procedures/${known.id}`)).body;
    expect(after.issuingBody).toBe('Ngân hàng Nhà nước Việt Nam');
    expect(after.implementingAgency).toBe('Ngân hàng Nhà nước Việt Nam');
    // what the list does not carry stays as the detailed import left it
    for (const key of [
      'channels',
      'fees',
      'requiredDocuments',
      'results',
      'legalBasis',
      'processingDays',
      'level',
    ])
      expect(after[key], key).toEqual(before[key]);
    const added = (await admin.get('/api/procedures?q=2.001538')).body.items[0];
    expect(added).toMatchObject({
      name: 'Thủ tục đề nghị danh hiệu thi đua, hình thức khen thưởng thuộc phạm vi chức năng quản lý của NHNN',
      field: 'Hoạt động khác',
      processingDays: null,
    });
  });

  it('says what is wrong with a file it cannot read, and with each row it cannot take', async () => {
    const pdf = await upload(admin, 'danh-sach.pdf', Buffer.from('%PDF-1.4'));
    expect(pdf.status).toBe(400);
    expect(pdf.body.detail).toMatch(/^Chỉ nhận tệp \.xlsx/);
    const broken = await upload(admin, 'danh-sach.xlsx', Buffer.from('không phải xlsx'));
    expect(broken.body.detail).toBe('Không đọc được tệp XLSX');
    const lines = [
      JSON.stringify({ ma_thu_tuc: '9.100001', ten_thu_tuc: 'Thủ tục thử' }),
      '{ hỏng',
      JSON.stringify({ ma_thu_tuc: '9.100001', ten_thu_tuc: 'Thủ tục thử lần hai' }),
      JSON.stringify({ ma_thu_tuc: '9.1', ten_thu_tuc: '' }),
    ].join('\n');
    const rows = await upload(admin, 'thu.jsonl', Buffer.from(lines));
    expect(rows.body).toMatchObject({ totalRows: 4, invalidRows: 3, validRows: 1 });
    expect(rows.body.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([
      [2, 'Dòng không phải JSON hợp lệ'],
      [3, 'Mã thủ tục 9.100001 trùng với dòng 1'],
      [4, 'Mã thủ tục "9.1" không đúng dạng 1.000948 (hoặc 1.000948.H38)'],
      [4, 'Thiếu tên thủ tục'],
    ]);
  });
});

describe('an import that fails or is cancelled changes nothing', () => {
  it('fails midway: the transaction rolls back, the import says why in Vietnamese', async () => {
    const before = await catalogue();
    const { body } = await upload(
      admin,
      'danh-sach-tthc-BoTaiChinh.xlsx',
      fixture('xlsx/danh-sach-tthc-BoTaiChinh.xlsx'),
    );
    // the procedure on row 355 of the list's 708: half of it written when the database refuses
    const midway = '1.009806';
    await sql`create or replace function test_refuse_write() returns trigger language plpgsql as $$
      begin if new.code = ${sql.lit(midway)} then raise exception 'cơ sở dữ liệu từ chối ghi'; end if;
      return new; end $$`.execute(t.db.db);
    await sql`create trigger test_refuse_write before update on procedures
      for each row execute function test_refuse_write()`.execute(t.db.db);
    try {
      await admin.post(`/api/procedure-imports/${body.id}/apply`, {});
      const { body: ended } = await followed(body.id);
      expect(ended.status).toBe('failed');
      expect(ended.error).toBe(
        'Không ghi được dòng 355 (mã 1.009806): lỗi cơ sở dữ liệu P0001: cơ sở dữ liệu từ chối ghi. Danh mục không thay đổi.',
      );
      expect(ended.processedRows).toBeGreaterThan(0);
      expect(await catalogue()).toEqual(before);
    } finally {
      await sql`drop trigger test_refuse_write on procedures`.execute(t.db.db);
    }
    // a failed import can be applied again
    await admin.post(`/api/procedure-imports/${body.id}/apply`, {});
    expect((await followed(body.id)).body).toMatchObject({ status: 'done', updatedCount: 706 });
  });

  it('reports its progress while it runs, and a cancelled run rolls back', async () => {
    const before = await catalogue();
    const { body } = await upload(
      admin,
      'danh-sach-tthc-BoXayDung.xlsx',
      fixture('xlsx/danh-sach-tthc-BoXayDung.xlsx'),
    );
    await slowWrites(true);
    try {
      await admin.post(`/api/procedure-imports/${body.id}/apply`, {});
      let seen = 0;
      const until = Date.now() + 30_000;
      while (seen === 0 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = (await admin.get(`/api/procedure-imports/${body.id}`)).body.processedRows;
      }
      // partway: some rows written, not all
      expect(seen).toBeGreaterThan(0);
      expect(seen).toBeLessThan(525);
      const cancelled = await admin.post(`/api/procedure-imports/${body.id}/cancel`);
      expect(cancelled.body.status).toBe('cancelled');
      // the job notices at its next report and rolls back; the import stays cancelled
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await admin.get(`/api/procedure-imports/${body.id}`)).body.status).toBe('cancelled');
      expect(await catalogue()).toEqual(before);
    } finally {
      await slowWrites(false);
    }
  });

  it('progress is seen growing to the end of a run', async () => {
    const { body } = await upload(
      admin,
      'danh-sach-tthc-BoCongAn.xlsx',
      fixture('xlsx/danh-sach-tthc-BoCongAn.xlsx'),
    );
    await slowWrites(true);
    try {
      await admin.post(`/api/procedure-imports/${body.id}/apply`, {});
      const { body: ended, progress } = await followed(body.id, 30);
      expect(ended).toMatchObject({ status: 'done', processedRows: 339, updatedCount: 339 });
      expect(progress.some((n) => n > 0 && n < 339)).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    } finally {
      await slowWrites(false);
    }
  });
});

describe('who imports', () => {
  it('only those who keep the catalogue at the province root; the list of imports too', async () => {
    const clerk = await t.login('clerk.a', PASSWORD);
    expect((await upload(clerk, NATIONAL, fixture(NATIONAL))).status).toBe(403);
    // procedures.manage held at agency A only: A's processing steps, not the province's catalogue
    const atA = await t.login(await procedureManager(t.db.db, f.agencyA, true), PASSWORD);
    expect((await upload(atA, 'thu.jsonl', Buffer.from('{}'))).status).toBe(403);
    expect((await atA.get('/api/procedure-imports')).status).toBe(403);
    const atRoot = await t.login(await procedureManager(t.db.db, f.root), PASSWORD);
    const list = await atRoot.get('/api/procedure-imports');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(6);
    expect(list.body.items[0]).toMatchObject({ createdBy: 'Người dùng sysadmin' });
  });
});
