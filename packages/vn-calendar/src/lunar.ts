/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy for the meridian of UTC+7.
 *
 * Rules (the traditional Chinese-style calendar as Vietnam keeps it, with Vietnamese civil time):
 * 1. A month begins on the local (UTC+7) day that contains the instant of new moon.
 * 2. Month 11 is the month that contains the December solstice (Sun's apparent longitude 270°).
 * 3. From one month 11 to the next there are 12 or 13 months. With 13, one of them is a leap month: the first
 *    month after the first month 11 that contains no major solar term (trung khí, a multiple of 30° of solar
 *    longitude, taken on its local day). It repeats the number of the month before it.
 * 4. Month 1 (tháng Giêng) day 1 is Tết Nguyên Đán; a lunar year runs from one Tết to the day before the next.
 *
 * Because the computation uses UTC+7 where China uses UTC+8, a new moon between 23:00 and 24:00 Beijing
 * time starts the month a day earlier in Vietnam, and the solar terms can move too: Tết 1985 is a whole month
 * earlier in Vietnam (21/01) than in China (20/02); Tết 2007, 2030, 2053 a day earlier.
 *
 * All months from the month 11 of 1898 to that of 2200 are computed once, on first use (about 40 ms), into
 * typed arrays; conversions are then a table lookup.
 */
import {
  deltaTSeconds,
  jdeToJdUt,
  newMoonIndexBefore,
  newMoonJde,
  solarLongitudeInstant,
  sunApparentLongitude,
} from './astronomy.ts';
import { dayNumber, JD_UNIX_EPOCH, type SolarDate, solarDateOfDay, toDayNumber } from './civil.ts';

/** A date of the lunar calendar. `leap` is true in a leap month (tháng nhuận). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** A lunar date as accepted by {@link lunarToSolar}: `leap` may be left out for an ordinary month. */
export interface LunarDateInput {
  year: number;
  month: number;
  day: number;
  leap?: boolean;
}

/** One month of a lunar year. */
export interface LunarMonth {
  month: number;
  leap: boolean;
  /** The solar date of day 1 (mùng 1). */
  firstDay: SolarDate;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  length: 29 | 30;
}

export interface LunarYear {
  year: number;
  /** Solar date of Tết Nguyên Đán (1 tháng Giêng). */
  tet: SolarDate;
  /** The number of the month that has a leap month after it, or null. */
  leapMonth: number | null;
  /** 12 or 13 months in order, from tháng Giêng to tháng Chạp. */
  months: LunarMonth[];
  /** Number of days in the lunar year (353–355 or 383–385). */
  length: number;
}

export type LunarErrorCode = 'OUT_OF_RANGE' | 'INVALID_DATE' | 'NO_SUCH_LEAP_MONTH' | 'DAY_OUT_OF_MONTH';

/** Thrown for dates outside the supported range or lunar dates that do not exist. Message in Vietnamese. */
export class LunarCalendarError extends RangeError {
  readonly code: LunarErrorCode;
  constructor(code: LunarErrorCode, message: string) {
    super(message);
    this.name = 'LunarCalendarError';
    this.code = code;
  }
}

/** Supported solar range: 1900-01-01 to 2199-12-31 (both ways: lunar dates must fall inside it too). */
export const FIRST_SUPPORTED_DAY = dayNumber(1900, 1, 1);
export const LAST_SUPPORTED_DAY = dayNumber(2199, 12, 31);
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2199;

const VIETNAM_OFFSET_DAYS = 7 / 24;

/** The UTC+7 day number of an instant given as a Julian Day in UT. */
function localDayOfJdUt(jdUt: number): number {
  return Math.floor(jdUt - JD_UNIX_EPOCH + VIETNAM_OFFSET_DAYS);
}

function newMoonDay(k: number): number {
  return localDayOfJdUt(jdeToJdUt(newMoonJde(k)));
}

/** Index (0–11) of the 30° sector the Sun is in at 00:00 UTC+7 at the start of a day. */
function solarSectorAtStartOf(day: number): number {
  const jdUt = JD_UNIX_EPOCH + day - VIETNAM_OFFSET_DAYS;
  const jde = jdUt + deltaTSeconds(2000 + (jdUt - 2_451_545) / 365.25) / 86_400;
  return Math.floor(sunApparentLongitude(jde) / 30);
}

/** Index k of the new moon that starts month 11 of the Gregorian year (the month with the December solstice). */
function month11Index(year: number): number {
  const guess = JD_UNIX_EPOCH + dayNumber(year, 12, 21);
  const solsticeDay = localDayOfJdUt(jdeToJdUt(solarLongitudeInstant(270, guess)));
  let k = newMoonIndexBefore(guess);
  while (newMoonDay(k) > solsticeDay) k--;
  while (newMoonDay(k + 1) <= solsticeDay) k++;
  return k;
}

interface Table {
  /** Day number of the first day of each month; one extra entry closes the last month. */
  starts: Int32Array;
  years: Int16Array;
  months: Int8Array;
  leaps: Uint8Array;
  /** Index of tháng Giêng of lunar year y at [y - firstYear]. */
  newYearIndex: Int32Array;
  firstYear: number;
}

let table: Table | undefined;

function buildTable(): Table {
  const firstGregorian = FIRST_SUPPORTED_YEAR - 2; // month 11 of 1898 begins before 1900-01-01
  const lastGregorian = LAST_SUPPORTED_YEAR + 1; // month 11 of 2200 begins after 2199-12-31
  const k11: number[] = [];
  for (let y = firstGregorian; y <= lastGregorian; y++) k11.push(month11Index(y));
  const kFirst = k11[0]!;
  const kLast = k11[k11.length - 1]!;
  const count = kLast - kFirst; // months from month 11 of 1898 up to (excluding) month 11 of 2200
  const starts = new Int32Array(count + 1);
  for (let i = 0; i <= count; i++) starts[i] = newMoonDay(kFirst + i);
  const years = new Int16Array(count);
  const months = new Int8Array(count);
  const leaps = new Uint8Array(count);
  const firstYear = firstGregorian;
  const newYearIndex = new Int32Array(lastGregorian - firstGregorian + 1).fill(-1);

  for (let y = firstGregorian + 1; y <= lastGregorian; y++) {
    const from = k11[y - firstGregorian - 1]! - kFirst; // month 11 of year y - 1
    const to = k11[y - firstGregorian]! - kFirst; // month 11 of year y
    const n = to - from;
    let leapOffset = -1;
    if (n === 13) {
      for (let i = 1; i < 13; i++) {
        // Month i holds a major solar term iff the Sun changes sector between its first and next month's first day.
        if (solarSectorAtStartOf(starts[from + i]!) === solarSectorAtStartOf(starts[from + i + 1]!)) {
          leapOffset = i;
          break;
        }
      }
      if (leapOffset < 0)
        throw new Error(`Không tìm được tháng nhuận giữa tháng 11 năm ${y - 1} và năm ${y}`);
    } else if (n !== 12) {
      throw new Error(`Số tháng âm lịch bất thường (${n}) giữa tháng 11 năm ${y - 1} và năm ${y}`);
    }
    let month = 11;
    let year = y - 1;
    years[from] = year;
    months[from] = month;
    for (let i = 1; i < n; i++) {
      const index = from + i;
      if (i === leapOffset) {
        leaps[index] = 1;
      } else {
        month = (month % 12) + 1;
        if (month === 1) {
          year = y;
          newYearIndex[y - firstYear] = index;
        }
      }
      years[index] = year;
      months[index] = month;
    }
  }
  return { starts, years, months, leaps, newYearIndex, firstYear };
}

function getTable(): Table {
  table ??= buildTable();
  return table;
}

function assertSupportedDay(day: number): void {
  if (!(day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY)) {
    const d = solarDateOfDay(day);
    throw new LunarCalendarError(
      'OUT_OF_RANGE',
      `Ngày ${d.day}/${d.month}/${d.year} nằm ngoài phạm vi lịch hỗ trợ (01/01/1900 – 31/12/2199)`,
    );
  }
}

function monthIndexOfDay(t: Table, day: number): number {
  const starts = t.starts;
  let i = Math.floor((day - starts[0]!) / 29.530588853);
  if (i >= starts.length - 1) i = starts.length - 2;
  while (starts[i]! > day) i--;
  while (starts[i + 1]! <= day) i++;
  return i;
}

/** The lunar date of a day number (see {@link dayNumber}). Fast path used by the holiday and calendar code. */
export function lunarDateOfDay(day: number): LunarDate {
  assertSupportedDay(day);
  const t = getTable();
  const i = monthIndexOfDay(t, day);
  return { year: t.years[i]!, month: t.months[i]!, day: day - t.starts[i]! + 1, leap: t.leaps[i] === 1 };
}

/** Solar (Gregorian) → lunar. Accepts `{ year, month, day }` or `'YYYY-MM-DD'`. */
export function solarToLunar(date: SolarDate | string): LunarDate {
  return lunarDateOfDay(toDayNumber(date));
}

function describeLunar(date: LunarDateInput): string {
  return `${date.day}/${date.month}${date.leap ? ' nhuận' : ''}/${date.year} âm lịch`;
}

/** Day number of a lunar date; throws {@link LunarCalendarError} when it does not exist or is out of range. */
export function dayOfLunarDate(date: LunarDateInput): number {
  const { year, month, day } = date;
  const leap = date.leap === true;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new LunarCalendarError(
      'INVALID_DATE',
      `Ngày âm lịch không hợp lệ: ${describeLunar(date)} (tháng từ 1 đến 12, ngày từ 1 đến 30)`,
    );
  }
  if (year < FIRST_SUPPORTED_YEAR - 1 || year > LAST_SUPPORTED_YEAR) {
    throw new LunarCalendarError(
      'OUT_OF_RANGE',
      `Năm âm lịch ${year} nằm ngoài phạm vi lịch hỗ trợ (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})`,
    );
  }
  const t = getTable();
  // Lunar year 1899 is accepted for its last days, which fall in January 1900.
  let i = t.newYearIndex[year - t.firstYear]!;
  while (i < t.years.length && t.years[i] === year) {
    if (t.months[i] === month && (t.leaps[i] === 1) === leap) {
      const length = t.starts[i + 1]! - t.starts[i]!;
      if (day > length) {
        throw new LunarCalendarError(
          'DAY_OUT_OF_MONTH',
          `Tháng ${month}${leap ? ' nhuận' : ''} năm ${year} âm lịch chỉ có ${length} ngày (không có ngày ${day})`,
        );
      }
      const result = t.starts[i]! + day - 1;
      assertSupportedDay(result);
      return result;
    }
    i++;
  }
  if (leap) {
    const actual = leapMonthOf(year);
    throw new LunarCalendarError(
      'NO_SUCH_LEAP_MONTH',
      actual === null
        ? `Năm ${year} âm lịch không có tháng nhuận`
        : `Năm ${year} âm lịch không có tháng ${month} nhuận (tháng nhuận là tháng ${actual})`,
    );
  }
  // Not reachable: every lunar year has the twelve ordinary months.
  throw new LunarCalendarError('OUT_OF_RANGE', `${describeLunar(date)} nằm ngoài phạm vi lịch hỗ trợ`);
}

