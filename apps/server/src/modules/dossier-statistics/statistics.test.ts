import { timelinessOf } from '@congso/one-stop';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';
import { workingDaysBetween } from '../calendar/index.ts';
import { A1_HOURS, type StatisticsData, seedStatisticsData } from './test-data.ts';

/**
 * The hand-built dossiers of test-data.ts over March–April 2025, asserted figure by figure. Working time at A
 * is the default 450 minutes a day; the minutes of each completed dossier are worked out in test-data.ts.
 */
let t: TestApp;
let f: DirectoryFixture;
let data: StatisticsData;
let leaderA: TestClient;
let adminA: TestClient;
let clerkA: TestClient;
let specialistA: TestClient;
let leaderB: TestClient;
let sysadmin: TestClient;

const PERIOD = 'from=2025-03-01&to=2025-04-30';

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  data = await seedStatisticsData(t.db.db, f);
  [leaderA, adminA, clerkA, specialistA, leaderB, sysadmin] = await loginAll(t, [
    'leader.a',
    'admin.a',
    'clerk.a',
    'specialist.a',
    'leader.b',
    'sysadmin',
  ]);
  const hours = await sysadmin.put(`/api/calendar/agencies/${f.agencyA1}/working-hours`, { hours: A1_HOURS });
  expect(hours.status, hours.text).toBe(200);
});

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
type Body = any;

/** The dossiers handled in a stretch balance: carried over + received = completed + ended without result + open. */
function expectBalanced(f: Body) {
  expect(f.carriedOver + f.received.total).toBe(f.toHandle);
  expect(f.toHandle).toBe(f.completed.total + f.endedWithoutResult + f.inProgress.total);
}

