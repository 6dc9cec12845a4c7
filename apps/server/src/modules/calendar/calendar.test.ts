import { BUNDLED_SCHEDULES, bundledSchedule, type OfficialSchedule } from '@congso/vn-calendar';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp, type TestClient, type TestResponse } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { CALENDAR_CACHE_TTL_MS } from './cache.ts';
import { calendarFor, dueAt, seedBundledSchedules, workingDaysBetween, workingTimeBetween } from './index.ts';

let t: TestApp;
let f: DirectoryFixture;
let sys: TestClient;
let adminA: TestClient;
let adminB: TestClient;
let clerkA: TestClient;

/** TestClient has no PUT; the same request through inject. */
async function put(client: TestClient, url: string, body: unknown): Promise<TestResponse> {
  const response = await t.app.inject({
    method: 'PUT',
    url,
    headers: client.cookie ? { cookie: client.cookie } : {},
    payload: body as object,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    parsed = undefined;
  }
  return { status: response.statusCode, headers: response.headers, body: parsed, text: response.body };
}

async function auditActions(): Promise<string[]> {
  const rows = await t.db.db.selectFrom('auditLog').select('action').orderBy('id').execute();
  return rows.map((r) => r.action);
}

const vn = (text: string) => new Date(`${text}+07:00`);

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  sys = await t.login('sysadmin', PASSWORD);
  adminA = await t.login('admin.a', PASSWORD);
  adminB = await t.login('admin.b', PASSWORD);
  clerkA = await t.login('clerk.a', PASSWORD);
});

afterEach(() => {
  vi.useRealTimers();
});

function with2025(change: (s: OfficialSchedule) => OfficialSchedule): OfficialSchedule {
  return change(structuredClone(bundledSchedule(2025)!) as OfficialSchedule);
}

