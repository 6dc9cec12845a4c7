import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOfLunarDate,
  FIRST_SUPPORTED_DAY,
  formatIsoDate,
  isoDateOfDay,
  LAST_SUPPORTED_DAY,
  LunarCalendarError,
  leapMonthOf,
  lunarDateOfDay,
  lunarToSolar,
  lunarYear,
  solarToLunar,
} from '../src/index.ts';

// The oracle: Tết and Giỗ Tổ Hùng Vương 1900–2100 from three Vietnamese lunar libraries and one Chinese one,
// read in place from shared/ (see its PROVENANCE.txt). The TZ=Asia/Ho_Chi_Minh run is the meaningful one.
const FIXTURE = new URL(
  '../../../../shared/fixtures/lunar/tet_hungkings_1900_2100_TZ-Asia_Ho_Chi_Minh.csv',
  import.meta.url,
);

interface Row {
  year: number;
  tet: [string, string, string];
  tetChinese: string;
  hungKings: [string, string];
  lastDayOfPreviousYear: string;
  allVnAgree: boolean;
  vnDiffersFromChinese: boolean;
}

function readFixture(): Row[] {
  const [header, ...lines] = readFileSync(FIXTURE, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe(
    'year,tet_dqcai_vn_lunar,tet_vietnamese_lunar_calendar,tet_date_holidays_VN,tet_chinese_lunar_javascript,' +
      'hung_kings_10_3_dqcai,hung_kings_date_holidays_VN,lunar_year_prev_last_day_dqcai,all_vn_agree,vn_differs_from_chinese',
  );
  return lines.map((line) => {
    const c = line.split(',');
    return {
      year: Number(c[0]),
      tet: [c[1]!, c[2]!, c[3]!],
      tetChinese: c[4]!,
      hungKings: [c[5]!, c[6]!],
      lastDayOfPreviousYear: c[7]!,
      allVnAgree: c[8] === 'yes',
      vnDiffersFromChinese: c[9] === 'yes',
    };
  });
}

const iso = (d: { year: number; month: number; day: number }) => formatIsoDate(d);

describe('lunar calendar against the fixture (1968–2100)', () => {
  const rows = readFixture().filter((r) => r.year >= 1968 && r.year <= 2100);

  it('has every year 1968–2100', () => {
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 133 }, (_, i) => 1968 + i));
  });

  it('gives Tết on the date all three Vietnamese libraries agree on, every year', () => {
    let verified = 0;
    for (const row of rows) {
      expect(row.allVnAgree, `${row.year}: libraries disagree`).toBe(true);
      expect(iso(lunarToSolar({ year: row.year, month: 1, day: 1 })), `Tết ${row.year}`).toBe(row.tet[0]);
      expect(solarToLunar(row.tet[0])).toEqual({ year: row.year, month: 1, day: 1, leap: false });
      verified++;
    }
    expect(verified).toBe(133);
  });

  it('gives Giỗ Tổ Hùng Vương (10/3) where both libraries agree (131 years)', () => {
    const agreed = rows.filter((r) => r.hungKings[0] === r.hungKings[1]);
    expect(agreed).toHaveLength(131);
    for (const row of agreed) {
      expect(iso(lunarToSolar({ year: row.year, month: 3, day: 10 })), `10/3 ${row.year}`).toBe(
        row.hungKings[0],
      );
    }
  });

  it('settles 2050 and 2083, where the libraries disagree on 10/3, with the dqcai column', () => {
    // Month 3 starts at the new moon of 2050-03-23 07:40 and 2083-04-17 09:09 (UTC+7): nowhere near midnight.
    expect(iso(lunarToSolar({ year: 2050, month: 3, day: 10 }))).toBe('2050-04-01');
    expect(iso(lunarToSolar({ year: 2083, month: 3, day: 10 }))).toBe('2083-04-26');
    expect(iso(lunarToSolar({ year: 2050, month: 3, day: 1 }))).toBe('2050-03-23');
  });

  it('differs from the Chinese calendar exactly in the years the fixture flags', () => {
    const differing = rows.filter((r) => r.vnDiffersFromChinese).map((r) => r.year);
    expect(differing).toEqual([1968, 1969, 1985, 2007, 2030, 2053]);
    for (const row of rows) {
      const ours = iso(lunarToSolar({ year: row.year, month: 1, day: 1 }));
      if (row.vnDiffersFromChinese) expect(ours).not.toBe(row.tetChinese);
      else expect(ours).toBe(row.tetChinese);
    }
  });

  it('puts Tết 1985 a month before China, and 2007, 2030, 2053 a day before', () => {
    // 1985: Vietnam 21/01, China 20/02. In Vietnam the 13-month span falls after Tết 1985 (leap month 2),
    // in China before it (leap month 10 of 1984).
    expect(iso(lunarToSolar({ year: 1985, month: 1, day: 1 }))).toBe('1985-01-21');
    expect(leapMonthOf(1984)).toBeNull();
    expect(leapMonthOf(1985)).toBe(2);
    // New moons at 23:14, 23:07, 23:31 (UTC+7) are already the next day in Beijing.
    expect(iso(lunarToSolar({ year: 2007, month: 1, day: 1 }))).toBe('2007-02-17');
    expect(iso(lunarToSolar({ year: 2030, month: 1, day: 1 }))).toBe('2030-02-02');
    expect(iso(lunarToSolar({ year: 2053, month: 1, day: 1 }))).toBe('2053-02-18');
    expect(iso(lunarToSolar({ year: 1968, month: 1, day: 1 }))).toBe('1968-01-29');
    expect(iso(lunarToSolar({ year: 1969, month: 1, day: 1 }))).toBe('1969-02-16');
  });

  it('gives the last day of the old lunar year (the day before Tết) as the fixture does', () => {
    for (const row of rows) {
      const last = solarToLunar(row.lastDayOfPreviousYear);
      expect(last.month, `${row.year}`).toBe(12);
      expect(last.year).toBe(row.year - 1);
      expect(isoDateOfDay(dayOfLunarDate(last) + 1)).toBe(row.tet[0]);
    }
  });
});

