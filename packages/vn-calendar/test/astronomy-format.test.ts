import { describe, expect, it } from 'vitest';
import {
  canChiOfDay,
  canChiOfMonth,
  canChiOfYear,
  dayNumber,
  formatLunarDate,
  formatVietnamTime,
  jdeToJdUt,
  newMoonJde,
  solarDateOfDay,
  solarLongitudeInstant,
  solarToLunar,
  sunApparentLongitude,
  vietnamDateOf,
  vietnamTime,
  weekdayName,
  weekdayOfDay,
} from '../src/index.ts';

const utc = (jd: number) => new Date(Math.round((jd - 2_440_587.5) * 86_400_000)).toISOString().slice(0, 16);

describe('astronomy (Meeus)', () => {
  it('reproduces the worked examples of "Astronomical Algorithms"', () => {
    // Example 49.a: the new moon of February 1977, k = −283.
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 4);
    // Example 25.a: 1992 October 13.0 TD; the accurate (VSOP87) value is 199.907372°.
    expect(Math.abs(sunApparentLongitude(2_448_908.5) - 199.907372)).toBeLessThan(0.001);
  });

  it('places solstices and equinoxes within a minute or two of the published instants (UTC)', () => {
    const cases: [number, string, string][] = [
      [270, '2000-12-21T13:37', '2000-12-21'],
      [270, '2024-12-21T09:20', '2024-12-21'],
      [0, '2025-03-20T09:01', '2025-03-20'],
      [90, '2025-06-21T02:42', '2025-06-21'],
      [180, '2025-09-22T18:19', '2025-09-22'],
    ];
    for (const [longitude, expected, near] of cases) {
      const [y, m, d] = near.split('-').map(Number) as [number, number, number];
      const jd = jdeToJdUt(solarLongitudeInstant(longitude, 2_440_587.5 + dayNumber(y, m, d)));
      const minutes = (Date.parse(`${utc(jd)}Z`) - Date.parse(`${expected}Z`)) / 60_000;
      expect(Math.abs(minutes), `${expected}: ${utc(jd)}`).toBeLessThanOrEqual(2);
    }
  });

  it('finds the new moons before Tết 2024 and 2025 within a minute (published: 22:59 and 12:36 UTC)', () => {
    const off = (k: number, published: string) =>
      Math.abs((jdeToJdUt(newMoonJde(k)) - 2_440_587.5) * 86_400_000 - Date.parse(published)) / 60_000;
    expect(off(298, '2024-02-09T22:59:00Z')).toBeLessThan(1);
    expect(off(310, '2025-01-29T12:36:00Z')).toBeLessThan(1);
  });
});

describe('civil dates and Vietnamese time', () => {
  it('converts day numbers both ways', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1)).toBe(11_017);
    expect(solarDateOfDay(dayNumber(1900, 2, 28) + 1)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(solarDateOfDay(dayNumber(2000, 2, 28) + 1)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(weekdayOfDay(dayNumber(2025, 1, 24))).toBe(5);
    expect(weekdayName('2025-01-24')).toBe('Thứ Sáu');
    expect(weekdayName('2025-01-26')).toBe('Chủ nhật');
  });

  it('works in UTC+7', () => {
    const t = vietnamTime(2025, 1, 24, 10, 0);
    expect(new Date(t).toISOString()).toBe('2025-01-24T03:00:00.000Z');
    expect(formatVietnamTime(t)).toBe('2025-01-24T10:00:00+07:00');
    expect(vietnamDateOf(Date.parse('2025-01-24T17:30:00Z'))).toEqual({ year: 2025, month: 1, day: 25 });
  });
});

describe('can chi and Vietnamese lunar dates', () => {
  it('names years', () => {
    expect(canChiOfYear(1984)).toBe('Giáp Tý');
    expect(canChiOfYear(2024)).toBe('Giáp Thìn');
    expect(canChiOfYear(2025)).toBe('Ất Tỵ');
    expect(canChiOfYear(2026)).toBe('Bính Ngọ');
    expect(canChiOfYear(2023)).toBe('Quý Mão');
    expect(canChiOfYear(1945)).toBe('Ất Dậu');
  });

  it('names months and days', () => {
    expect(canChiOfMonth(2024, 1)).toBe('Bính Dần');
    expect(canChiOfMonth(2025, 1)).toBe('Mậu Dần');
    expect(canChiOfMonth(2026, 1)).toBe('Canh Dần');
    expect(canChiOfMonth(2025, 12)).toBe('Kỷ Sửu');
    expect(canChiOfDay('2025-01-29')).toBe('Mậu Tuất');
    expect(canChiOfDay('2000-01-01')).toBe('Mậu Ngọ');
  });

  it('prints lunar dates in Vietnamese', () => {
    expect(formatLunarDate(solarToLunar('2026-02-17'))).toBe('Mùng 1 tháng Giêng năm Bính Ngọ');
    expect(formatLunarDate(solarToLunar('2025-01-28'))).toBe('Ngày 29 tháng Chạp năm Giáp Thìn');
    expect(formatLunarDate(solarToLunar('2025-08-01'))).toBe('Mùng 8 tháng Sáu nhuận năm Ất Tỵ');
    expect(formatLunarDate(solarToLunar('2025-04-07'), { month: 'number', year: 'number' })).toBe(
      'Mùng 10 tháng 3 năm 2025',
    );
    expect(formatLunarDate({ year: 2025, month: 11, day: 15, leap: false }, { year: 'none' })).toBe(
      'Ngày 15 tháng Mười Một',
    );
  });
});