describe('calendar service', () => {
  it('Friday 24/01/2025 10:00 + 5 working days is Friday 07/02/2025 10:00, across Tết', async () => {
    const due = await dueAt(t.db.db, null, vn('2025-01-24T10:00:00'), { days: 5 });
    expect(due.toISOString()).toBe(vn('2025-02-07T10:00:00').toISOString());
    expect(await workingDaysBetween(t.db.db, null, vn('2025-01-24T10:00:00'), due)).toBe(5);
    // waiting for the applicant Monday 3/2 10:00 – Wednesday 5/2 10:00 (2 working days) extends it by 2
    const paused = await dueAt(t.db.db, null, vn('2025-01-24T10:00:00'), { days: 5 }, [
      { start: vn('2025-02-03T10:00:00'), end: vn('2025-02-05T10:00:00') },
    ]);
    expect(paused.toISOString()).toBe(vn('2025-02-11T10:00:00').toISOString());
  });

  it('an edited schedule changes the answer at once, even while a load is under way', async () => {
    const from = vn('2025-01-24T10:00:00');
    expect((await dueAt(t.db.db, null, from, { days: 5 })).toISOString()).toBe(
      vn('2025-02-07T10:00:00').toISOString(),
    );
    // a read that starts before the edit must not leave the old schedule in the cache
    const inFlight = calendarFor(t.db.db);
    const extraDay = with2025((s) => ({
      ...s,
      daysOff: [
        ...(s.daysOff ?? []),
        { date: '2025-02-03', name: 'Nghỉ thêm sau Tết (thử nghiệm)', kind: 'other' },
      ],
    }));
    expect((await put(sys, '/api/calendar/schedules/2025', extraDay)).status).toBe(200);
    await inFlight;
    expect((await dueAt(t.db.db, null, from, { days: 5 })).toISOString()).toBe(
      vn('2025-02-10T10:00:00').toISOString(),
    );
    // and back
    await put(sys, '/api/calendar/schedules/2025', bundledSchedule(2025));
    expect((await dueAt(t.db.db, null, from, { days: 5 })).toISOString()).toBe(
      vn('2025-02-07T10:00:00').toISOString(),
    );
  });

  it('a change made by another process is read after the cache TTL', async () => {
    const from = vn('2026-02-12T10:00:00'); // Thursday before Tết Bính Ngọ (off 14–22/2)
    const before = await dueAt(t.db.db, null, from, { days: 2 });
    expect(before.toISOString()).toBe(vn('2026-02-23T10:00:00').toISOString());
    // another node's edit: straight into the table, no invalidation here
    const schedule = structuredClone(bundledSchedule(2026)!) as OfficialSchedule;
    schedule.daysOff = [
      ...(schedule.daysOff ?? []),
      { date: '2026-02-23', name: 'Nghỉ thêm', kind: 'other' },
    ];
    await t.db.db
      .insertInto('calendarSchedules')
      .values({ year: 2026, schedule: JSON.stringify(schedule), noticeNumber: '9441/TB-BNV' })
      .onConflict((oc) => oc.column('year').doUpdateSet({ schedule: JSON.stringify(schedule) }))
      .execute();
    expect((await dueAt(t.db.db, null, from, { days: 2 })).toISOString()).toBe(before.toISOString());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + CALENDAR_CACHE_TTL_MS + 1000);
    expect((await dueAt(t.db.db, null, from, { days: 2 })).toISOString()).toBe(
      vn('2026-02-24T10:00:00').toISOString(),
    );
    vi.useRealTimers();
    await t.db.db.deleteFrom('calendarSchedules').where('year', '=', 2026).execute();
  });

  it('working hours: an agency’s own, else its nearest ancestor’s, else the platform default', async () => {
    const monday7 = vn('2025-03-03T07:00:00');
    const fourHours = { hours: 4 };
    // default: 07:00 is before opening, the count starts at 07:30
    expect((await dueAt(t.db.db, f.agencyA1, monday7, fourHours)).toISOString()).toBe(
      vn('2025-03-03T11:30:00').toISOString(),
    );
    const early = {
      sessions: [
        { start: '07:00', end: '11:00' },
        { start: '13:00', end: '17:00' },
      ],
      weekdays: [1, 2, 3, 4, 5, 6],
    };
    expect(
      (await put(adminA, `/api/calendar/agencies/${f.agencyA}/working-hours`, { hours: early })).status,
    ).toBe(200);
    // A1 has none of its own: it follows A, at once
    expect((await dueAt(t.db.db, f.agencyA1, monday7, fourHours)).toISOString()).toBe(
      vn('2025-03-03T11:00:00').toISOString(),
    );
    const a1 = await calendarFor(t.db.db, f.agencyA1);
    expect(a1.hours.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a1.minutesPerDay).toBe(480);
    expect(await workingTimeBetween(t.db.db, f.agencyA1, monday7, vn('2025-03-03T12:00:00'))).toBe(240);
    // B is beside A: default
    expect((await calendarFor(t.db.db, f.agencyB)).minutesPerDay).toBe(450);
    const viewed = await adminB.get(`/api/calendar/agencies/${f.agencyA1}/working-hours`);
    expect(viewed.body).toMatchObject({
      own: null,
      source: 'inherited',
      inheritedFrom: { id: f.agencyA, name: 'Sở Nội vụ' },
      effective: { weekdays: [1, 2, 3, 4, 5, 6], minutesPerDay: 480 },
      can: { edit: false },
    });
    // A1's own hours win; clearing them inherits again
    const late = { sessions: [{ start: '08:00', end: '12:00' }], weekdays: [1, 2, 3, 4, 5] };
    const own = await put(adminA, `/api/calendar/agencies/${f.agencyA1}/working-hours`, { hours: late });
    expect(own.body).toMatchObject({ source: 'own', own: late, inheritedFrom: null, can: { edit: true } });
    expect((await dueAt(t.db.db, f.agencyA1, monday7, fourHours)).toISOString()).toBe(
      vn('2025-03-03T12:00:00').toISOString(),
    );
    const cleared = await put(adminA, `/api/calendar/agencies/${f.agencyA1}/working-hours`, { hours: null });
    expect(cleared.body.source).toBe('inherited');
    expect((await dueAt(t.db.db, f.agencyA1, monday7, fourHours)).toISOString()).toBe(
      vn('2025-03-03T11:00:00').toISOString(),
    );
    await put(sys, `/api/calendar/agencies/${f.agencyA}/working-hours`, { hours: null });
    expect((await calendarFor(t.db.db, f.agencyA1)).minutesPerDay).toBe(450);
    await expect(calendarFor(t.db.db, crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it('inside a transaction, reads what the transaction sees', async () => {
    await t.db.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('agencyWorkingHours')
          .values({
            agencyId: f.agencyB,
            sessions: JSON.stringify([{ start: '08:00', end: '12:00' }]),
            weekdays: [1, 2, 3, 4, 5],
          })
          .execute();
        expect((await calendarFor(trx, f.agencyB)).minutesPerDay).toBe(240);
        throw new Error('rollback');
      })
      .catch(() => {});
    expect((await calendarFor(t.db.db, f.agencyB)).minutesPerDay).toBe(450);
  });

  it('seeds the bundled schedules once, with their notice numbers, without touching an edited year', async () => {
    const edited = with2025((s) => ({ ...s, note: 'đã sửa' }));
    await put(sys, '/api/calendar/schedules/2025', edited);
    const before = (await auditActions()).length;
    const years = await seedBundledSchedules(t.db.db);
    expect(years).toEqual([2024, 2026]);
    expect(await seedBundledSchedules(t.db.db)).toEqual([]);
    const actions = (await auditActions()).slice(before);
    expect(actions).toEqual(['calendar.schedule.seed']);
    const rows = await t.db.db
      .selectFrom('calendarSchedules')
      .select(['year', 'noticeNumber', 'noticeDate', 'updatedBy'])
      .orderBy('year')
      .execute();
    expect(rows.map((r) => [r.year, r.noticeNumber, r.noticeDate])).toEqual([
      [2024, '5015/TB-LĐTBXH', '2023-11-22'],
      [2025, '6150/TB-LĐTBXH', '2024-12-03'],
      [2026, '9441/TB-BNV', '2025-10-16'],
    ]);
    const kept = await sys.get('/api/calendar/schedules/2025');
    expect(kept.body.schedule.note).toBe('đã sửa');
    expect(BUNDLED_SCHEDULES).toHaveLength(3);
    await put(sys, '/api/calendar/schedules/2025', bundledSchedule(2025));
  });
});

describe('resetting the directory (congso seed --reset)', () => {
  it('keeps the province’s schedules; working hours go with their agencies', async () => {
    const { createTestDatabase } = await import('../../../test/database.ts');
    const { clearDirectory } = await import('../../seed/demo-province.ts');
    const other = await createTestDatabase();
    const fixture = await seedDirectoryFixture(other.db);
    expect(await seedBundledSchedules(other.db)).toEqual([2024, 2025, 2026]);
    await other.db
      .updateTable('calendarSchedules')
      .set({ updatedBy: fixture.users.sysadmin!.id, updatedByName: 'Người dùng sysadmin' })
      .where('year', '=', 2025)
      .execute();
    await other.db
      .insertInto('agencyWorkingHours')
      .values({
        agencyId: fixture.agencyA,
        sessions: JSON.stringify([{ start: '08:00', end: '12:00' }]),
        weekdays: [1],
      })
      .execute();
    await other.db.transaction().execute((trx) => clearDirectory(trx));
    const years = await other.db
      .selectFrom('calendarSchedules')
      .select(['year', 'updatedByName'])
      .orderBy('year')
      .execute();
    expect(years).toEqual([
      { year: 2024, updatedByName: null },
      { year: 2025, updatedByName: 'Người dùng sysadmin' },
      { year: 2026, updatedByName: null },
    ]);
    expect(await other.db.selectFrom('agencyWorkingHours').selectAll().execute()).toEqual([]);
  });
});

describe('calendar HTTP API', () => {
  it('converts both ways without a session, with leap months', async () => {
    const lunar = await t.anonymous.get('/api/calendar/lunar?date=2026-02-17');
    expect(lunar.status).toBe(200);
    expect(lunar.body).toEqual({
      solar: '2026-02-17',
      weekday: 'Thứ Ba',
      lunar: { year: 2026, month: 1, day: 1, leap: false },
      lunarText: 'Mùng 1 tháng Giêng năm Bính Ngọ',
      canChi: { year: 'Bính Ngọ', month: 'Canh Dần', day: 'Nhâm Tuất' },
    });
    const giỗTổ = await t.anonymous.get('/api/calendar/solar?year=2026&month=3&day=10');
    expect(giỗTổ.body).toMatchObject({ solar: '2026-04-26', weekday: 'Chủ nhật' });
    const leap = await t.anonymous.get('/api/calendar/solar?year=2025&month=6&day=1&leap=true');
    expect(leap.body).toMatchObject({ solar: '2025-07-25', lunarText: 'Mùng 1 tháng Sáu nhuận năm Ất Tỵ' });
  });

  it('explains impossible dates in Vietnamese, at the field', async () => {
    const noLeap = await t.anonymous.get('/api/calendar/solar?year=2025&month=5&day=1&leap=true');
    expect(noLeap.status).toBe(400);
    expect(noLeap.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noLeap.body.errors).toEqual([
      {
        pointer: '/querystring/leap',
        detail: 'Năm 2025 âm lịch không có tháng 5 nhuận (tháng nhuận là tháng 6)',
      },
    ]);
    const day30 = await t.anonymous.get('/api/calendar/solar?year=2024&month=12&day=30');
    expect(day30.body.errors[0]).toEqual({
      pointer: '/querystring/day',
      detail: 'Tháng 12 năm 2024 âm lịch chỉ có 29 ngày (không có ngày 30)',
    });
    const feb30 = await t.anonymous.get('/api/calendar/lunar?date=2026-02-30');
    expect(feb30.body.errors).toEqual([{ pointer: '/querystring/date', detail: 'Ngày này không tồn tại' }]);
    const outOfRange = await t.anonymous.get('/api/calendar/lunar?date=2200-01-01');
    expect(outOfRange.body.errors[0].detail).toMatch(/nằm ngoài phạm vi lịch hỗ trợ/);
    const year = await t.anonymous.get('/api/calendar/holidays/1800');
    expect(year.status).toBe(400);
    expect(year.body.errors[0]).toEqual({
      pointer: '/params/year',
      detail: 'Phải lớn hơn hoặc bằng 1900',
    });
  });

  it('lists a year’s days off with names and their notice, publicly', async () => {
    const h = await t.anonymous.get('/api/calendar/holidays/2025');
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ year: 2025, official: true });
    expect(h.body.notices.map((n: { number: string }) => n.number)).toEqual([
      '6150/TB-LĐTBXH',
      '8726/VPCP-KGVX',
    ]);
    expect(['bundled', 'database']).toContain(h.body.source);
    expect(h.body.daysOff.map((d: { date: string }) => d.date)).toContain('2025-01-29');
    expect(h.body.daysOff.find((d: { date: string }) => d.date === '2025-05-02')).toEqual({
      date: '2025-05-02',
      weekday: 'Thứ Sáu',
      name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)',
      kind: 'swap',
      basis: '6150/TB-LĐTBXH',
    });
    expect(h.body.workingDays).toEqual([
      {
        date: '2025-04-26',
        weekday: 'Thứ Bảy',
        name: 'Làm bù cho thứ Sáu 2/5/2025',
        basis: '6150/TB-LĐTBXH',
      },
    ]);
    const generated = await t.anonymous.get('/api/calendar/holidays/2030');
    expect(generated.body).toMatchObject({ official: false, source: 'generated', notices: [] });
    expect(generated.body.daysOff[0]).toMatchObject({ date: '2030-01-01', name: 'Tết Dương lịch' });
  });

  it('computes a deadline for a signed-in user, with what it skips', async () => {
    const response = await clerkA.get('/api/calendar/deadline?from=2025-01-24T10:00%2B07:00&days=5');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      from: '2025-01-24T10:00:00+07:00',
      start: '2025-01-24T10:00:00+07:00',
      due: '2025-02-07T10:00:00+07:00',
      duration: { days: 5, hours: 0 },
      workingMinutes: 2250,
      agency: null,
      workingHours: { minutesPerDay: 450, weekdays: [1, 2, 3, 4, 5] },
    });
    expect(response.body.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    // an unencoded + arrives as a space: still read as +07:00; 10:00 + 2 hours goes over the lunch break
    const plus = await clerkA.get(
      `/api/calendar/deadline?from=2025-01-24T10:00+07:00&hours=2&agencyId=${f.agencyA}`,
    );
    expect(plus.body).toMatchObject({ due: '2025-01-24T14:00:00+07:00', agency: { id: f.agencyA } });
    // Saturday: counting starts on Monday 07:30
    const weekend = await clerkA.get('/api/calendar/deadline?from=2025-03-08T09:00&days=1');
    expect(weekend.body).toMatchObject({
      start: '2025-03-10T07:30:00+07:00',
      due: '2025-03-10T17:00:00+07:00',
    });
    expect((await t.anonymous.get('/api/calendar/deadline?from=2025-01-24&days=1')).status).toBe(401);
  });

  it('refuses bad deadline requests field by field, in Vietnamese', async () => {
    const none = await clerkA.get('/api/calendar/deadline?from=2025-01-24T10:00');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([
      { pointer: '/querystring/days', detail: 'Cần số ngày (days) hoặc số giờ (hours)' },
    ]);
    const badFrom = await clerkA.get('/api/calendar/deadline?from=24/01/2025&days=1');
    expect(badFrom.body.errors[0].pointer).toBe('/querystring/from');
    expect(badFrom.body.errors[0].detail).toMatch(/^Thời điểm "24\/01\/2025" không hợp lệ/);
    const negative = await clerkA.get('/api/calendar/deadline?from=2025-01-24&days=-1');
    expect(negative.body.errors).toEqual([
      { pointer: '/querystring/days', detail: 'Phải lớn hơn hoặc bằng 0' },
    ]);
    const unknown = await clerkA.get(
      `/api/calendar/deadline?from=2025-01-24&days=1&agencyId=${crypto.randomUUID()}`,
    );
    expect(unknown.body.errors).toEqual([
      { pointer: '/querystring/agencyId', detail: 'Không tìm thấy cơ quan' },
    ]);
    const late = await clerkA.get('/api/calendar/deadline?from=2199-12-31T10:00&days=5');
    expect(late.status).toBe(400);
    expect(late.body.errors[0].pointer).toBe('/querystring/from');
  });

  it('only a system administrator edits a year’s schedule, and the edit is audited with what changed', async () => {
    const schedule = with2025((s) => ({
      ...s,
      daysOff: [
        ...(s.daysOff ?? []),
        { date: '2025-12-31', name: 'Nghỉ cuối năm (thử nghiệm)', kind: 'other' },
      ],
    }));
    const before = (await auditActions()).length;
    const refused = await put(clerkA, '/api/calendar/schedules/2025', schedule);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Chỉ quản trị hệ thống được sửa lịch nghỉ lễ chính thức (áp dụng cho toàn tỉnh)',
    );
    expect((await put(adminA, '/api/calendar/schedules/2025', schedule)).status).toBe(403);
    expect((await auditActions()).length).toBe(before);
    expect((await clerkA.get('/api/calendar/schedules/2025')).body.can).toEqual({ edit: false });

    const saved = await put(sys, '/api/calendar/schedules/2025', schedule);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      year: 2025,
      source: 'database',
      noticeNumber: '6150/TB-LĐTBXH',
      noticeDate: '2024-12-03',
      updatedBy: { name: 'Người dùng sysadmin' },
      can: { edit: true },
    });
    expect(saved.body.schedule.daysOff.at(-1).date).toBe('2025-12-31');
    const entry = await t.db.db
      .selectFrom('auditLog')
      .select(['action', 'targetType', 'targetId', 'summary', 'actorUserId'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      targetType: 'calendar_schedule',
      targetId: '2025',
      actorUserId: f.users.sysadmin!.id,
      summary: {
        year: 2025,
        daysOff: { added: ['2025-12-31 Nghỉ cuối năm (thử nghiệm)'], removed: [] },
        workingDays: { added: [], removed: [] },
      },
    });
    expect(['calendar.schedule.create', 'calendar.schedule.update']).toContain(entry.action);
    const holidays = await t.anonymous.get('/api/calendar/holidays/2025');
    expect(holidays.body.source).toBe('database');
    expect(holidays.body.daysOff.at(-1)).toMatchObject({ date: '2025-12-31', kind: 'other' });
    const list = await clerkA.get('/api/calendar/schedules');
    expect(list.body.map((s: { year: number; source: string }) => [s.year, s.source])).toEqual(
      expect.arrayContaining([
        [2025, 'database'],
        [2024, expect.stringMatching(/bundled|database/)],
      ]),
    );
    await put(sys, '/api/calendar/schedules/2025', bundledSchedule(2025));
  });

  it('answers schedule problems at their fields, from the library’s checks', async () => {
    const wrong = with2025((s) => ({
      ...s,
      daysOff: [
        { date: '2026-01-01', name: 'Sai năm', kind: 'holiday' },
        { date: '2025-02-30', name: 'Không có ngày này' },
        { date: '2025-04-26', name: '' },
      ],
      notices: [{ number: '', date: null, issuer: 'Bộ Nội vụ', confirmed: true }],
    }));
    const response = await put(sys, '/api/calendar/schedules/2025', wrong);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/notices/0/number', detail: 'Thiếu số hiệu văn bản' },
        { pointer: '/body/daysOff/0/date', detail: 'Ngày 2026-01-01 không thuộc năm 2025' },
        { pointer: '/body/daysOff/1/date', detail: 'Ngày 2025-02-30 không tồn tại' },
        { pointer: '/body/daysOff/2/name', detail: 'Thiếu tên (name)' },
        {
          pointer: '/body/workingDays/0/date',
          detail: 'Ngày 2025-04-26 vừa là ngày nghỉ vừa là ngày làm bù',
        },
      ]),
    );
    const shape = await put(sys, '/api/calendar/schedules/2025', {
      year: 2025,
      notices: [],
      extra: 1,
      mode: 'x',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body', detail: 'Trường không được phép: extra' },
        { pointer: '/body/mode', detail: 'Giá trị phải là một trong: merge, replace' },
      ]),
    );
    const range = await put(sys, '/api/calendar/schedules/2025', {
      year: 2025,
      notices: [],
      statutory: { tetDaysBefore: 7 },
    });
    expect(range.body.errors).toEqual([
      { pointer: '/body/statutory/tetDaysBefore', detail: 'Phải là số nguyên từ 0 đến 5' },
    ]);
    const otherYear = await put(sys, '/api/calendar/schedules/2026', bundledSchedule(2025));
    expect(otherYear.body.errors).toEqual([
      { pointer: '/body/year', detail: 'Năm của lịch (2025) khác năm trên đường dẫn (2026)' },
    ]);
  });

  it('agency administrators set the hours of their own agencies only; every change is audited', async () => {
    const hours = { sessions: [{ start: '07:00', end: '11:30' }], weekdays: [1, 2, 3, 4, 5] };
    const before = (await auditActions()).length;
    expect((await put(adminA, `/api/calendar/agencies/${f.agencyB}/working-hours`, { hours })).status).toBe(
      403,
    );
    expect((await put(clerkA, `/api/calendar/agencies/${f.agencyA}/working-hours`, { hours })).status).toBe(
      403,
    );
    expect((await put(adminB, `/api/calendar/agencies/${f.agencyA1}/working-hours`, { hours })).status).toBe(
      403,
    );
    expect((await auditActions()).length).toBe(before);
    expect((await put(adminB, `/api/calendar/agencies/${f.agencyB}/working-hours`, { hours })).status).toBe(
      200,
    );
    expect(
      (await put(adminB, `/api/calendar/agencies/${f.agencyB}/working-hours`, { hours: null })).status,
    ).toBe(200);
    expect((await auditActions()).slice(before)).toEqual([
      'calendar.working_hours.set',
      'calendar.working_hours.clear',
    ]);
    const entry = await t.db.db
      .selectFrom('auditLog')
      .select(['agencyId', 'summary'])
      .where('action', '=', 'calendar.working_hours.set')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ agencyId: f.agencyB, summary: { before: null, after: hours } });
    const missing = await put(sys, `/api/calendar/agencies/${crypto.randomUUID()}/working-hours`, { hours });
    expect(missing.status).toBe(404);
  });

  it('checks working hours field by field', async () => {
    const overlapping = await put(adminA, `/api/calendar/agencies/${f.agencyA}/working-hours`, {
      hours: {
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '11:00', end: '17:00' },
          { start: '18:00', end: '17:30' },
        ],
        weekdays: [1, 1, 7],
      },
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.errors).toEqual(
      expect.arrayContaining([{ pointer: '/body/hours/weekdays/2', detail: 'Phải nhỏ hơn hoặc bằng 6' }]),
    );
    const order = await put(adminA, `/api/calendar/agencies/${f.agencyA}/working-hours`, {
      hours: {
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '11:00', end: '17:00' },
          { start: '18:00', end: '17:30' },
        ],
        weekdays: [1, 1],
      },
    });
    expect(order.body.errors).toEqual([
      {
        pointer: '/body/hours/sessions/1/start',
        detail: 'Buổi làm việc phải bắt đầu sau khi buổi trước kết thúc',
      },
      { pointer: '/body/hours/sessions/2/end', detail: 'Giờ kết thúc phải sau giờ bắt đầu (18:00)' },
      { pointer: '/body/hours/weekdays/1', detail: 'Ngày bị lặp' },
    ]);
    const clock = await put(adminA, `/api/calendar/agencies/${f.agencyA}/working-hours`, {
      hours: { sessions: [{ start: '7:30', end: '25:00' }], weekdays: [1] },
    });
    expect(clock.body.errors).toEqual([
      { pointer: '/body/hours/sessions/0/start', detail: 'Giờ phải có dạng HH:MM, từ 00:00 đến 24:00' },
      { pointer: '/body/hours/sessions/0/end', detail: 'Giờ phải có dạng HH:MM, từ 00:00 đến 24:00' },
    ]);
  });

  it('is documented in the OpenAPI document under its tag', async () => {
    const spec = (await t.anonymous.get('/api/openapi.json')).body;
    const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/calendar/'));
    expect(paths.sort()).toEqual([
      '/api/calendar/agencies/{agencyId}/working-hours',
      '/api/calendar/deadline',
      '/api/calendar/holidays/{year}',
      '/api/calendar/lunar',
      '/api/calendar/schedules',
      '/api/calendar/schedules/{year}',
      '/api/calendar/solar',
    ]);
    expect(spec.paths['/api/calendar/schedules/{year}'].put.tags).toEqual(['Lịch làm việc (calendar)']);
    expect(spec.paths['/api/calendar/schedules/{year}'].put.requestBody).toBeDefined();
  });
});
