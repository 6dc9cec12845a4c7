import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import {
  deliveredCopy,
  issueOutgoing,
  loginAll,
  registerIncoming as register,
  setClearance,
} from '../../../test/fixtures/documents.ts';

/**
 * A known year of documents in agency A, made through the real routes and then moved into 2025 by SQL (the
 * moments of registration, deadlines and completion), so that every figure can be asserted exactly.
 */
let t: TestApp;
let f: DirectoryFixture;
let clerkA: TestClient;
let leaderA: TestClient;
let specialistA: TestClient;
let adminA: TestClient;
let clerkB: TestClient;
let leaderB: TestClient;
let sysadmin: TestClient;

const YEAR_2025 = 'from=2025-01-01&to=2025-12-31';
const SECRET_SUBJECT = 'Kế hoạch bảo vệ bí mật nhà nước (mật)';

const incoming = (documentType: string, medium: 'paper' | 'electronic', extra: object = {}) => ({
  documentType,
  subject: `Văn bản ${documentType} gửi Sở Nội vụ`,
  issuerName: 'Bộ Nội vụ',
  medium,
  ...extra,
});
const outgoing = (
  documentType: string,
  medium: 'paper' | 'electronic',
  recipients: unknown[],
  extra = {},
) => ({
  documentType,
  subject: `Văn bản đi ${documentType}`,
  signerName: 'Nguyễn Văn Minh',
  signerPosition: 'Giám đốc',
  medium,
  recipients,
  ...extra,
});

/** Moves a document's moments (Vietnam time) into the past. */
async function at(
  id: string,
  moments: { registeredAt?: string; dueAt?: string | null; completedAt?: string },
): Promise<void> {
  const when = (text: string | null | undefined) =>
    text === undefined ? undefined : text === null ? null : new Date(`${text}+07:00`);
  await t.db.db
    .updateTable('documents')
    .set({
      ...(moments.registeredAt ? { registeredAt: when(moments.registeredAt)! } : {}),
      ...(moments.dueAt !== undefined ? { dueAt: when(moments.dueAt) } : {}),
      ...(moments.completedAt ? { completedAt: when(moments.completedAt)! } : {}),
    })
    .where('id', '=', id)
    .execute();
}

const issue = async (client: TestClient, body: object) => (await issueOutgoing(client, body)).id;

/** The leader's directive; returns the lead task. */
async function direct(id: string, lead: object, dueOn?: string): Promise<string> {
  const response = await leaderA.post(`/api/documents/${id}/directive`, {
    directive: 'Giao xử lý',
    lead,
    ...(dueOn ? { dueOn } : {}),
  });
  expect(response.status, response.text).toBe(200);
  return response.body.tasks.find((task: { kind: string }) => task.kind === 'lead').id;
}

async function complete(client: TestClient, id: string, taskId: string): Promise<void> {
  const response = await client.post(`/api/documents/${id}/tasks/${taskId}/complete`, { result: 'Đã xử lý' });
  expect(response.status, response.text).toBe(200);
  expect(response.body.status).toBe('done');
}

