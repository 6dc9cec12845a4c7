import type { DayOffEntry, DayOffKind, Holidays, MakeUpEntry } from '../types.ts';

/** What a date is in the year's schedule: a day off (with its kind) or a make-up working day. */
export type DayMark =
  | { type: 'off'; kind: DayOffKind; entry: DayOffEntry }
  | { type: 'makeUp'; entry: MakeUpEntry };

/** The marked dates of a year, by `YYYY-MM-DD`. */
export function dayIndex(holidays: Holidays | undefined): Map<string, DayMark> {
  const index = new Map<string, DayMark>();
  for (const entry of holidays?.daysOff ?? [])
    index.set(entry.date, { type: 'off', kind: entry.kind, entry });
  for (const entry of holidays?.workingDays ?? []) index.set(entry.date, { type: 'makeUp', entry });
  return index;
}

/** The CSS modifier of a marked date. */
export function markClass(mark: DayMark | undefined): string {
  if (!mark) return '';
  return mark.type === 'makeUp' ? 'is-makeup' : `is-${mark.kind}`;
}

/** A run of consecutive marked days of the same kind and name (before any parenthesis): Tết as one line. */
export interface DayRun {
  first: string;
  last: string;
  name: string;
  mark: DayMark;
}

const baseName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The marked days whose date starts with `prefix` (`2025-01-`), in runs. */
export function dayRuns(marks: Map<string, DayMark>, prefix: string): DayRun[] {
  const days = [...marks.entries()]
    .filter(([date]) => date.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b));
  const runs: DayRun[] = [];
  for (const [date, mark] of days) {
    const previous = runs.at(-1);
    const name = baseName(mark.entry.name);
    if (
      previous &&
      nextDay(previous.last) === date &&
      markClass(previous.mark) === markClass(mark) &&
      baseName(previous.name) === name
    ) {
      previous.last = date;
      previous.name = name;
    } else {
      runs.push({ first: date, last: date, name: mark.entry.name, mark });
    }
  }
  return runs;
}
