import { describe, expect, it } from 'vitest';
import {
  BUNDLED_SCHEDULES,
  bundledSchedule,
  type OfficialSchedule,
  officialScheduleProblems,
  parseOfficialSchedule,
  scheduleForYear,
  statutoryHolidays,
  WorkingCalendar,
} from '../src/index.ts';

const offDates = (year: number, official?: OfficialSchedule) =>
  scheduleForYear(year, official).daysOff.map((d) => d.date);

describe('bundled official schedules 2024–2026', () => {
  it('are valid and cite their notices', () => {
    expect(BUNDLED_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    for (const s of BUNDLED_SCHEDULES) {
      expect(officialScheduleProblems(s)).toEqual([]);
      expect(s.notices.length).toBeGreaterThan(0);
      // Every entry names its basis, and that basis is a notice listed or the Labour Code.
      const numbers = new Set(s.notices.map((n) => n.number));
      for (const d of [...(s.daysOff ?? []), ...(s.workingDays ?? [])]) {
        expect(d.basis, d.date).toBeDefined();
        expect(numbers.has(d.basis!) || d.basis!.startsWith('Bộ luật Lao động 2019'), d.basis).toBe(true);
      }
    }
    expect(bundledSchedule(2025)!.notices[0]).toMatchObject({ number: '6150/TB-LĐTBXH', date: '2024-12-03' });
    expect(bundledSchedule(2024)!.notices[0]).toMatchObject({ number: '5015/TB-LĐTBXH', date: '2023-11-22' });
    expect(bundledSchedule(2026)!.notices[0]).toMatchObject({ number: '9441/TB-BNV', date: '2025-10-16' });
    expect(bundledSchedule(2023)).toBeUndefined();
  });

  it('make Tết 2025 off from Saturday 25/1 to Sunday 2/2', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.isWorkingDay('2025-01-24')).toBe(true);
    for (let day = 25; day <= 31; day++) expect(calendar.isWorkingDay(`2025-01-${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2025-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
  });

  it('carry the swapped days and make-up Saturdays', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.dayStatus('2025-04-26')).toMatchObject({
      working: true,
      weeklyRest: true,
      makeUp: { name: 'Làm bù cho thứ Sáu 2/5/2025' },
    });
    expect(calendar.dayStatus('2026-02-17')).toMatchObject({
      working: false,
      dayOff: { name: 'Tết Âm lịch (Mùng 1 tháng Giêng)', kind: 'holiday', basis: '9441/TB-BNV' },
    });
  });

  it('agree with the generator given the same choices, apart from the swaps', () => {
    for (const s of BUNDLED_SCHEDULES) {
      const generated = statutoryHolidays(s.year, s.statutory);
      const swaps = (s.daysOff ?? []).filter((d) => d.kind === 'swap').map((d) => d.date);
      const official = (s.daysOff ?? []).map((d) => d.date);
      expect([...generated.map((d) => d.date), ...swaps].sort(), String(s.year)).toEqual(
        [...official].sort(),
      );
      // Names match too, so the data reads like generated entries.
      for (const g of generated) expect(s.daysOff!.find((d) => d.date === g.date)?.name).toBe(g.name);
    }
  });

  it('mark what is not confirmed', () => {
    const unconfirmed = BUNDLED_SCHEDULES.flatMap((s) =>
      (s.daysOff ?? []).filter((d) => d.confirmed === false),
    );
    expect(unconfirmed.map((d) => d.date)).toEqual(['2026-09-01']);
  });
});

describe('merging an official schedule over the generated days', () => {
  it('uses the generated days when there is no official schedule', () => {
    const s = scheduleForYear(2027);
    expect(s.official).toBe(false);
    expect(s.daysOff.map((d) => d.date)).toEqual(statutoryHolidays(2027).map((d) => d.date));
  });

  it('merges: statutory choices, removed days, added days, make-up days', () => {
    const official: OfficialSchedule = {
      year: 2027,
      notices: [{ number: '1/TB-TEST', date: '2026-10-01', issuer: 'Bộ Nội vụ', confirmed: false }],
      statutory: { tetDaysBefore: 2 },
      removeDays: ['2027-01-01'],
      daysOff: [
        { date: '2027-04-30', name: 'Ngày Chiến thắng (đổi tên)' },
        { date: '2027-04-29', name: 'Nghỉ hoán đổi', kind: 'swap', basis: '1/TB-TEST' },
      ],
      workingDays: [{ date: '2027-05-08', name: 'Làm bù cho thứ Năm 29/4' }],
    };
    const s = scheduleForYear(2027, official);
    expect(s.official).toBe(true);
    const generated = statutoryHolidays(2027, { tetDaysBefore: 2 }).map((d) => d.date);
    expect(s.daysOff.map((d) => d.date)).toEqual(
      [...generated.filter((d) => d !== '2027-01-01'), '2027-04-29'].sort(),
    );
    const renamed = s.daysOff.find((d) => d.date === '2027-04-30')!;
    expect(renamed).toMatchObject({
      name: 'Ngày Chiến thắng (đổi tên)',
      kind: 'holiday',
      holiday: 'victory',
    });
    expect(s.workingDays.map((d) => d.date)).toEqual(['2027-05-08']);
    const calendar = new WorkingCalendar({ schedules: [official] });
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2027-05-08')).toBe(true);
  });

  it('replaces: only the listed days', () => {
    const official: OfficialSchedule = {
      year: 2027,
      mode: 'replace',
      notices: [],
      daysOff: [{ date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
    };
    expect(offDates(2027, official)).toEqual(['2027-01-01']);
  });

  it('refuses a schedule for another year', () => {
    expect(() => scheduleForYear(2026, bundledSchedule(2025))).toThrow('năm 2025');
  });
});

describe('official schedule validation', () => {
  it('explains what is wrong, in Vietnamese', () => {
    expect(officialScheduleProblems(null)).toEqual(['Lịch chính thức phải là một đối tượng JSON']);
    expect(
      officialScheduleProblems({
        year: 2025,
        notices: [{ number: '', date: '2024-13-01', issuer: 'Bộ Nội vụ', confirmed: 'yes', url: 'x' }],
        mode: 'other',
        statutory: { tetDaysBefore: 7, extra: 1 },
        daysOff: [
          { date: '2025-05-02', name: 'Nghỉ hoán đổi', kind: 'holiday-ish' },
          { date: '2026-01-01', name: 'Năm sau' },
          { date: '2025-05-02', name: 'Lặp' },
          { date: '2025-02-30', name: '' },
        ],
        workingDays: [{ date: '2025-05-02', name: 'Làm bù', kind: 'swap' }],
        extra: true,
      }),
    ).toEqual([
      'Trường không được hỗ trợ: extra',
      'Trường không được hỗ trợ: notices[0].url',
      'notices[0]: thiếu số hiệu văn bản',
      'notices[0].date: ngày 2024-13-01 không tồn tại',
      'notices[0]: confirmed phải là true hoặc false',
      "mode phải là 'merge' hoặc 'replace'",
      'statutory.tetDaysBefore phải là số nguyên từ 0 đến 5',
      'Trường không được hỗ trợ: statutory.extra',
      'daysOff[0]: kind phải là một trong holiday, compensatory, swap, other',
      'daysOff[1].date: ngày 2026-01-01 không thuộc năm 2025',
      'daysOff[2]: ngày 2025-05-02 bị lặp',
      'daysOff[3].date: ngày 2025-02-30 không tồn tại',
      'daysOff[3]: thiếu tên (name)',
      'Trường không được hỗ trợ: workingDays[0].kind',
      'workingDays[0]: ngày 2025-05-02 vừa là ngày nghỉ vừa là ngày làm bù',
    ]);
    expect(officialScheduleProblems({ year: 1800, notices: {} })).toEqual([
      'year phải là số nguyên từ 1900 đến 2199',
      'notices phải là một danh sách văn bản (có thể rỗng)',
    ]);
  });

  it('parses JSON text into a schedule, or throws with the problems', () => {
    const text = JSON.stringify(bundledSchedule(2025));
    expect(parseOfficialSchedule(JSON.parse(text))).toEqual(bundledSchedule(2025));
    expect(() => parseOfficialSchedule({ year: 2025 })).toThrow('notices phải là một danh sách');
  });
});