describe('the figures of an agency over a period', () => {
  it('counts received, carried over, completed early / on time / overdue, in progress, and the rest', async () => {
    const response = await leaderA.get(`/api/dossier-statistics?${PERIOD}`);
    expect(response.status, response.text).toBe(200);
    const s = response.body;
    expect(s).toMatchObject({
      agency: { id: f.agencyA, name: 'Sở Nội vụ' },
      includeSubAgencies: false,
      agencyCount: 1,
      from: '2025-03-01',
      to: '2025-04-30',
    });
    expect(s.summary).toEqual({
      // D1, D4, D6, D8, D9 at the counter; D2, D7 online; D3 by post. D1 and D7 have a scan of every required
      // document (D1 not of its optional one); D2 lacks one; the others have none
      received: {
        total: 8,
        counter: 5,
        online: 2,
        post: 1,
        onlineShare: 0.25,
        postShare: 0.125,
        digitised: 2,
        digitisedShare: 0.25,
      },
      // D5, received in February, ready in March; D11 was over in February
      carriedOver: 1,
      toHandle: 9,
      // D1 and D5 early, D2 on its due day, D3 late; 1,470 + 2,220 + 5,460 + 4,350 = 13,500 minutes = 30 days
      completed: {
        total: 4,
        early: 2,
        onTime: 1,
        overdue: 1,
        earlyOrOnTimeShare: 0.75,
        averageWorkingDays: 7.5,
        averageLegalDays: 7.5,
        resultDigitised: 1,
        resultDigitisedShare: 0.25,
      },
      // D6 overdue; D7 with the applicant since before its due day; D8 not due
      inProgress: { total: 3, notDue: 2, overdue: 1, paused: 1 },
      returned: 3,
      // D4 after receipt, D4b before; D9 withdrawn
      refused: 2,
      withdrawn: 1,
      endedWithoutResult: 2,
      // D3 and D7 while being handled, D4b before it was received
      supplementRequested: 3,
    });
    expectBalanced(s.summary);
  });

  it('takes each month as a period of its own: carried over into it, in progress at its end', async () => {
    const s = (await leaderA.get(`/api/dossier-statistics?${PERIOD}`)).body;
    expect(s.months.map((m: Body) => m.month)).toEqual(['2025-03', '2025-04']);
    const [march, april] = s.months;
    expect(march).toMatchObject({
      received: { total: 5, counter: 3, online: 1, post: 1, digitised: 1 },
      carriedOver: 1,
      completed: { total: 3, early: 2, onTime: 1, overdue: 0, earlyOrOnTimeShare: 1, resultDigitised: 1 },
      // D3 is still being handled at the end of March, past its due instant (31/03 14:00)
      inProgress: { total: 1, notDue: 0, overdue: 1, paused: 0 },
      returned: 2,
      refused: 1,
      withdrawn: 1,
      endedWithoutResult: 2,
      supplementRequested: 1,
    });
    // (1,470 + 2,220 + 4,350) / 3 minutes
    expect(march.completed.averageWorkingDays).toBe(5.96);
    expect(april).toMatchObject({
      received: { total: 3, counter: 2, online: 1, post: 0, digitised: 1 },
      carriedOver: 1,
      completed: {
        total: 1,
        early: 0,
        onTime: 0,
        overdue: 1,
        earlyOrOnTimeShare: 0,
        averageWorkingDays: 12.13,
      },
      inProgress: { total: 3, notDue: 2, overdue: 1, paused: 1 },
      returned: 1,
      refused: 1,
      withdrawn: 0,
      endedWithoutResult: 0,
      supplementRequested: 2,
    });
    for (const month of s.months) expectBalanced(month);
    // what flows (received, completed, returned…) adds up over the months
    for (const figure of ['returned', 'refused', 'withdrawn', 'supplementRequested'])
      expect(march[figure] + april[figure]).toBe(s.summary[figure]);
    expect(march.received.total + april.received.total).toBe(s.summary.received.total);
    expect(march.completed.total + april.completed.total).toBe(s.summary.completed.total);
  });

  it('breaks the figures down by field and by procedure', async () => {
    const s = (await leaderA.get(`/api/dossier-statistics?${PERIOD}`)).body;
    expect(s.byField.map((g: Body) => [g.key, g.toHandle, g.completed.total, g.inProgress.total])).toEqual([
      ['Hộ tịch', 6, 2, 2],
      ['Đất đai', 3, 2, 1],
    ]);
    expect(s.byProcedure.map((g: Body) => [g.code, g.name, g.field, g.toHandle])).toEqual([
      ['1.999101', 'Cấp giấy phép thử nghiệm', 'Hộ tịch', 4],
      ['1.999102', 'Đăng ký thử nghiệm', 'Đất đai', 3],
      ['1.999103', 'Xác nhận thử nghiệm', 'Hộ tịch', 2],
    ]);
    expect(s.byProcedure[0].key).toBe(data.procedures.p1);
    expect(s.byProcedure[1].completed).toMatchObject({ early: 1, overdue: 1, averageWorkingDays: 10.9 });
    expect(s.byAgency).toEqual([]);
  });

  it('measures handling time exactly as the calendar module does, and classifies as timeliness.ts does', async () => {
    const s = (await leaderA.get(`/api/dossier-statistics?${PERIOD}`)).body;
    const completed = await t.db.db
      .selectFrom('dossiers')
      .select(['id', 'agencyId', 'receivedAt', 'completedAt', 'dueAt'])
      .where('agencyId', '=', f.agencyA)
      .where('completedAt', '>=', new Date('2025-03-01T00:00:00+07:00'))
      .where('completedAt', '<', new Date('2025-05-01T00:00:00+07:00'))
      .execute();
    let days = 0;
    const classes = { early: 0, on_time: 0, overdue: 0 };
    for (const d of completed) {
      const pauses = await t.db.db
        .selectFrom('dossierPauses')
        .select(['startedAt as start', 'endedAt as end'])
        .where('dossierId', '=', d.id)
        .execute();
      days += await workingDaysBetween(
        t.db.db,
        d.agencyId,
        d.receivedAt!,
        d.completedAt!,
        pauses.map((p) => ({ start: p.start, end: p.end ?? d.completedAt! })),
      );
      classes[timelinessOf(d.completedAt!, d.dueAt!)] += 1;
    }
    expect(days).toBeCloseTo(30, 9);
    expect(s.summary.completed.averageWorkingDays).toBe(Math.round((days / completed.length) * 100) / 100);
    expect(classes).toEqual({
      early: s.summary.completed.early,
      on_time: s.summary.completed.onTime,
      overdue: s.summary.completed.overdue,
    });
  });

  it('includes the sub-agencies, each by its own calendar, for someone who holds the permission over the sub-tree', async () => {
    const response = await adminA.get(`/api/dossier-statistics?${PERIOD}&includeSubAgencies=true`);
    expect(response.status, response.text).toBe(200);
    const s = response.body;
    expect(s).toMatchObject({ includeSubAgencies: true, agencyCount: 2 });
    // D12 at A1: 2 working days of A1's own calendar (three sessions, six days a week, the Hùng Kings' day off)
    expect(s.summary.received.total).toBe(9);
    expect(s.summary.completed).toMatchObject({ total: 5, early: 3, averageWorkingDays: 6.4 });
    expect(
      await workingDaysBetween(
        t.db.db,
        f.agencyA1,
        new Date('2025-04-04T10:00:00+07:00'),
        new Date('2025-04-08T10:00:00+07:00'),
      ),
    ).toBe(2);
    expect(s.byAgency.map((g: Body) => [g.key, g.name, g.toHandle, g.completed.total])).toEqual([
      [f.agencyA, 'Sở Nội vụ', 9, 4],
      [f.agencyA1, 'Trung tâm Lưu trữ lịch sử', 1, 1],
    ]);
    expect(s.indicators.offering).toEqual({ offered: 4, full: 2, partial: 1 });
  });

  it('defaults to this year up to today', async () => {
    const response = await leaderA.get('/api/dossier-statistics');
    expect(response.status).toBe(200);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect([response.body.from, response.body.to]).toEqual([`${today.slice(0, 4)}-01-01`, today]);
    // nothing of 2025 is in this year's figures, except what is still open: D6, D7 and D8 carried over
    expect(response.body.summary.carriedOver).toBe(3);
    expect(response.body.summary.received.total).toBe(0);
  });

  it('never names an applicant or a dossier: only counts leave', async () => {
    const response = await leaderA.get(`/api/dossier-statistics?${PERIOD}`);
    expect(response.text).not.toContain('Người nộp');
    expect(response.text).not.toContain('000.00.01.H99-250101');
  });
});