describe('lunar calendar structure, 1900–2199', () => {
  it('has 12 or 13 months of 29 or 30 days every year, and years of 353–355 or 383–385 days', () => {
    for (let year = 1900; year <= 2199; year++) {
      const y = lunarYear(year);
      expect([12, 13]).toContain(y.months.length);
      expect(y.months.length === 13).toBe(y.leapMonth !== null);
      const lengths = y.length < 370 ? [353, 354, 355] : [383, 384, 385];
      expect(lengths, `${year}: ${y.length}`).toContain(y.length);
      let expected = 1;
      for (const m of y.months) {
        expect([29, 30]).toContain(m.length);
        if (m.leap) {
          expect(m.month).toBe(expected - 1);
        } else {
          expect(m.month).toBe(expected);
          expected++;
        }
      }
    }
  });

  it('has the leap months of recent and coming years', () => {
    expect(
      [2001, 2004, 2006, 2009, 2012, 2014, 2017, 2020, 2023, 2025, 2028, 2031, 2033, 2036].map(leapMonthOf),
    ).toEqual([4, 2, 7, 5, 4, 9, 6, 4, 2, 6, 5, 3, 11, 6]);
    expect(leapMonthOf(2024)).toBeNull();
    expect(lunarYear(2025).months.map((m) => `${m.month}${m.leap ? 'n' : ''}`)).toEqual(
      '1 2 3 4 5 6 6n 7 8 9 10 11 12'.split(' '),
    );
  });

  it('converts the dates of the brief', () => {
    expect(iso(lunarToSolar({ year: 2024, month: 1, day: 1 }))).toBe('2024-02-10');
    expect(iso(lunarToSolar({ year: 2025, month: 1, day: 1 }))).toBe('2025-01-29');
    expect(iso(lunarToSolar({ year: 2026, month: 1, day: 1 }))).toBe('2026-02-17');
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar('2025-08-23')).toEqual({ year: 2025, month: 7, day: 1, leap: false });
    expect(iso(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }))).toBe('2025-07-25');
    expect(solarToLunar({ year: 2025, month: 7, day: 24 })).toEqual({
      year: 2025,
      month: 6,
      day: 30,
      leap: false,
    });
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar('1900-01-01')).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(iso(lunarToSolar({ year: 1899, month: 12, day: 1 }))).toBe('1900-01-01');
  });

  it('round-trips every day from 1900-01-01 to 2199-12-31', () => {
    let previous = lunarDateOfDay(FIRST_SUPPORTED_DAY);
    for (let day = FIRST_SUPPORTED_DAY; day <= LAST_SUPPORTED_DAY; day++) {
      const lunar = lunarDateOfDay(day);
      if (dayOfLunarDate(lunar) !== day) throw new Error(`round trip fails at ${isoDateOfDay(day)}`);
      if (day > FIRST_SUPPORTED_DAY && lunar.day !== previous.day + 1 && lunar.day !== 1) {
        throw new Error(`day sequence breaks at ${isoDateOfDay(day)}`);
      }
      previous = lunar;
    }
  });

  it('round-trips random dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_SUPPORTED_DAY, max: LAST_SUPPORTED_DAY }), (day) => {
        const solar = isoDateOfDay(day);
        expect(iso(lunarToSolar(solarToLunar(solar)))).toBe(solar);
      }),
    );
  });
});