/** Lunar → solar (Gregorian). */
export function lunarToSolar(date: LunarDateInput): SolarDate {
  return solarDateOfDay(dayOfLunarDate(date));
}

/** Day number of Tết Nguyên Đán (1 tháng Giêng) of a lunar year, 1900–2199. */
export function tetDay(year: number): number {
  return dayOfLunarDate({ year, month: 1, day: 1 });
}

/** The month that is followed by a leap month in a lunar year (e.g. 6 for 2025, "tháng 6 nhuận"), or null. */
export function leapMonthOf(year: number): number | null {
  const t = getTable();
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new LunarCalendarError('OUT_OF_RANGE', `Năm âm lịch ${year} nằm ngoài phạm vi lịch hỗ trợ`);
  }
  for (let i = t.newYearIndex[year - t.firstYear]!; t.years[i] === year; i++) {
    if (t.leaps[i] === 1) return t.months[i]!;
  }
  return null;
}

/** The months of a lunar year, 1900–2199. */
export function lunarYear(year: number): LunarYear {
  const t = getTable();
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new LunarCalendarError('OUT_OF_RANGE', `Năm âm lịch ${year} nằm ngoài phạm vi lịch hỗ trợ`);
  }
  const months: LunarMonth[] = [];
  let leapMonth: number | null = null;
  const first = t.newYearIndex[year - t.firstYear]!;
  let i = first;
  for (; t.years[i] === year; i++) {
    const leap = t.leaps[i] === 1;
    if (leap) leapMonth = t.months[i]!;
    months.push({
      month: t.months[i]!,
      leap,
      firstDay: solarDateOfDay(t.starts[i]!),
      length: (t.starts[i + 1]! - t.starts[i]!) as 29 | 30,
    });
  }
  return {
    year,
    tet: solarDateOfDay(t.starts[first]!),
    leapMonth,
    months,
    length: t.starts[i]! - t.starts[first]!,
  };
}
