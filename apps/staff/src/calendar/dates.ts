import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

/** Weekday keys by JavaScript's numbering (0 = Sunday), for the translated names. */
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** Monday first, as Vietnamese calendars are printed. */
export const mondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2025-01-27` from year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` date (no time zone involved). */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function weekdayName(t: TFunction, weekday: number): string {
  return t(`calendar.weekdays.${weekdayKeys[weekday] ?? 'sun'}`);
}

/** "27/01/2025" (Vietnamese) or "2025-01-27" (English). */
export function formatDate(t: TFunction, iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(t('format.date')) : '';
}

/** "Thứ Hai 27/01/2025". */
export function formatDayLong(t: TFunction, iso: string): string {
  return `${weekdayName(t, weekdayOf(iso))} ${formatDate(t, iso)}`;
}

/**
 * An instant as the API writes it (Vietnam time with the offset, `2025-02-07T10:00:00+07:00`) read as the
 * clock on the wall in Vietnam, whatever the browser's time zone.
 */
export function vietnamWallClock(instant: string): Dayjs {
  return dayjs(instant.slice(0, 19));
}

/** "Thứ Sáu 07/02/2025 10:00" (Vietnam time). */
export function formatInstantLong(t: TFunction, instant: string): string {
  const wall = vietnamWallClock(instant);
  return `${weekdayName(t, wall.day())} ${wall.format(t('format.dateTime'))}`;
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (weekdayOf(isoDate(year, month, 1)) + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => isoDate(year, month, i + 1)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Today in the browser's calendar, `YYYY-MM-DD`. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
