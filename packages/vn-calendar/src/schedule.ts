/**
 * Official schedules: what the Government actually decided for a year (the Tết and Quốc khánh days, swapped
 * working days and the Saturdays worked to make up for them), merged over the generated statutory days.
 *
 * An {@link OfficialSchedule} is plain JSON, so it can live in a file, a database row or an HTTP body; the
 * README describes the format. {@link officialScheduleProblems} checks one (messages in Vietnamese) and
 * {@link parseOfficialSchedule} turns unknown JSON into a typed schedule.
 */
import { dayNumberOfIso, isValidSolarDate } from './civil.ts';
import { type DayOff, type DayOffKind, type StatutoryOptions, statutoryHolidays } from './holidays.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './lunar.ts';

/** The text an official schedule comes from. */
export interface OfficialNotice {
  /** Number and symbol, e.g. "6150/TB-LĐTBXH". */
  number: string;
  /** Date of issue `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** Issuing body, e.g. "Bộ Lao động – Thương binh và Xã hội". */
  issuer: string;
  /** What it is about. */
  title?: string;
  /** False when the number or date was taken from secondary sources only or not found at all. */
  confirmed: boolean;
  /** Where it was read. */
  source?: string;
  note?: string;
}

/** A day off as written in an official schedule. */
export interface OfficialDayOff {
  date: string;
  name: string;
  /** Default `'other'` ('holiday', 'compensatory', 'swap', 'other'). */
  kind?: DayOffKind;
  basis?: string;
  confirmed?: boolean;
  note?: string;
}

/** A make-up working day (ngày làm bù), usually a Saturday. */
export interface MakeUpWorkingDay {
  date: string;
  name: string;
  basis?: string;
  confirmed?: boolean;
  note?: string;
}

export interface OfficialSchedule {
  year: number;
  notices: OfficialNotice[];
  /**
   * `'merge'` (default): days off = generated statutory days (with `statutory` options) − `removeDays` +
   * `daysOff`. `'replace'`: `daysOff` is the complete list and nothing is generated.
   */
  mode?: 'merge' | 'replace';
  /** How the year's notices placed Tết and Quốc khánh; used for generation in merge mode. */
  statutory?: Pick<StatutoryOptions, 'tetDaysBefore' | 'nationalDayAdjacent'>;
  /** Generated days that are not days off after all (merge mode). */
  removeDays?: string[];
  /** Days off; in merge mode they are added to, or rename, the generated ones. */
  daysOff?: OfficialDayOff[];
  /** Days worked although they are weekly rest days. */
  workingDays?: MakeUpWorkingDay[];
  note?: string;
}

/** The resolved schedule of one year: every day off (other than weekly rest days) and every make-up day. */
export interface YearSchedule {
  year: number;
  /** True when an official schedule was applied; false when only generated from the Labour Code. */
  official: boolean;
  notices: OfficialNotice[];
  daysOff: DayOff[];
  workingDays: MakeUpWorkingDay[];
}

const KINDS: readonly DayOffKind[] = ['holiday', 'compensatory', 'swap', 'other'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDate(value: unknown, year: number | undefined, where: string, problems: string[]): void {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    problems.push(`${where}: ngày phải có dạng YYYY-MM-DD`);
    return;
  }
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (!isValidSolarDate({ year: y, month: m, day: d })) {
    problems.push(`${where}: ngày ${value} không tồn tại`);
  } else if (year !== undefined && y !== year) {
    problems.push(`${where}: ngày ${value} không thuộc năm ${year}`);
  }
}

function checkOptionalString(entry: Record<string, unknown>, key: string, where: string, problems: string[]) {
  if (entry[key] !== undefined && typeof entry[key] !== 'string')
    problems.push(`${where}: ${key} phải là chuỗi`);
}

const SCHEDULE_KEYS = new Set([
  'year',
  'notices',
  'mode',
  'statutory',
  'removeDays',
  'daysOff',
  'workingDays',
  'note',
]);
const NOTICE_KEYS = new Set(['number', 'date', 'issuer', 'title', 'confirmed', 'source', 'note']);
const DAY_OFF_KEYS = new Set(['date', 'name', 'kind', 'basis', 'confirmed', 'note']);
const WORKING_DAY_KEYS = new Set(['date', 'name', 'basis', 'confirmed', 'note']);

