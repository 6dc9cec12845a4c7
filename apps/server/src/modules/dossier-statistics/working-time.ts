import { dayNumberOfIso, isoDateOfDay, type WorkingCalendar } from '@congso/vn-calendar';

/**
 * A working calendar as a few arrays the database can read, so that the working time of hundreds of
 * thousands of dossiers is summed in SQL instead of row by row in Node. It follows `WorkingCalendar` exactly:
 * the library places every instant at a *position* on a line of working time — the working days before its
 * day, times the length of a working day, plus, on a working day, the working time of that day before it —
 * and the working time between two instants is the difference of their positions, less the part of each pause
 * between them. The repository computes positions from these arrays (`position()` in repository.ts); a test
 * checks them against `workingDaysBetween` of the calendar module.
 */
export interface CalendarTable {
  /**
   * `ordinal[i]`: the working days from the origin up to, not including, day origin + i; one entry more than
   * the days covered, so day i is a working day when `ordinal[i + 1] > ordinal[i]`.
   */
  ordinal: number[];
  /** The working time of one working day, in milliseconds (7 h 30 min: 27,000,000). */
  dayMs: number;
  /**
   * The sessions of a working day, as milliseconds since midnight; padded with empty sessions (0–0) so every
   * calendar of a query has as many as the one with the most.
   */
  starts: number[];
  ends: number[];
}

/** The calendars of the agencies counted, and which of them (1-based) each agency works by. */
export interface WorkingTimeTables {
  /** The first day the arrays cover (Vietnam; the platform holds nothing older), as a day number. */
  originDay: number;
  calendars: CalendarTable[];
  agencyIds: string[];
  calendarOf: number[];
}

export const ORIGIN = '2000-01-01';
const MS_PER_MINUTE = 60_000;

const clockMs = (text: string) => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))) * MS_PER_MINUTE;

/** The arrays of one calendar, from the origin to `lastDay` (Vietnam) included. */
export function calendarTable(calendar: WorkingCalendar, lastDay: string, sessions: number): CalendarTable {
  const first = dayNumberOfIso(ORIGIN);
  const last = dayNumberOfIso(lastDay);
  const ordinal: number[] = [0];
  let worked = 0;
  for (let day = first; day <= last; day++) {
    if (calendar.isWorkingDay(isoDateOfDay(day))) worked += 1;
    ordinal.push(worked);
  }
  const starts = calendar.hours.sessions.map((s) => clockMs(s.start));
  const ends = calendar.hours.sessions.map((s) => clockMs(s.end));
  while (starts.length < sessions) {
    starts.push(0);
    ends.push(0);
  }
  return { ordinal, dayMs: calendar.minutesPerDay * MS_PER_MINUTE, starts, ends };
}

/**
 * The tables for a set of agencies, each with its own calendar (the calendar module shares one
 * `WorkingCalendar` among the agencies with the same working hours, so most provinces need one or two).
 * `lastDay` must be on or after the last day any instant measured falls on: today, or the period's end.
 */
export function workingTimeTables(
  agencies: readonly { agencyId: string; calendar: WorkingCalendar }[],
  lastDay: string,
): WorkingTimeTables {
  const distinct = [...new Set(agencies.map((a) => a.calendar))];
  const sessions = Math.max(1, ...distinct.map((c) => c.hours.sessions.length));
  return {
    originDay: dayNumberOfIso(ORIGIN),
    calendars: distinct.map((c) => calendarTable(c, lastDay, sessions)),
    agencyIds: agencies.map((a) => a.agencyId),
    calendarOf: agencies.map((a) => distinct.indexOf(a.calendar) + 1),
  };
}