/** B issues a document to A on the platform (on paper at B), and A's clerk registers the copy. */
async function deliveredToA(documentType: string): Promise<{ sent: string; copy: string }> {
  const sent = await issue(clerkB, outgoing(documentType, 'paper', [{ agencyId: f.agencyA }]));
  const copy = await deliveredCopy(t, sent, f.agencyA);
  expect((await clerkA.post(`/api/documents/${copy}/accept`)).status).toBe(200);
  return { sent, copy };
}

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerkA, leaderA, specialistA, adminA, clerkB, leaderB, sysadmin] = await loginAll(t, [
    'clerk.a',
    'leader.a',
    'specialist.a',
    'admin.a',
    'clerk.b',
    'leader.b',
    'sysadmin',
  ]);
  const specialist = { userId: f.users['specialist.a']!.id };

  // handled on time: registered Monday 03/03 09:00, due Monday 10/03, done Thursday 06/03 09:00 (3 days)
  const onTime = await register(clerkA, incoming('quyet_dinh', 'paper'));
  await complete(specialistA, onTime, await direct(onTime, specialist, '2099-12-31'));
  await at(onTime, {
    registeredAt: '2025-03-03T09:00:00',
    dueAt: '2025-03-10T23:59:59',
    completedAt: '2025-03-06T09:00:00',
  });

  // handled late, led by the department (its leader completes it): 10/03 08:00, due 12/03, done 17/03 08:00
  const late = await register(clerkA, incoming('cong_van', 'electronic'));
  await complete(leaderA, late, await direct(late, { departmentId: f.departmentA }, '2099-12-31'));
  await at(late, {
    registeredAt: '2025-03-10T08:00:00',
    dueAt: '2025-03-12T23:59:59',
    completedAt: '2025-03-17T08:00:00',
  });

  // received over the platform (issued on paper by B: still an electronic arrival), assigned, overdue
  const overdue = await deliveredToA('cong_van');
  await direct(overdue.copy, specialist, '2099-12-31');
  await at(overdue.copy, { registeredAt: '2025-04-15T10:00:00', dueAt: '2025-04-30T23:59:59' });

  // registered on paper, never submitted: open, no deadline, no department
  await at(await register(clerkA, incoming('ke_hoach', 'paper')), { registeredAt: '2025-05-20T10:00:00' });

  // electronic, assigned with a deadline far ahead: open, not yet due
  const notDue = await register(clerkA, incoming('cong_van', 'electronic'));
  await direct(notDue, specialist, '2099-12-31');
  await at(notDue, { registeredAt: '2025-05-21T10:00:00' });

  // received over the platform, then recalled by B: neither handled nor open
  const recalled = await deliveredToA('bao_cao');
  expect((await clerkB.post(`/api/documents/${recalled.sent}/recall`, { reason: 'Gửi nhầm' })).status).toBe(
    200,
  );
  await at(recalled.copy, { registeredAt: '2025-06-02T10:00:00' });

  // a secret one: counted, never named
  await setClearance(t, f, 'clerk.a', 'secret');
  const secret = await register(
    clerkA,
    incoming('cong_van', 'paper', { secrecy: 'secret', subject: SECRET_SUBJECT }),
  );
  await at(secret, { registeredAt: '2025-08-05T10:00:00' });

  // the first minutes of 2025 in Vietnam are in 2025 (still 2024 in UTC); the last of 2024 are not
  await at(await register(clerkA, incoming('quyet_dinh', 'paper')), { registeredAt: '2025-01-01T00:10:00' });
  await at(await register(clerkA, incoming('quyet_dinh', 'paper')), { registeredAt: '2024-12-31T23:50:00' });

  // outgoing: to B on the platform and to a ministry outside it (B registers its copy)
  const toB = await issue(
    clerkA,
    outgoing('cong_van', 'electronic', [
      { agencyId: f.agencyB },
      { name: 'Bộ Nội vụ', code: '000.00.00.G09' },
    ]),
  );
  const copyAtB = await deliveredCopy(t, toB, f.agencyB);
  expect((await clerkB.post(`/api/documents/${copyAtB}/accept`)).status).toBe(200);
  await at(toB, { registeredAt: '2025-03-20T15:00:00' });
  // on paper, drafted by the department, to an agency outside the platform
  await at(
    await issue(
      clerkA,
      outgoing('thong_bao', 'paper', [{ name: 'Văn phòng Chính phủ' }], { departmentId: f.departmentA }),
    ),
    { registeredAt: '2025-07-01T09:00:00' },
  );
  // issued to B, then recalled
  const withdrawn = await issue(clerkA, outgoing('cong_van', 'electronic', [{ agencyId: f.agencyB }]));
  expect((await clerkA.post(`/api/documents/${withdrawn}/recall`, { reason: 'Sai sót' })).status).toBe(200);
  await at(withdrawn, { registeredAt: '2025-09-09T09:00:00' });

  // a sub-agency of A (A1) received one electronic document; B has its own register
  await at(await register(sysadmin, { ...incoming('cong_van', 'electronic'), agencyId: f.agencyA1 }), {
    registeredAt: '2025-02-10T10:00:00',
  });
});

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
const monthOf = (body: { months: any[] }, month: string) => body.months.find((m) => m.month === month);

