import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundledSchedule, type OfficialSchedule } from '@congso/vn-calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { repoRoot } from '../../platform/config/config.ts';

const exec = promisify(execFile);
const main = path.join(repoRoot, 'apps/server/src/cli/main.ts');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'congso-calendar-cli-'));
let t: TestApp;
let f: DirectoryFixture;
let sys: TestClient;
let env: NodeJS.ProcessEnv;
/** A database that does not exist: a command that tried to use one would fail. */
let noDatabase: NodeJS.ProcessEnv;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  sys = await t.login('sysadmin', PASSWORD);
  env = { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
  noDatabase = {
    ...env,
    DATABASE_URL: 'postgres://congso@127.0.0.1:1/khong_co',
    CONGSO_DATA_DIR: path.join(scratch, 'no-data'),
  };
});

const congso = (environment: NodeJS.ProcessEnv, ...args: string[]) =>
  exec(process.execPath, [main, 'calendar', ...args], { env: environment });

function scheduleFile(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function withExtraDay(year: number, date: string, name: string): OfficialSchedule {
  const schedule = structuredClone(bundledSchedule(year)!) as OfficialSchedule;
  schedule.daysOff = [...(schedule.daysOff ?? []), { date, name, kind: 'other' }];
  return schedule;
}

// each command is a fresh Node process (about a second each on a busy machine)
describe('congso calendar', { timeout: 90_000 }, () => {
  it('lunar and solar convert without any database, in Vietnamese or as the API’s JSON', async () => {
    const lunar = await congso(noDatabase, 'lunar', '2026-02-17');
    expect(lunar.stdout).toBe(
      '17/02/2026 dương lịch = Mùng 1 tháng Giêng năm Bính Ngọ\nThứ Ba; ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ\n',
    );
    const json = JSON.parse((await congso(noDatabase, 'lunar', '2026-02-17', '--json')).stdout);
    expect(json).toEqual((await t.anonymous.get('/api/calendar/lunar?date=2026-02-17')).body);

    const solar = await congso(noDatabase, 'solar', '--lunar', '10/3/2026');
    expect(solar.stdout).toBe(
      '10/3/2026 âm lịch (Mùng 10 tháng Ba năm Bính Ngọ) = Chủ nhật 26/04/2026 dương lịch\n',
    );
    const leap = await congso(noDatabase, 'solar', '--lunar', '1/6n/2025');
    expect(leap.stdout).toMatch(
      /^1\/6 nhuận\/2025 âm lịch \(Mùng 1 tháng Sáu nhuận năm Ất Tỵ\) = Thứ Sáu 25\/07\/2025/,
    );
    const flag = JSON.parse(
      (await congso(noDatabase, 'solar', '--lunar', '1/6/2025', '--leap', '--json')).stdout,
    );
    expect(flag).toEqual(
      (await t.anonymous.get('/api/calendar/solar?year=2025&month=6&day=1&leap=true')).body,
    );

    const noLeap = await congso(noDatabase, 'solar', '--lunar', '1/5n/2025').catch((e) => e);
    expect(noLeap.code).toBe(1);
    expect(noLeap.stderr).toBe('Năm 2025 âm lịch không có tháng 5 nhuận (tháng nhuận là tháng 6)\n');
    const badDate = await congso(noDatabase, 'lunar', '2026-02-30').catch((e) => e);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/ngày: Ngày này không tồn tại/);
  });

  it('lunar with --schedule also tells whether the day is off', async () => {
    const file = scheduleFile('2026.json', bundledSchedule(2026));
    const { stdout } = await congso(noDatabase, 'lunar', '2026-02-17', '--schedule', file);
    expect(stdout.split('\n')[2]).toBe('Ngày nghỉ: Tết Âm lịch (Mùng 1 tháng Giêng) (9441/TB-BNV)');
    const json = JSON.parse(
      (await congso(noDatabase, 'lunar', '2026-01-10', '--schedule', file, '--json')).stdout,
    );
    expect(json.status).toMatchObject({ date: '2026-01-10', working: true, weeklyRest: true });
    expect(json.status.makeUp.name).toMatch(/^Làm bù/);
  });

  it('holidays reads the database, including an edit made a moment ago', async () => {
    const { stdout } = await congso(env, 'holidays', '2026');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Ngày nghỉ năm 2026 (lịch chính thức kèm theo phần mềm)');
    expect(lines[1]).toMatch(/^Căn cứ: 9441\/TB-BNV ngày 16\/10\/2025 \(Bộ Nội vụ\); 12729\/VPCP-KGVX/);
    expect(lines).toContain('Thứ Ba    17/02/2026  Tết Âm lịch (Mùng 1 tháng Giêng)');
    expect(lines).toContain('Thứ Sáu   02/01/2026  Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026) [hoán đổi]');
    expect(stdout).toMatch(/Thứ Ba {4}01\/09\/2026 {2}Quốc khánh .*\(chưa xác nhận\)/);
    expect(stdout).toMatch(/Ngày làm bù:\nThứ Bảy {3}10\/01\/2026 {2}Làm bù/);

    const edited = withExtraDay(2026, '2026-12-31', 'Nghỉ cuối năm (thử nghiệm)');
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/calendar/schedules/2026',
          payload: edited,
          headers: { cookie: sys.cookie! },
        })
      ).statusCode,
    ).toBe(200);
    const json = JSON.parse((await congso(env, 'holidays', '2026', '--json')).stdout);
    expect(json.source).toBe('database');
    expect(json.daysOff.at(-1)).toMatchObject({ date: '2026-12-31', name: 'Nghỉ cuối năm (thử nghiệm)' });
    expect(json).toEqual((await t.anonymous.get('/api/calendar/holidays/2026')).body);
    const human = (await congso(env, 'holidays', '2026')).stdout;
    expect(human.split('\n')[0]).toBe('Ngày nghỉ năm 2026 (lịch chính thức lưu trong hệ thống)');
  });

  it('holidays --schedule uses the file instead of the database (one schedule or a list)', async () => {
    const file = scheduleFile('two-years.json', [
      withExtraDay(2025, '2025-12-31', 'Nghỉ theo tệp'),
      { year: 2027, notices: [{ number: '1/TB-BNV', date: null, issuer: 'Bộ Nội vụ', confirmed: false }] },
    ]);
    const json = JSON.parse(
      (await congso(noDatabase, 'holidays', '2025', '--schedule', file, '--json')).stdout,
    );
    expect(json).toMatchObject({ year: 2025, official: true, source: 'file' });
    expect(json.daysOff.at(-1)).toMatchObject({ date: '2025-12-31', name: 'Nghỉ theo tệp' });
    const merged = (await congso(noDatabase, 'holidays', '2027', '--schedule', file)).stdout;
    expect(merged).toMatch(
      /^Ngày nghỉ năm 2027 \(lịch chính thức từ tệp\)\nCăn cứ: 1\/TB-BNV \(Bộ Nội vụ\) \(chưa xác nhận\)/,
    );
    expect(merged).toMatch(/Thứ Sáu {3}01\/01\/2027 {2}Tết Dương lịch/);
    // a year the file does not have: the bundled schedule
    const other = JSON.parse(
      (await congso(noDatabase, 'holidays', '2024', '--schedule', file, '--json')).stdout,
    );
    expect(other.source).toBe('bundled');
    const none = JSON.parse(
      (await congso(noDatabase, 'holidays', '2031', '--schedule', file, '--json')).stdout,
    );
    expect(none).toMatchObject({ official: false, source: 'generated' });
  });

  it('refuses a bad schedule file with the library’s reasons', async () => {
    const wrong = scheduleFile('wrong.json', {
      year: 2027,
      notices: [],
      daysOff: [{ date: '2026-12-31', name: '' }],
    });
    const failed = await congso(noDatabase, 'holidays', '2027', '--schedule', wrong).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      `Tệp lịch ${wrong} không hợp lệ:\n- daysOff[0].date: ngày 2026-12-31 không thuộc năm 2027\n- daysOff[0]: thiếu tên (name)\n`,
    );
    const notJson = scheduleFile('not.json', '{ year: 2027');
    expect(
      (await congso(noDatabase, 'holidays', '2027', '--schedule', notJson).catch((e) => e)).stderr,
    ).toMatch(/^Tệp lịch .* không phải JSON hợp lệ/);
    const missing = await congso(noDatabase, 'holidays', '2027', '--schedule', '/khong/co.json').catch(
      (e) => e,
    );
    expect(missing.stderr).toMatch(/^Không đọc được tệp lịch \/khong\/co\.json/);
  });

  it('deadline prints the due instant from the database, and the same JSON as the API', async () => {
    const { stdout } = await congso(env, 'deadline', '--from', '2025-01-24T10:00+07:00', '--days', '5');
    expect(stdout).toBe(
      [
        'Bắt đầu:      Thứ Sáu 24/01/2025 10:00',
        'Thời hạn:     5 ngày làm việc',
        'Hạn:          Thứ Sáu 07/02/2025 10:00 (2025-02-07T10:00:00+07:00)',
        'Ngày nghỉ trong khoảng (ngoài thứ Bảy, Chủ nhật):',
        '  Thứ Hai 27/01/2025  Tết Âm lịch (Ngày 28 tháng Chạp)',
        '  Thứ Ba 28/01/2025  Tết Âm lịch (Ngày 29 tháng Chạp)',
        '  Thứ Tư 29/01/2025  Tết Âm lịch (Mùng 1 tháng Giêng)',
        '  Thứ Năm 30/01/2025  Tết Âm lịch (Mùng 2 tháng Giêng)',
        '  Thứ Sáu 31/01/2025  Tết Âm lịch (Mùng 3 tháng Giêng)',
        'Giờ làm việc: 07:30–11:30, 13:30–17:00; Thứ Hai – Thứ Sáu (mặc định)',
        '',
      ].join('\n'),
    );
    const clerk = await t.login('clerk.a', PASSWORD);
    const json = JSON.parse(
      (await congso(env, 'deadline', '--from', '2025-01-24T10:00+07:00', '--days', '5', '--json')).stdout,
    );
    expect(json).toEqual(
      (await clerk.get('/api/calendar/deadline?from=2025-01-24T10:00%2B07:00&days=5')).body,
    );
  });

  it('deadline --agency uses the working hours the agency inherits', async () => {
    await t.app.inject({
      method: 'PUT',
      url: `/api/calendar/agencies/${f.agencyA}/working-hours`,
      headers: { cookie: sys.cookie! },
      payload: {
        hours: {
          sessions: [
            { start: '07:00', end: '11:00' },
            { start: '13:00', end: '17:00' },
          ],
          weekdays: [1, 2, 3, 4, 5],
        },
      },
    });
    const { stdout } = await congso(
      env,
      'deadline',
      '--from',
      '2025-03-03T07:00',
      '--hours',
      '4',
      '--agency',
      '000.01.01.H99',
    );
    expect(stdout).toMatch(/^Cơ quan: {6}Trung tâm Lưu trữ lịch sử\n/);
    expect(stdout).toMatch(/Hạn: {10}Thứ Hai 03\/03\/2025 11:00 /);
    expect(stdout).toMatch(
      /Giờ làm việc: 07:00–11:00, 13:00–17:00; Thứ Hai – Thứ Sáu \(của Sở Nội vụ, cơ quan cấp trên\)/,
    );
    const json = JSON.parse(
      (
        await congso(
          env,
          'deadline',
          '--from',
          '2025-03-03T07:00',
          '--hours',
          '4',
          '--agency',
          f.agencyA1,
          '--json',
        )
      ).stdout,
    );
    expect(json).toMatchObject({ agency: { id: f.agencyA1 }, due: '2025-03-03T11:00:00+07:00' });
    const unknown = await congso(
      env,
      'deadline',
      '--from',
      '2025-03-03',
      '--days',
      '1',
      '--agency',
      'Sở Không Có',
    ).catch((e) => e);
    expect(unknown.stderr).toMatch(/Không tìm thấy cơ quan "Sở Không Có"/);
  });

  it('deadline --schedule counts with the file’s days off, without a database', async () => {
    const file = scheduleFile('2025-extra.json', withExtraDay(2025, '2025-02-03', 'Nghỉ thêm theo tệp'));
    const json = JSON.parse(
      (
        await congso(
          noDatabase,
          'deadline',
          '--from',
          '2025-01-24T10:00+07:00',
          '--days',
          '5',
          '--schedule',
          file,
          '--json',
        )
      ).stdout,
    );
    expect(json).toMatchObject({
      due: '2025-02-10T10:00:00+07:00',
      duration: { days: 5, hours: 0 },
      workingMinutes: 2250,
      agency: null,
      workingHours: { minutesPerDay: 450 },
    });
    expect(json.daysOff.at(-1)).toMatchObject({
      date: '2025-02-03',
      weekday: 'Thứ Hai',
      name: 'Nghỉ thêm theo tệp',
    });
    const bad = await congso(noDatabase, 'deadline', '--from', 'mai', '--days', 'năm').catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /Dữ liệu không hợp lệ:\n- --from: Thời điểm "mai" không hợp lệ.*\n- --days: Phải là số/,
    );
    const none = await congso(noDatabase, 'deadline', '--from', '2025-01-24').catch((e) => e);
    expect(none.stderr).toMatch(/days: Cần số ngày \(days\) hoặc số giờ \(hours\)/);
  });
});