describe('the QĐ 766 indicators', () => {
  it('computes groups 2–4 from the figures and the catalogue, with their formulas, and marks what is unconfirmed', async () => {
    const response = await leaderA.get(`/api/dossier-statistics/indicators?${PERIOD}`);
    expect(response.status, response.text).toBe(200);
    const { groups, offering, procedureTimes } = response.body.indicators;
    expect(groups.map((g: Body) => [g.number, g.name, g.maxPoints])).toEqual([
      [1, 'Công khai, minh bạch', 18],
      [2, 'Tiến độ, kết quả giải quyết', 20],
      [3, 'Số hóa hồ sơ', 22],
      [4, 'Cung cấp dịch vụ trực tuyến', 22],
      [5, 'Mức độ hài lòng', 18],
    ]);
    const value = (key: string) =>
      groups.flatMap((g: Body) => g.indicators).find((i: Body) => i.key === key) as Body;
    expect(value('early_or_on_time')).toMatchObject({
      status: 'computed',
      value: 0.75,
      numerator: 3,
      denominator: 4,
      unconfirmed: true,
    });
    expect(value('early_or_on_time').formula).toContain('trước hạn + đúng hạn');
    expect(value('average_time')).toMatchObject({ value: 7.5, unit: 'working_days', denominator: 4 });
    expect(value('digitised')).toMatchObject({
      value: 0.25,
      numerator: 2,
      denominator: 8,
      unconfirmed: true,
    });
    expect(value('result_digitised')).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
    // P1 (full), P2 (partial), P3 (none) offered at A; P4 inactive; P5 offered elsewhere
    expect(offering).toEqual({ offered: 3, full: 1, partial: 1 });
    expect(value('online_procedures')).toMatchObject({ value: 0.6667, numerator: 2, denominator: 3 });
    expect(value('full_online_procedures')).toMatchObject({ value: 0.3333, numerator: 1, denominator: 3 });
    expect(value('online_dossiers')).toMatchObject({ value: 0.25, numerator: 2, denominator: 8 });
    // no ratings yet: satisfaction has no data, its 6 points known
    for (const key of ['feedback_on_time', 'feedback_satisfied', 'satisfied'])
      expect(value(key)).toMatchObject({ status: 'no_data', value: null });
    expect(value('satisfied').maxPoints).toBe(6);
    expect(value('feedback_on_time').unconfirmed).toBe(false);
    expect(value('synchronised').status).toBe('not_measured');
    // the average time procedure by procedure, against the legal time
    expect(procedureTimes).toEqual([
      {
        procedureId: data.procedures.p1,
        code: '1.999101',
        name: 'Cấp giấy phép thử nghiệm',
        completed: 2,
        averageWorkingDays: 4.1,
        averageLegalDays: 5,
      },
      {
        procedureId: data.procedures.p2,
        code: '1.999102',
        name: 'Đăng ký thử nghiệm',
        completed: 2,
        averageWorkingDays: 10.9,
        averageLegalDays: 10,
      },
    ]);
    // the dashboard's figures carry the same indicators
    const full = (await leaderA.get(`/api/dossier-statistics?${PERIOD}`)).body;
    expect(full.indicators).toEqual(response.body.indicators);
  });
});