function checkKeys(entry: Record<string, unknown>, allowed: Set<string>, where: string, problems: string[]) {
  for (const key of Object.keys(entry)) {
    if (!allowed.has(key)) problems.push(`Trường không được hỗ trợ: ${where}.${key}`);
  }
}

/**
 * What is wrong with a value meant to be an {@link OfficialSchedule}, in Vietnamese; empty when it is valid.
 * Every date must lie in the schedule's year (a swap across New Year is written in both years' schedules),
 * and no date may be both a day off and a make-up working day.
 */
export function officialScheduleProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(value)) return ['Lịch chính thức phải là một đối tượng JSON'];
  for (const key of Object.keys(value)) {
    if (!SCHEDULE_KEYS.has(key)) problems.push(`Trường không được hỗ trợ: ${key}`);
  }
  const year = value.year;
  let validYear: number | undefined;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < FIRST_SUPPORTED_YEAR ||
    year > LAST_SUPPORTED_YEAR
  ) {
    problems.push(`year phải là số nguyên từ ${FIRST_SUPPORTED_YEAR} đến ${LAST_SUPPORTED_YEAR}`);
  } else {
    validYear = year;
  }
  if (!Array.isArray(value.notices)) {
    problems.push('notices phải là một danh sách văn bản (có thể rỗng)');
  } else {
    value.notices.forEach((n: unknown, i) => {
      const where = `notices[${i}]`;
      if (!isRecord(n)) {
        problems.push(`${where}: phải là một đối tượng`);
        return;
      }
      checkKeys(n, NOTICE_KEYS, where, problems);
      if (typeof n.number !== 'string' || n.number.trim() === '') {
        problems.push(`${where}: thiếu số hiệu văn bản`);
      }
      if (n.date !== null) checkDate(n.date, undefined, `${where}.date`, problems);
      if (typeof n.issuer !== 'string' || n.issuer.trim() === '')
        problems.push(`${where}: thiếu cơ quan ban hành`);
      if (typeof n.confirmed !== 'boolean') problems.push(`${where}: confirmed phải là true hoặc false`);
      for (const key of ['title', 'source', 'note']) checkOptionalString(n, key, where, problems);
    });
  }
  if (value.mode !== undefined && value.mode !== 'merge' && value.mode !== 'replace') {
    problems.push(`mode phải là 'merge' hoặc 'replace'`);
  }
  if (value.statutory !== undefined) {
    const s = value.statutory;
    if (!isRecord(s)) {
      problems.push('statutory phải là một đối tượng');
    } else {
      const before = s.tetDaysBefore;
      if (
        before !== undefined &&
        (typeof before !== 'number' || !Number.isInteger(before) || before < 0 || before > 5)
      ) {
        problems.push('statutory.tetDaysBefore phải là số nguyên từ 0 đến 5');
      }
      const adjacent = s.nationalDayAdjacent;
      if (adjacent !== undefined && adjacent !== 'before' && adjacent !== 'after' && adjacent !== 'auto') {
        problems.push(`statutory.nationalDayAdjacent phải là 'before', 'after' hoặc 'auto'`);
      }
      for (const key of Object.keys(s)) {
        if (key !== 'tetDaysBefore' && key !== 'nationalDayAdjacent') {
          problems.push(`Trường không được hỗ trợ: statutory.${key}`);
        }
      }
    }
  }
  if (value.removeDays !== undefined) {
    if (!Array.isArray(value.removeDays)) problems.push('removeDays phải là danh sách ngày');
    else {
      value.removeDays.forEach((d: unknown, i) => {
        checkDate(d, validYear, `removeDays[${i}]`, problems);
      });
    }
  }
  const offDates = new Set<string>();
  const entries = (key: 'daysOff' | 'workingDays') => {
    const list = value[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      problems.push(`${key} phải là một danh sách`);
      return;
    }
    const seen = new Set<string>();
    list.forEach((e: unknown, i) => {
      const where = `${key}[${i}]`;
      if (!isRecord(e)) {
        problems.push(`${where}: phải là một đối tượng`);
        return;
      }
      checkKeys(e, key === 'daysOff' ? DAY_OFF_KEYS : WORKING_DAY_KEYS, where, problems);
      checkDate(e.date, validYear, `${where}.date`, problems);
      if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${where}: thiếu tên (name)`);
      if (key === 'daysOff' && e.kind !== undefined && !KINDS.includes(e.kind as DayOffKind)) {
        problems.push(`${where}: kind phải là một trong ${KINDS.join(', ')}`);
      }
      if (e.confirmed !== undefined && typeof e.confirmed !== 'boolean') {
        problems.push(`${where}: confirmed phải là true hoặc false`);
      }
      for (const k of ['basis', 'note']) checkOptionalString(e, k, where, problems);
      if (typeof e.date === 'string') {
        if (seen.has(e.date)) problems.push(`${where}: ngày ${e.date} bị lặp`);
        seen.add(e.date);
        if (key === 'daysOff') offDates.add(e.date);
        else if (offDates.has(e.date))
          problems.push(`${where}: ngày ${e.date} vừa là ngày nghỉ vừa là ngày làm bù`);
      }
    });
  };
  entries('daysOff');
  entries('workingDays');
  return problems;
}

/** Checks and returns a schedule read from JSON; throws a RangeError listing the problems. */
export function parseOfficialSchedule(value: unknown): OfficialSchedule {
  const problems = officialScheduleProblems(value);
  if (problems.length > 0) throw new RangeError(`Lịch chính thức không hợp lệ:\n- ${problems.join('\n- ')}`);
  return value as OfficialSchedule;
}

/**
 * The days off and make-up days of a year: the statutory days generated from the Labour Code with
 * `options`, overridden by the official schedule when there is one (see {@link OfficialSchedule.mode}).
 * The official schedule's `statutory` choices take precedence over `options` (its year's notices decided
 * them); `options.weeklyRestDays` still applies.
 */
export function scheduleForYear(
  year: number,
  official?: OfficialSchedule,
  options: StatutoryOptions = {},
): YearSchedule {
  if (official === undefined) {
    return { year, official: false, notices: [], daysOff: statutoryHolidays(year, options), workingDays: [] };
  }
  if (official.year !== year)
    throw new RangeError(`Lịch chính thức của năm ${official.year}, không phải ${year}`);
  const problems = officialScheduleProblems(official);
  if (problems.length > 0)
    throw new RangeError(`Lịch chính thức năm ${year} không hợp lệ:\n- ${problems.join('\n- ')}`);
  const byDate = new Map<string, DayOff>();
  if ((official.mode ?? 'merge') === 'merge') {
    for (const d of statutoryHolidays(year, { ...options, ...official.statutory })) byDate.set(d.date, d);
    for (const date of official.removeDays ?? []) byDate.delete(date);
  }
  for (const d of official.daysOff ?? []) {
    const existing = byDate.get(d.date);
    const entry: DayOff = { date: d.date, name: d.name, kind: d.kind ?? existing?.kind ?? 'other' };
    if (existing?.holiday !== undefined) entry.holiday = existing.holiday;
    if (existing?.compensates !== undefined) entry.compensates = existing.compensates;
    const basis = d.basis ?? existing?.basis;
    if (basis !== undefined) entry.basis = basis;
    if (d.confirmed !== undefined) entry.confirmed = d.confirmed;
    if (d.note !== undefined) entry.note = d.note;
    byDate.set(d.date, entry);
  }
  const workingDays = [...(official.workingDays ?? [])].sort(
    (a, b) => dayNumberOfIso(a.date) - dayNumberOfIso(b.date),
  );
  // A make-up day wins over a generated day off on the same date.
  for (const w of workingDays) byDate.delete(w.date);
  const daysOff = [...byDate.values()].sort((a, b) => dayNumberOfIso(a.date) - dayNumberOfIso(b.date));
  return { year, official: true, notices: official.notices, daysOff, workingDays };
}
