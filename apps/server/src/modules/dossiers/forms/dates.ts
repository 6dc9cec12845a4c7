/**
 * Dates and times as the forms print them, always in Vietnam's time zone (UTC+7): the date written out as
 * Nghị định 30/2020 writes it (`ngày 05 tháng 01 năm 2026`, by `@congso/nd30`), the hour and minute before it
 * where the form asks for a time (`14 giờ 30 phút, ngày 05 tháng 01 năm 2026`).
 */
import { formatDocumentDate, formatPlaceAndDate } from '@congso/nd30';
import { formatVietnamTime, vietnamDateOf } from '@congso/vn-calendar';
import { formatDateVi } from '../../calendar/operations.ts';

/** `ngày 05 tháng 01 năm 2026`. */
export function dateInWords(instant: Date): string {
  return formatDocumentDate(vietnamDateOf(instant));
}

/** `14 giờ 30 phút, ngày 05 tháng 01 năm 2026`. */
export function timeAndDateInWords(instant: Date): string {
  const [hour, minute] = clock(instant);
  return `${hour} giờ ${minute} phút, ${dateInWords(instant)}`;
}

/** `Lào Cai, ngày 05 tháng 01 năm 2026`: the place and date line under the national motto. */
export function placeAndDate(place: string, instant: Date): string {
  return formatPlaceAndDate(place, vietnamDateOf(instant));
}

/** `05/01/2026 14:30`, for the columns of the tracking register. */
export function shortDateTime(instant: Date): string {
  const [hour, minute] = clock(instant);
  return `${formatDateVi(formatVietnamTime(instant).slice(0, 10))} ${hour}:${minute}`;
}

/** `05/01/2026`. */
export function shortDate(isoDate: string): string {
  return formatDateVi(isoDate);
}

function clock(instant: Date): [string, string] {
  const time = formatVietnamTime(instant);
  return [time.slice(11, 13), time.slice(14, 16)];
}