describe('who may see them', () => {
  it('refuses those without the permission, and other agencies', async () => {
    for (const client of [clerkA, specialistA]) {
      const response = await client.get(`/api/dossier-statistics?${PERIOD}`);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    for (const url of ['/api/dossier-statistics', '/api/dossier-statistics/indicators']) {
      const other = await leaderB.get(`${url}?agencyId=${f.agencyA}&${PERIOD}`);
      expect(other.status).toBe(403);
      expect(other.text).not.toContain('Sở Nội vụ');
    }
    const unknown = await leaderA.get(`/api/dossier-statistics?agencyId=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    // the leader holds it at A only: A's own figures, not those below
    const below = await leaderA.get(`/api/dossier-statistics?${PERIOD}&includeSubAgencies=true`);
    expect(below.status).toBe(403);
    expect(below.body.detail).toContain('đơn vị trực thuộc');
    // B's leader sees B's own dossiers: D13, open and overdue at the end of the period
    const own = await leaderB.get(`/api/dossier-statistics?${PERIOD}`);
    expect(own.status).toBe(200);
    expect(own.body.agency.id).toBe(f.agencyB);
    expect(own.body.summary.received.total).toBe(1);
    expect(own.body.summary.inProgress).toEqual({ total: 1, notDue: 0, overdue: 1, paused: 0 });
  });

  it('lists the agencies one may pick, and where the sub-agencies may be included', async () => {
    const leader = await leaderA.get('/api/dossier-statistics/agencies');
    expect(leader.body).toEqual([
      { id: f.agencyA, parentId: f.root, name: 'Sở Nội vụ', isActive: true, subtree: false },
    ]);
    const admin = await adminA.get('/api/dossier-statistics/agencies');
    expect(admin.body.map((a: Body) => [a.id, a.subtree])).toEqual([
      [f.agencyA, true],
      [f.agencyA1, true],
    ]);
    expect((await specialistA.get('/api/dossier-statistics/agencies')).status).toBe(403);
  });

  it('rejects a bad period in Vietnamese', async () => {
    const response = await leaderA.get('/api/dossier-statistics?from=2025-12-31&to=2025-01-01');
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('Ngày bắt đầu');
  });
});

describe('export', () => {
  it('writes the figures and the indicators to a workbook, and records who took them out', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/dossier-statistics/export.xlsx?${PERIOD}`,
      headers: { cookie: leaderA.cookie! },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('thong-ke-ho-so-2025-03-01-2025-04-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Chỉ số QĐ 766',
      'Theo tháng',
      'Theo lĩnh vực',
      'Theo thủ tục',
    ]);
    const cellAfter = (sheet: ExcelJS.Worksheet, label: string, column = 1) => {
      let found: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(column).value === label) found = row.getCell(column + 1);
      });
      if (!found) throw new Error(`no line "${label}"`);
      return found;
    };
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(1).value).toBe('SỞ NỘI VỤ');
    expect(summary.getRow(3).getCell(1).value).toBe('Từ ngày 01/03/2025 đến ngày 30/04/2025');
    expect(cellAfter(summary, '– Kỳ trước chuyển sang').value).toBe(1);
    expect(cellAfter(summary, '– Tiếp nhận trong kỳ').value).toBe(8);
    expect(cellAfter(summary, '– Trước hạn').value).toBe(2);
    expect(cellAfter(summary, '– Đúng hạn').value).toBe(1);
    expect(cellAfter(summary, '– Quá hạn').value).toBe(1);
    expect(cellAfter(summary, 'Tỷ lệ giải quyết trước hạn, đúng hạn').value).toBe(0.75);
    expect(cellAfter(summary, 'Tỷ lệ giải quyết trước hạn, đúng hạn').numFmt).toBe('0.0%');
    expect(cellAfter(summary, 'Thời gian giải quyết trung bình (ngày làm việc)').value).toBe(7.5);
    expect(cellAfter(summary, 'Trong đó đang tạm dừng (chờ bổ sung, nghĩa vụ tài chính)').value).toBe(1);
    expect(cellAfter(summary, 'Hồ sơ được yêu cầu bổ sung, hoàn thiện').value).toBe(3);

    const indicators = book.getWorksheet('Chỉ số QĐ 766')!;
    const onTime = cellAfter(indicators, 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', 2);
    expect(onTime.value).toContain('trước hạn + đúng hạn');
    expect(indicators.getRow(onTime.row as unknown as number).getCell(4).value).toBe(0.75);
    const satisfied = cellAfter(
      indicators,
      'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
      2,
    );
    const satisfiedRow = indicators.getRow(satisfied.row as unknown as number);
    expect([satisfiedRow.getCell(4).value, satisfiedRow.getCell(5).value]).toEqual([null, 6]);
    expect(satisfiedRow.getCell(6).value).toContain('Chưa có dữ liệu');

    const months = book.getWorksheet('Theo tháng')!;
    expect((months.getRow(6).values as unknown[]).slice(1, 4)).toEqual([
      'Tháng',
      'Kỳ trước chuyển sang',
      'Tiếp nhận trong kỳ',
    ]);
    expect((months.getRow(7).values as unknown[]).slice(1, 4)).toEqual(['03/2025', 1, 5]);
    expect((months.getRow(8).values as unknown[]).slice(1, 4)).toEqual(['04/2025', 1, 3]);
    const procedures = book.getWorksheet('Theo thủ tục')!;
    expect((procedures.getRow(7).values as unknown[]).slice(1, 5)).toEqual([
      '1.999101',
      'Cấp giấy phép thử nghiệm',
      'Hộ tịch',
      0,
    ]);

    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['agencyId', 'summary', 'actorUserId'])
      .where('action', '=', 'dossiers.statistics.export')
      .execute();
    expect(audit).toEqual([
      {
        agencyId: f.agencyA,
        actorUserId: f.users['leader.a']!.id,
        summary: { from: '2025-03-01', to: '2025-04-30', includeSubAgencies: false },
      },
    ]);
    // a refused export records nothing
    expect((await specialistA.get(`/api/dossier-statistics/export.xlsx?${PERIOD}`)).status).toBe(403);
    const after = await t.db.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'dossiers.statistics.export')
      .execute();
    expect(after).toHaveLength(1);
  });
});
