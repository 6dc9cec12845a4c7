/**
 * Proleptic Gregorian dates as integer day numbers, and the Vietnamese civil time zone (UTC+7).
 *
 * A day number ("epoch day") counts days from 1970-01-01 (= 0). Everything in the package keys days by it:
 * it is a small integer, cheap to compare and to index arrays with.
 */

/** A Gregorian calendar date. `month` is 1–12. */
export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

/** Vietnam's legal time is UTC+7 (QĐ 121-CP/1967, QĐ 134/2002/QĐ-TTg); no daylight saving. */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;
export const VIETNAM_UTC_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
export const MS_PER_DAY = 86_400_000;

/** Julian Day of 1970-01-01 00:00 UT. */
export const JD_UNIX_EPOCH = 2_440_587.5;

/** Day number of a Gregorian date (days since 1970-01-01). Uses whole 400-year cycles ("eras"). */
export function dayNumber(year: number, month: number, day: number): number {
  // Count years from 1 March so that the leap day is the last day of the counting year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Gregorian date of a day number (inverse of {@link dayNumber}). */
export function solarDateOfDay(days: number): SolarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → {@link SolarDate}; throws a RangeError on anything else or on an impossible date. */
export function parseIsoDate(text: string): SolarDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: "${text}"`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  assertValidSolarDate(date);
  return date;
}

export function isValidSolarDate(date: SolarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function assertValidSolarDate(date: SolarDate): void {
  if (!isValidSolarDate(date)) {
    throw new RangeError(`Ngày dương lịch không tồn tại: ${date.day}/${date.month}/${date.year}`);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** {@link SolarDate} → `YYYY-MM-DD`. */
export function formatIsoDate(date: SolarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function isoDateOfDay(days: number): string {
  return formatIsoDate(solarDateOfDay(days));
}

export function dayNumberOfIso(text: string): number {
  const d = parseIsoDate(text);
  return dayNumber(d.year, d.month, d.day);
}

/** A date given as an ISO string or as a {@link SolarDate}, validated, as a day number. */
export function toDayNumber(date: SolarDate | string): number {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  if (typeof date !== 'string') assertValidSolarDate(d);
  return dayNumber(d.year, d.month, d.day);
}

/** The Vietnamese calendar date (UTC+7) on which an instant falls. */
export function vietnamDateOf(instant: Date | number): SolarDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return solarDateOfDay(Math.floor((ms + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The instant of a wall-clock time in Vietnam (UTC+7), as epoch milliseconds.
 * `vietnamTime(2025, 1, 24, 10, 0)` is Friday 24/01/2025 10:00 (+07:00).
 */
export function vietnamTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return (
    dayNumber(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 -
    VIETNAM_UTC_OFFSET_MS
  );
}

/** An instant as ISO 8601 with the +07:00 offset, e.g. `2025-02-07T10:00:00+07:00` (milliseconds if any). */
export function formatVietnamTime(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = ms + VIETNAM_UTC_OFFSET_MS;
  const days = Math.floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor((inDay % 3_600_000) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  const milli = inDay % 1000;
  const fraction = milli === 0 ? '' : `.${pad(milli, 3)}`;
  return `${isoDateOfDay(days)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction}+07:00`;
}

/**
 * An instant as `yyyyMMddHHmmss` in Vietnam's time, the compact form of the National Public Service Portal's
 * dates and of VNPAY's `vnp_CreateDate`: `20261102153045` for 15:30:45 on 2 November 2026. Fractions of a
 * second are dropped, never rounded up.
 */
export function formatCompactVietnamTime(instant: Date | number): string {
  return formatVietnamTime(instant).slice(0, 19).replace(/[-T:]/g, '');
}

const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * The instant a `yyyyMMddHHmmss` Vietnam time names, or undefined when it is not one (`20260231…`, an hour of
 * 24, `2026-11-02`).
 */
export function parseCompactVietnamTime(text: string): Date | undefined {
  const match = COMPACT_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // years 0000–0099 were never written by either protocol (and JavaScript's Date reads them as 19xx)
  if (year < 100) return undefined;
  const instant = new Date(vietnamTime(year, month, day, hour, minute, second));
  // a day or an hour out of range rolls over into the next: only a time that reads back the same is one
  return formatCompactVietnamTime(instant) === text ? instant : undefined;
}