describe('lunar calendar errors', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(LunarCalendarError);
      expect(e).toBeInstanceOf(RangeError);
      return (e as LunarCalendarError).code;
    }
    return 'no error';
  };

  it('refuses dates outside 1900–2199', () => {
    expect(codeOf(() => solarToLunar('1899-12-31'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => solarToLunar('2200-01-01'))).toBe('OUT_OF_RANGE');
    expect(() => solarToLunar('2200-01-01')).toThrow('01/01/1900 – 31/12/2199');
    expect(codeOf(() => lunarToSolar({ year: 2200, month: 1, day: 1 }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => lunarToSolar({ year: 1899, month: 1, day: 1 }))).toBe('OUT_OF_RANGE');
    // The last days of lunar 2199 fall in January 2200.
    expect(codeOf(() => lunarToSolar({ year: 2199, month: 12, day: 29 }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => lunarYear(1899))).toBe('OUT_OF_RANGE');
  });

  it('refuses a leap month that the year does not have', () => {
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 5, day: 1, leap: true }))).toBe(
      'NO_SUCH_LEAP_MONTH',
    );
    expect(() => lunarToSolar({ year: 2025, month: 5, day: 1, leap: true })).toThrow(
      'Năm 2025 âm lịch không có tháng 5 nhuận (tháng nhuận là tháng 6)',
    );
    expect(() => lunarToSolar({ year: 2024, month: 5, day: 1, leap: true })).toThrow(
      'Năm 2024 âm lịch không có tháng nhuận',
    );
  });

  it('refuses day 30 of a 29-day month', () => {
    // Tháng Chạp of Giáp Thìn (2024) has 29 days: Tết Ất Tỵ came after the 29th.
    expect(codeOf(() => lunarToSolar({ year: 2024, month: 12, day: 30 }))).toBe('DAY_OUT_OF_MONTH');
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30 })).toThrow('chỉ có 29 ngày');
    expect(iso(lunarToSolar({ year: 2023, month: 12, day: 30 }))).toBe('2024-02-09');
  });

  it('refuses impossible values', () => {
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 13, day: 1 }))).toBe('INVALID_DATE');
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 1, day: 31 }))).toBe('INVALID_DATE');
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 1.5, day: 1 }))).toBe('INVALID_DATE');
    expect(() => solarToLunar('2025-02-29')).toThrow('không tồn tại');
    expect(() => solarToLunar('25-1-1')).toThrow('YYYY-MM-DD');
  });
});
