/**
 * Place and date of issue (địa danh và thời gian ban hành, Art. 8; Phụ lục I): the date
 * is written in full, `ngày … tháng … năm …`, and days below 10 and the months 1 and 2 take a leading zero.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function checkDate(date: CalendarDate): void {
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) throw new RangeError(`Ngày không hợp lệ: ${String(day)}/${String(month)}/${String(year)}`);
}

/**
 * `ngày 05 tháng 01 năm 2026`, `ngày 15 tháng 3 năm 2026`, `ngày 28 tháng 02 năm 2026`. Throws a
 * `RangeError` for a date that does not exist or a year outside 1–9999.
 */
export function formatDocumentDate(date: CalendarDate): string {
  checkDate(date);
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month < 3 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/**
 * `Lào Cai, ngày 05 tháng 01 năm 2026`. The place is NFC-normalised with its whitespace trimmed and
 * collapsed; an empty place, or a date that does not exist, throws a `RangeError`.
 */
export function formatPlaceAndDate(place: string, date: CalendarDate): string {
  const name = typeof place === 'string' ? place.normalize('NFC').trim().replace(/\s+/g, ' ') : '';
  if (name === '') throw new RangeError('Chưa có địa danh');
  return `${name}, ${formatDocumentDate(date)}`;
}
