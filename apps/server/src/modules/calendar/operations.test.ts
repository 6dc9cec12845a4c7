import { officialScheduleProblems, WorkingCalendar } from '@congso/vn-calendar';
import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  describeHours,
  formatInstantVi,
  locateScheduleProblems,
  parseInstant,
  parseLunarNotation,
  solarOf,
} from './operations.ts';

describe('parseInstant', () => {
  const utc = (text: string) => Date.parse(text);
  it('reads ISO 8601 with or without an offset (none = Vietnam time)', () => {
    expect(parseInstant('2025-01-24T10:00+07:00')).toBe(utc('2025-01-24T03:00:00Z'));
    expect(parseInstant('2025-01-24T10:00')).toBe(utc('2025-01-24T03:00:00Z'));
    expect(parseInstant('2025-01-24T03:00:00Z')).toBe(utc('2025-01-24T03:00:00Z'));
    expect(parseInstant('2025-01-24T10:00:30.5+0700')).toBe(utc('2025-01-24T03:00:30.500Z'));
    expect(parseInstant('2025-01-24 05:00-02:00')).toBe(utc('2025-01-24T07:00:00Z'));
    expect(parseInstant('2025-01-24')).toBe(utc('2025-01-23T17:00:00Z'));
    // what an unencoded "+" becomes in a query string
    expect(parseInstant('2025-01-24T10:00 07:00')).toBe(utc('2025-01-24T03:00:00Z'));
  });

  it('refuses what is not an instant, in Vietnamese', () => {
    for (const bad of [
      '24/01/2025',
      '2025-02-30T10:00',
      '2025-01-24T24:00',
      '2025-01-24T10:00+15:00',
      'hôm nay',
    ]) {
      expect(() => parseInstant(bad), bad).toThrow(
        /^Thời điểm ".*" không hợp lệ; dạng 2025-01-24T10:00\+07:00/,
      );
    }
  });
});

describe('parseLunarNotation', () => {
  it('reads day/month/year with n for a leap month, or the --leap flag', () => {
    expect(parseLunarNotation('10/3/2026')).toEqual({ day: 10, month: 3, year: 2026, leap: false });
    expect(parseLunarNotation('15/6n/2025')).toEqual({ day: 15, month: 6, year: 2025, leap: true });
    expect(parseLunarNotation('15/6/2025', true)).toEqual({ day: 15, month: 6, year: 2025, leap: true });
    expect(solarOf(parseLunarNotation('1/6N/2025')).solar).toBe('2025-07-25');
    expect(() => parseLunarNotation('2025-06-01')).toThrow(/ngày\/tháng\/năm, ví dụ 10\/3\/2026/);
  });
});

describe('locateScheduleProblems', () => {
  it('gives every problem the library finds the path of its field', () => {
    const bad = {
      year: 2025,
      notices: [{ number: ' ', date: '2024-13-01', issuer: '', confirmed: 'yes', title: 1, extra: true }, 5],
      mode: 'other',
      statutory: { tetDaysBefore: 9, nationalDayAdjacent: 'x', foo: 1 },
      removeDays: ['2024-01-01', 'x'],
      daysOff: [
        { date: '2025-01-01', name: 'A', kind: 'lễ', confirmed: 1, basis: 2, note: 3, what: 1 },
        { date: '2025-01-01', name: '' },
        'x',
      ],
      workingDays: [{ date: '2025-01-01', name: 'B', extra: 1 }],
      unknown: 1,
    };
    const problems = officialScheduleProblems(bad);
    expect(problems.length).toBeGreaterThan(20);
    const located = locateScheduleProblems(problems);
    for (const p of located) expect(p.path.length, p.message).toBeGreaterThan(0);
    const at = (path: string) => located.filter((p) => p.path.join('/') === path).map((p) => p.message);
    expect(at('notices/0/number')).toEqual(['Thiếu số hiệu văn bản']);
    expect(at('notices/0/issuer')).toEqual(['Thiếu cơ quan ban hành']);
    expect(at('notices/0/confirmed')).toEqual(['Confirmed phải là true hoặc false']);
    expect(at('notices/0/date')).toEqual(['Ngày 2024-13-01 không tồn tại']);
    expect(at('notices/0/extra')).toEqual(['Trường không được hỗ trợ: notices[0].extra']);
    expect(at('notices/1')).toEqual(['Phải là một đối tượng']);
    expect(at('statutory/tetDaysBefore')).toEqual(['Phải là số nguyên từ 0 đến 5']);
    expect(at('statutory/foo')).toEqual(['Trường không được hỗ trợ: statutory.foo']);
    expect(at('removeDays/0')).toEqual(['Ngày 2024-01-01 không thuộc năm 2025']);
    expect(at('daysOff/0/kind')).toEqual(['Kind phải là một trong holiday, compensatory, swap, other']);
    expect(at('daysOff/1/date')).toEqual(['Ngày 2025-01-01 bị lặp']);
    expect(at('daysOff/1/name')).toEqual(['Thiếu tên (name)']);
    expect(at('workingDays/0/date')).toEqual(['Ngày 2025-01-01 vừa là ngày nghỉ vừa là ngày làm bù']);
    expect(at('unknown')).toEqual(['Trường không được hỗ trợ: unknown']);
    expect(at('mode')).toEqual(["Phải là 'merge' hoặc 'replace'"]);
    expect(locateScheduleProblems(officialScheduleProblems([]))).toEqual([
      { path: [], message: 'Lịch chính thức phải là một đối tượng JSON' },
    ]);
    expect(locateScheduleProblems(officialScheduleProblems({ year: 1800 }))).toEqual([
      { path: ['year'], message: 'Phải là số nguyên từ 1900 đến 2199' },
      { path: ['notices'], message: 'Phải là một danh sách văn bản (có thể rỗng)' },
    ]);
  });
});

describe('deadlineOf', () => {
  it('reports the days off it skipped and the make-up days it counted', () => {
    const calendar = new WorkingCalendar();
    // Thursday 24/4/2025 10:00 + 3 days: Friday 25, Saturday 26 (a make-up day), Monday 28
    const result = deadlineOf(calendar, parseInstant('2025-04-24T10:00'), { days: 3 });
    expect(result.due).toBe('2025-04-28T10:00:00+07:00');
    expect(result.workingDays.map((d) => [d.date, d.weekday])).toEqual([['2025-04-26', 'Thứ Bảy']]);
    expect(result.daysOff).toEqual([]);
    // Tuesday 29/4 + 1 day: over 30/4, 1/5, 2/5 (swapped) and the weekend
    const long = deadlineOf(calendar, parseInstant('2025-04-29T10:00'), { days: 1 });
    expect(long.due).toBe('2025-05-05T10:00:00+07:00');
    expect(long.daysOff.map((d) => d.date)).toEqual(['2025-04-30', '2025-05-01', '2025-05-02']);
    expect(formatInstantVi(Date.parse(long.due))).toBe('Thứ Hai 05/05/2025 10:00');
  });

  it('describes working hours in words', () => {
    expect(describeHours(new WorkingCalendar().hours)).toBe('07:30–11:30, 13:30–17:00; Thứ Hai – Thứ Sáu');
    expect(describeHours({ sessions: [{ start: '08:00', end: '12:00' }], weekdays: [6, 1, 3] })).toBe(
      '08:00–12:00; Thứ Hai, Thứ Tư, Thứ Bảy',
    );
  });
});