describe('document statistics of an agency', () => {
  it('counts what was received and issued in the period, electronic and paper, and how incoming was handled', async () => {
    const response = await leaderA.get(`/api/document-statistics?${YEAR_2025}`);
    expect(response.status, response.text).toBe(200);
    const s = response.body;
    expect(s).toMatchObject({
      agency: { id: f.agencyA, name: 'Sở Nội vụ' },
      includeSubAgencies: false,
      agencyCount: 1,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(s.summary).toEqual({
      incoming: { total: 8, electronic: 4, onPlatform: 2, paper: 4, electronicShare: 0.5 },
      outgoing: { total: 3, electronic: 2, paper: 1, electronicShare: 0.6667, recalled: 1 },
      electronicShare: 0.5455,
      handling: {
        handled: 2,
        onTime: 1,
        late: 1,
        open: 5,
        openNotDue: 4,
        openOverdue: 1,
        noDeadline: 3,
        withdrawn: 1,
        onTimeShare: 0.5,
        handledShare: 0.2857,
        // 3 and 7 calendar days; 3 working days (04–06/03) and 5 (11–14/03, 17/03)
        averageDays: 5,
        averageWorkingDays: 4,
      },
    });
    expect(s.deliveries).toEqual({
      total: 4,
      registered: 1,
      registeredShare: 0.3333,
      byStatus: [
        { status: '03', name: 'Đã tiếp nhận (vào sổ)', count: 1 },
        { status: '13', name: 'Đã thu hồi', count: 1 },
        { status: 'waiting', name: 'Chờ gửi qua trục liên thông', count: 2 },
      ],
    });
  });

  it('gives every month of the period, the months without documents as zeros', async () => {
    const s = (await leaderA.get(`/api/document-statistics?${YEAR_2025}`)).body;
    expect(s.months.map((m: { month: string }) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    const counts = s.months.map((m: { incoming: { total: number }; outgoing: { total: number } }) => [
      m.incoming.total,
      m.outgoing.total,
    ]);
    expect(counts).toEqual([
      [1, 0],
      [0, 0],
      [2, 1],
      [1, 0],
      [2, 0],
      [1, 0],
      [0, 1],
      [1, 0],
      [0, 1],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(monthOf(s, '2025-03').handling).toMatchObject({
      onTime: 1,
      late: 1,
      onTimeShare: 0.5,
      averageDays: 5,
      averageWorkingDays: 4,
    });
    expect(monthOf(s, '2025-02').handling).toMatchObject({
      handled: 0,
      onTimeShare: null,
      averageDays: null,
    });
    // a narrower period: March only
    const march = (await leaderA.get('/api/document-statistics?from=2025-03-01&to=2025-03-31')).body;
    expect(march.months.map((m: { month: string }) => m.month)).toEqual(['2025-03']);
    expect([march.summary.incoming.total, march.summary.outgoing.total]).toEqual([2, 1]);
  });

  it('breaks the figures down by document type and by the department that leads or drafts', async () => {
    const s = (await leaderA.get(`/api/document-statistics?${YEAR_2025}`)).body;
    expect(
      s.byDocumentType.map(
        (g: { key: string; name: string; incoming: { total: number }; outgoing: { total: number } }) => [
          g.key,
          g.name,
          g.incoming.total,
          g.outgoing.total,
        ],
      ),
    ).toEqual([
      ['cong_van', 'Công văn', 4, 2],
      ['quyet_dinh', 'Quyết định', 2, 0],
      ['bao_cao', 'Báo cáo', 1, 0],
      ['ke_hoach', 'Kế hoạch', 1, 0],
      ['thong_bao', 'Thông báo', 0, 1],
    ]);
    const departments = s.byDepartment.map(
      (g: { key: string | null; name: string; incoming: { total: number }; outgoing: { total: number } }) => [
        g.key,
        g.name,
        g.incoming.total,
        g.outgoing.total,
      ],
    );
    expect(departments).toEqual([
      [f.departmentA, 'Văn phòng Sở', 4, 1],
      [null, 'Chưa giao phòng, ban', 4, 2],
    ]);
    expect(s.byDepartment[0].handling).toMatchObject({ onTime: 1, late: 1, openOverdue: 1, openNotDue: 1 });
    expect(s.byAgency).toEqual([]);
  });

  it('never names a document, secret or not: only counts leave', async () => {
    const response = await leaderA.get(`/api/document-statistics?${YEAR_2025}`);
    expect(response.text).not.toContain(SECRET_SUBJECT);
    expect(response.text).not.toContain('Văn bản cong_van');
  });

  it('includes the sub-agencies for someone who holds the permission over the sub-tree', async () => {
    const response = await adminA.get(`/api/document-statistics?${YEAR_2025}&includeSubAgencies=true`);
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ includeSubAgencies: true, agencyCount: 2 });
    expect(response.body.summary.incoming).toEqual({
      total: 9,
      electronic: 5,
      onPlatform: 2,
      paper: 4,
      electronicShare: 0.5556,
    });
    expect(
      response.body.byAgency.map((g: { key: string; name: string; incoming: { total: number } }) => [
        g.key,
        g.name,
        g.incoming.total,
      ]),
    ).toEqual([
      [f.agencyA, 'Sở Nội vụ', 8],
      [f.agencyA1, 'Trung tâm Lưu trữ lịch sử', 1],
    ]);
    // the leader holds it at A only: A's own figures, not those below
    const refused = await leaderA.get(`/api/document-statistics?${YEAR_2025}&includeSubAgencies=true`);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('đơn vị trực thuộc');
  });

  it('defaults to this year up to today', async () => {
    const response = await leaderA.get('/api/document-statistics');
    expect(response.status).toBe(200);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect([response.body.from, response.body.to]).toEqual([`${today.slice(0, 4)}-01-01`, today]);
  });
});

describe('who may see them', () => {
  it('refuses those without the permission, and other agencies', async () => {
    for (const client of [clerkA, specialistA]) {
      const response = await client.get(`/api/document-statistics?${YEAR_2025}`);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const otherAgency = await leaderB.get(`/api/document-statistics?agencyId=${f.agencyA}&${YEAR_2025}`);
    expect(otherAgency.status).toBe(403);
    const unknown = await leaderA.get(`/api/document-statistics?agencyId=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    // B's leader sees B's figures: what A sent B, registered there
    const own = await leaderB.get(`/api/document-statistics?${YEAR_2025}`);
    expect(own.status).toBe(200);
    expect(own.body.agency.id).toBe(f.agencyB);
  });

  it('lists the agencies one may pick, and where the sub-agencies may be included', async () => {
    const leader = await leaderA.get('/api/document-statistics/agencies');
    expect(leader.body).toEqual([
      { id: f.agencyA, parentId: f.root, name: 'Sở Nội vụ', isActive: true, subtree: false },
    ]);
    const admin = await adminA.get('/api/document-statistics/agencies');
    expect(admin.body.map((a: { id: string; subtree: boolean }) => [a.id, a.subtree])).toEqual([
      [f.agencyA, true],
      [f.agencyA1, true],
    ]);
    expect((await specialistA.get('/api/document-statistics/agencies')).status).toBe(403);
    const all = await sysadmin.get('/api/document-statistics/agencies');
    expect(all.body.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([f.root, f.agencyA, f.agencyA1, f.agencyB]),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['from after to', 'from=2025-12-31&to=2025-01-01', '/querystring/from'],
    ['a date that does not exist', 'from=2025-02-30', '/querystring/from'],
    ['not a date', 'to=31/12/2025', '/querystring/to'],
    ['more than ten years', 'from=2000-01-01&to=2025-12-31', '/querystring/from'],
    ['a flag that is not true or false', 'includeSubAgencies=yes', '/querystring/includeSubAgencies'],
    ['an unknown parameter', 'year=2025', '/querystring'],
  ])('%s → 400 in Vietnamese', async (_, query, pointer) => {
    const response = await leaderA.get(`/api/document-statistics?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toMatch(/[ạảãàáâậầấẩẫăặằắẳẵđêệềếểễôộồốổỗơợờớởỡưựừứửữịỉĩìíọỏõòóụủũùúỵỷỹỳý]/i);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

describe('export', () => {
  it('writes the figures to a workbook, with percent formats, and records who took them out', async () => {
    const before = await t.db.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'documents.statistics.export')
      .execute();
    expect(before).toHaveLength(0);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/document-statistics/export.xlsx?${YEAR_2025}`,
      headers: { cookie: leaderA.cookie! },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('thong-ke-van-ban-2025-01-01-2025-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo tháng',
      'Theo loại văn bản',
      'Theo phòng, ban',
      'Nơi nhận',
    ]);

    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(1).value).toBe('SỞ NỘI VỤ');
    expect(summary.getRow(3).getCell(1).value).toBe('Từ ngày 01/01/2025 đến ngày 31/12/2025');
    const line = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      if (!found) throw new Error(`no line "${label}"`);
      return found;
    };
    expect(line('Tổng số văn bản đến đã vào sổ').value).toBe(8);
    expect(line('   trong đó nhận qua hệ thống').value).toBe(2);
    expect(line('Tổng số văn bản đi đã phát hành').value).toBe(3);
    expect(line('Tỷ lệ văn bản đến là văn bản điện tử').value).toBe(0.5);
    expect(line('Tỷ lệ văn bản đến là văn bản điện tử').numFmt).toBe('0.0%');
    expect(line('Tỷ lệ văn bản đi, đến là văn bản điện tử').value).toBe(0.5455);
    expect(line('– Quá hạn').value).toBe(1);
    expect(line('– Đã quá hạn').value).toBe(1);
    expect(line('Thời gian xử lý trung bình (ngày làm việc)').value).toBe(4);
    expect(line('Tỷ lệ nơi nhận đã vào sổ').value).toBe(0.3333);

    const months = book.getWorksheet('Theo tháng')!;
    const header = (months.getRow(6).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual([
      'Tháng',
      'Văn bản đến',
      'Đến: điện tử',
      'Đến: giấy',
      'Tỷ lệ văn bản đến điện tử',
    ]);
    expect(months.rowCount).toBe(6 + 12);
    const march = months.getRow(9);
    expect(march.getCell(1).value).toBe('03/2025');
    expect([march.getCell(2).value, march.getCell(6).value]).toEqual([2, 1]);
    expect(march.getCell(14).numFmt).toBe('0.0%');
    expect(march.getCell(14).value).toBe(0.5);

    const types = book.getWorksheet('Theo loại văn bản')!;
    expect([types.getRow(7).getCell(1).value, types.getRow(7).getCell(2).value]).toEqual(['Công văn', 4]);

    // nothing in the workbook names a document
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => {
        expect(JSON.stringify(row.values)).not.toContain(SECRET_SUBJECT);
      });

    const after = await t.db.db
      .selectFrom('auditLog')
      .select(['agencyId', 'summary', 'actorUserId'])
      .where('action', '=', 'documents.statistics.export')
      .execute();
    expect(after).toEqual([
      {
        agencyId: f.agencyA,
        actorUserId: f.users['leader.a']!.id,
        summary: { from: '2025-01-01', to: '2025-12-31', includeSubAgencies: false },
      },
    ]);
    // looking at the figures on screen is not an export
    await leaderA.get(`/api/document-statistics?${YEAR_2025}`);
    const refused = await specialistA.get(`/api/document-statistics/export.xlsx?${YEAR_2025}`);
    expect(refused.status).toBe(403);
    expect(
      await t.db.db
        .selectFrom('auditLog')
        .select('id')
        .where('action', '=', 'documents.statistics.export')
        .execute(),
    ).toHaveLength(1);
  });

  it('adds a sheet by agency when the sub-agencies are included', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/document-statistics/export.xlsx?${YEAR_2025}&includeSubAgencies=true`,
      headers: { cookie: adminA.cookie! },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const agencies = book.getWorksheet('Theo cơ quan')!;
    expect(agencies.getRow(4).getCell(1).value).toContain('gồm 2 cơ quan, đơn vị');
    expect([agencies.getRow(7).getCell(1).value, agencies.getRow(7).getCell(2).value]).toEqual([
      'Sở Nội vụ',
      8,
    ]);
    expect([agencies.getRow(8).getCell(1).value, agencies.getRow(8).getCell(2).value]).toEqual([
      'Trung tâm Lưu trữ lịch sử',
      1,
    ]);
  });
});
