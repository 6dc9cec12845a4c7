import { positiveInt } from '../shared/search-params.ts';
import { FIRST_YEAR, LAST_YEAR } from './dates.ts';

export const calendarViews = ['calendar', 'list'] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface CalendarSearch {
  year?: number | undefined;
  view?: CalendarView | undefined;
}

/** A year the calendar can show (1900–2199), or undefined. */
export function yearParam(value: unknown): number | undefined {
  const year = positiveInt(value);
  return year !== undefined && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

export function calendarSearch(search: Record<string, unknown>): CalendarSearch {
  return {
    year: yearParam(search.year),
    view: calendarViews.find((v) => v === search.view),
  };
}
