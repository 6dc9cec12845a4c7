import type { DayOffKind, Holidays, Notice, OfficialSchedule, ScheduleRecord } from '../types.ts';

type DayOffRow = NonNullable<OfficialSchedule['daysOff']>[number];
type MakeUpRow = NonNullable<OfficialSchedule['workingDays']>[number];

/**
 * The editor's values, named as in the request body so the server's pointers (`/body/daysOff/0/date`) land
 * on their row. Rows keep the fields the editor does not show (note, confirmed, source) untouched.
 */
export interface ScheduleValues {
  notices: Notice[];
  daysOff: DayOffRow[];
  workingDays: MakeUpRow[];
}

/** Whether the year is stored as a complete list (mode `replace`), which the editor edits as is. */
export function isCompleteList(record: ScheduleRecord): boolean {
  return record.schedule?.mode === 'replace';
}

/**
 * What the editor starts from. A complete list is edited as stored; otherwise (a schedule that amends the
 * statutory days, or none) the days the year resolves to are the starting list, saved as a complete list.
 */
export function initialValues(record: ScheduleRecord, holidays: Holidays): ScheduleValues {
  if (record.schedule && isCompleteList(record)) {
    return {
      notices: record.schedule.notices,
      daysOff: record.schedule.daysOff ?? [],
      workingDays: record.schedule.workingDays ?? [],
    };
  }
  return {
    notices: holidays.notices,
    daysOff: holidays.daysOff.map(({ weekday: _w, holiday: _h, compensates: _c, ...day }) => day),
    workingDays: holidays.workingDays.map(({ weekday: _w, ...day }) => day),
  };
}

const trimmed = (text: string | undefined) => (text ?? '').trim();

/** Optional text fields: left out when blank, as the format wants. */
function optional<T extends object>(row: T, keys: readonly string[]): T {
  const out = { ...row } as Record<string, unknown>;
  for (const key of keys) {
    const value = out[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      delete out[key];
    } else if (typeof value === 'string') {
      out[key] = value.trim();
    }
  }
  return out as T;
}

/** The body of PUT /api/calendar/schedules/{year}: the stored schedule's other settings, the edited lists. */
export function toSchedule(year: number, record: ScheduleRecord, values: ScheduleValues): OfficialSchedule {
  const { removeDays: _removed, ...base } = record.schedule ?? { year, notices: [] };
  return {
    ...base,
    year,
    mode: 'replace',
    notices: values.notices.map((n) => ({
      ...optional(n, ['title', 'source', 'note']),
      number: trimmed(n.number),
      issuer: trimmed(n.issuer),
      date: n.date ? n.date : null,
      confirmed: n.confirmed ?? false,
    })),
    daysOff: values.daysOff.map((d) => ({
      ...optional(d, ['basis', 'note']),
      date: d.date ?? '',
      name: trimmed(d.name),
      kind: (d.kind ?? 'other') as DayOffKind,
    })),
    workingDays: values.workingDays.map((d) => ({
      ...optional(d, ['basis', 'note']),
      date: d.date ?? '',
      name: trimmed(d.name),
    })),
  };
}

export interface DayChange {
  date: string;
  name: string;
  /** the name before, for a renamed day */
  before?: string;
}

export interface ScheduleChanges {
  added: DayChange[];
  removed: DayChange[];
  renamed: DayChange[];
}

function compare(before: { date: string; name: string }[], after: { date: string; name: string }[]) {
  const old = new Map(before.map((d) => [d.date, d.name]));
  const now = new Set(after.map((d) => d.date));
  const seen = new Set<string>();
  const added: DayChange[] = [];
  const renamed: DayChange[] = [];
  for (const d of after) {
    const previous = old.get(d.date);
    // a date entered twice counts as added: the server will say it is repeated
    if (previous === undefined || seen.has(d.date)) added.push({ date: d.date, name: d.name });
    else if (previous !== d.name) renamed.push({ date: d.date, name: d.name, before: previous });
    seen.add(d.date);
  }
  const removed = before.filter((d) => !now.has(d.date)).map((d) => ({ date: d.date, name: d.name }));
  return { added, removed, renamed };
}

/** What saving changes in the days off and in the make-up days, for the confirmation. */
export function changesOf(before: ScheduleValues, after: OfficialSchedule) {
  return {
    daysOff: compare(before.daysOff, after.daysOff ?? []),
    workingDays: compare(before.workingDays, after.workingDays ?? []),
  };
}
