import { dayNumberOfIso, isoDateOfDay, type WorkingCalendar } from '@congso/vn-calendar';
import { invalid } from '../../platform/http/problem.ts';
import { vietnamToday } from '../documents/access.ts';
import type { Span, WorkingDayIndex } from './repository.ts';

/** A period of whole days in Vietnam, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** Longer periods make a monthly series nobody reads; a report covers a month, a quarter, a year or a few. */
const MAX_YEARS = 10;
// the platform holds no documents from before 2000; the working calendar ends with 2199
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2199-12-31';

/**
 * The period asked for, with the defaults a report uses: from 1 January of this year (or of the year of `to`)
 * to today. A period that ends before it starts, or spans more than ten years, is a 400 with the field.
 */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined },
  now = new Date(),
): Period {
  const today = vietnamToday(now);
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (value < FIRST_DAY || value > LAST_DAY)
      throw invalid('Kỳ thống kê phải nằm trong các năm 2000–2199', [
        { pointer: `/querystring/${field}`, detail: 'Ngoài các năm 2000–2199' },
      ]);
  if (from > to)
    throw invalid('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc của kỳ thống kê', [
      {
        pointer: query.from ? '/querystring/from' : '/querystring/to',
        detail: 'Phải không sau ngày kết thúc',
      },
    ]);
  if (dayNumberOfIso(to) - dayNumberOfIso(from) >= MAX_YEARS * 366)
    throw invalid(`Kỳ thống kê dài tối đa ${MAX_YEARS} năm`, [
      { pointer: '/querystring/from', detail: `Kỳ dài quá ${MAX_YEARS} năm` },
    ]);
  return { from, to };
}

/** The instants a period covers: 00:00 of its first day in Vietnam to 00:00 of the day after its last. */
export function spanOf(period: Period): Span {
  return {
    start: new Date(`${period.from}T00:00:00+07:00`),
    end: new Date(`${isoDateOfDay(dayNumberOfIso(period.to) + 1)}T00:00:00+07:00`),
  };
}

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/**
 * The working days of a calendar counted day by day, from the first day of the period to its last day or
 * today, whichever is later (a document registered in the period is completed by today at the latest).
 * `worked[i]` is the number of working days among the first i + 1 days, so the working days after the day of
 * registration up to and including the day of completion are `worked[done] - worked[registered]` — the
 * database takes that difference for each document, and sums it with the other figures.
 */
export function workingDayIndex(
  calendar: WorkingCalendar,
  period: Period,
  now = new Date(),
): WorkingDayIndex {
  const first = dayNumberOfIso(period.from);
  const last = Math.max(dayNumberOfIso(period.to), dayNumberOfIso(vietnamToday(now)));
  const worked: number[] = [];
  let total = 0;
  for (let day = first; day <= last; day++) {
    if (calendar.isWorkingDay(isoDateOfDay(day))) total += 1;
    worked.push(total);
  }
  return { from: period.from, worked };
}
