import { describe, expect, it } from 'vitest';
import { type DayOff, isoDateOfDay, nationalDayAdjacentDay, statutoryHolidays } from '../src/index.ts';

const dates = (days: DayOff[], kind?: DayOff['kind']) =>
  days.filter((d) => kind === undefined || d.kind === kind).map((d) => d.date);

describe('statutory holidays (Labour Code 2019, Art. 112)', () => {
  it('gives the 11 days with the default Tết pattern (last day of the old year + 4)', () => {
    const days = statutoryHolidays(2026);
    expect(dates(days, 'holiday')).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(days.find((d) => d.date === '2026-02-16')?.name).toBe('Tết Âm lịch (Ngày 29 tháng Chạp)');
    expect(days.find((d) => d.date === '2026-02-17')?.name).toBe('Tết Âm lịch (Mùng 1 tháng Giêng)');
    // Giỗ Tổ on Sunday 26/4/2026 → Monday 27/4.
    expect(dates(days, 'compensatory')).toEqual(['2026-04-27']);
    expect(days.find((d) => d.date === '2026-04-27')).toMatchObject({
      holiday: 'hung-kings',
      compensates: '2026-04-26',
      basis: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
    });
  });

  it('takes the Tết pattern as a parameter', () => {
    const tet = (before: number) =>
      dates(statutoryHolidays(2025, { tetDaysBefore: before })).filter((d) => d < '2025-03');
    expect(tet(0).slice(1)).toEqual([
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(tet(2).slice(1)).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(tet(5).slice(1)).toEqual([
      '2025-01-24',
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
    ]);
    expect(() => statutoryHolidays(2025, { tetDaysBefore: 6 })).toThrow('tetDaysBefore');
    expect(() => statutoryHolidays(2025, { tetDaysBefore: 1.5 })).toThrow('tetDaysBefore');
  });

  it('takes the second Quốc khánh day as a parameter, with an automatic default', () => {
    const second = (year: number, choice?: 'before' | 'after' | 'auto') =>
      dates(statutoryHolidays(year, choice ? { nationalDayAdjacent: choice } : {})).filter(
        (d) => d.slice(5, 7) === '09',
      );
    expect(second(2025, 'after')).toEqual(['2025-09-02', '2025-09-03']);
    expect(second(2025, 'before')).toEqual(['2025-09-01', '2025-09-02']);
    // The choices actually made: 2021 (Thu) 2–3/9, 2022 (Fri) 1–2/9, 2023 (Sat) 1–2/9 + 4/9, 2024 (Mon) 2–3/9,
    // 2025 (Tue) 1–2/9.
    expect(second(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(second(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(second(2023)).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(second(2024)).toEqual(['2024-09-02', '2024-09-03']);
    expect(second(2025)).toEqual(['2025-09-01', '2025-09-02']);
    // Wednesday (2026): 1/9. Sunday (2029): 3/9 is the working neighbour; 2/9 itself is made up on 4/9.
    expect(second(2026)).toEqual(['2026-09-01', '2026-09-02']);
    expect(second(2029)).toEqual(['2029-09-02', '2029-09-03', '2029-09-04']);
    expect(isoDateOfDay(nationalDayAdjacentDay(2027))).toBe('2027-09-03'); // Thursday → Friday
  });

  it('reproduces whole years decided in the past from the right options', () => {
    // 2023: Tết 20–26/1, Giỗ Tổ (Sat 29/4) + 30/4 (Sun) + 1/5 → off 29/4–3/5, Quốc khánh 1–4/9, 1/1 (Sun) → 2/1.
    expect(dates(statutoryHolidays(2023, { tetDaysBefore: 2 }))).toEqual([
      '2023-01-01',
      '2023-01-02',
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
      '2023-09-01',
      '2023-09-02',
      '2023-09-04',
    ]);
    // 2024 (5015/TB-LĐTBXH): Tết 8–14/2 = 5 days + 2 compensatory days.
    const y2024 = statutoryHolidays(2024, { tetDaysBefore: 2 });
    expect(dates(y2024).filter((d) => d.slice(5, 7) === '02')).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
  });

  it('compensates overlapping weekend holidays one after another (30/4 Sat + 1/5 Sun)', () => {
    const y2022 = statutoryHolidays(2022);
    expect(dates(y2022).filter((d) => d >= '2022-04-30' && d <= '2022-05-31')).toEqual([
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
    ]);
    expect(y2022.filter((d) => d.kind === 'compensatory').map((d) => [d.compensates, d.date])).toEqual([
      ['2022-01-01', '2022-01-03'],
      ['2022-04-10', '2022-04-11'],
      ['2022-04-30', '2022-05-02'],
      ['2022-05-01', '2022-05-03'],
    ]);
  });

  it('skips holidays when placing compensatory days (Tết with a weekend inside)', () => {
    // 2021 default pattern: Tết 11–15/2 with Sat 13 and Sun 14 → Tue 16 and Wed 17 (not Mon 15, a Tết day).
    const y2021 = statutoryHolidays(2021);
    expect(y2021.filter((d) => d.kind === 'compensatory' && d.holiday === 'tet').map((d) => d.date)).toEqual([
      '2021-02-16',
      '2021-02-17',
    ]);
  });

  it('gives a compensatory day when two holidays fall on one date (Giỗ Tổ on 30/4/1947)', () => {
    const y1947 = statutoryHolidays(1947);
    const april30 = y1947.filter((d) => d.date === '1947-04-30');
    expect(april30).toHaveLength(1);
    expect(april30[0]!.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng (30/4)');
    // 30/4/1947 is a Wednesday, 1/5 a Thursday (holiday) → the extra day is Friday 2/5.
    expect(y1947.find((d) => d.kind === 'compensatory' && d.compensates === '1947-04-30')?.date).toBe(
      '1947-05-02',
    );
  });

  it('follows the weekly rest days given', () => {
    // An agency resting only on Sunday: 30/4/2022 (Sat) is not compensated, 1/5 (Sun) is, on Monday 2/5.
    const sundayOnly = statutoryHolidays(2022, { weeklyRestDays: [0] });
    expect(sundayOnly.filter((d) => d.kind === 'compensatory').map((d) => d.date)).toEqual([
      '2022-04-11',
      '2022-05-02',
    ]);
    expect(dates(statutoryHolidays(2022, { compensate: false }), 'compensatory')).toEqual([]);
  });

  it('works for every year 1900–2199 and refuses others', () => {
    for (let year = 1900; year <= 2199; year++) {
      const days = statutoryHolidays(year);
      expect(days.filter((d) => d.kind === 'holiday').length).toBeGreaterThanOrEqual(10);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.every((d) => d.date.startsWith(String(year)))).toBe(true);
    }
    expect(() => statutoryHolidays(1899)).toThrow('1900–2199');
    expect(() => statutoryHolidays(2200)).toThrow('1900–2199');
  });
});
