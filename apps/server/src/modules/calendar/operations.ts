/**
 * The calendar operations as plain functions over a WorkingCalendar, without the database: the HTTP routes
 * and the `congso calendar` command both answer with these, so their JSON is the same.
 */
import {
  canChiOfDay,
  canChiOfMonth,
  canChiOfYear,
  type DayOff,
  formatIsoDate,
  formatLunarDate,
  formatVietnamTime,
  isoDateOfDay,
  isValidSolarDate,
  type LunarDate,
  type LunarDateInput,
  lunarToSolar,
  type MakeUpWorkingDay,
  MS_PER_DAY,
  type OfficialNotice,
  solarToLunar,
  VIETNAM_UTC_OFFSET_MS,
  vietnamDateOf,
  type WorkingCalendar,
  type WorkingDuration,
  type WorkingHours,
  weekdayName,
} from '@congso/vn-calendar';

/** Where a year's days off come from. */
export type ScheduleSource = 'database' | 'bundled' | 'file' | 'generated';

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  solar: string;
  weekday: string;
  lunar: LunarDate;
  /** "Mùng 1 tháng Giêng năm Bính Ngọ". */
  lunarText: string;
  canChi: { year: string; month: string; day: string };
}

export function calendarDay(solar: string): CalendarDay {
  const lunar = solarToLunar(solar);
  return {
    solar,
    weekday: weekdayName(solar),
    lunar,
    lunarText: formatLunarDate(lunar),
    canChi: {
      year: canChiOfYear(lunar.year),
      month: canChiOfMonth(lunar.year, lunar.month),
      day: canChiOfDay(solar),
    },
  };
}

/** Solar → lunar. Throws the library's LunarCalendarError (a RangeError) for dates out of range. */
export function lunarOf(solar: string): CalendarDay {
  return calendarDay(solar);
}

/** Lunar → solar. Throws LunarCalendarError for lunar dates that do not exist (e.g. a leap month that isn't). */
export function solarOf(lunar: LunarDateInput): CalendarDay {
  return calendarDay(formatIsoDate(lunarToSolar(lunar)));
}

const LUNAR_NOTATION = /^(\d{1,2})\/(\d{1,2})(n?)\/(\d{4})$/i;

/**
 * A lunar date as people write it: `10/3/2026`, with `n` after the month for a leap month (tháng nhuận):
 * `15/6n/2025`. `leap` (the CLI's --leap) marks the month leap as well.
 */
export function parseLunarNotation(text: string, leap = false): LunarDateInput {
  const match = LUNAR_NOTATION.exec(text.trim());
  if (!match) {
    throw new RangeError(
      `Ngày âm lịch "${text}" không đúng dạng ngày/tháng/năm, ví dụ 10/3/2026; tháng nhuận thêm chữ n: 15/6n/2025`,
    );
  }
  return {
    day: Number(match[1]),
    month: Number(match[2]),
    year: Number(match[4]),
    leap: leap || match[3] !== '',
  };
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+\- ]\d{2}:?\d{2})?$/i;

/**
 * An instant written in ISO 8601: `2025-01-24T10:00+07:00`, `2025-01-24T03:00:00Z`, `2025-01-24T10:00`
 * (no offset: Vietnam's time, +07:00) or `2025-01-24` (00:00 in Vietnam). A space before the offset is
 * read as `+`, since that is what an unencoded `+` becomes in a query string. Returns epoch milliseconds.
 */
export function parseInstant(text: string): number {
  const match = INSTANT.exec(text.trim());
  const fail = () =>
    new RangeError(
      `Thời điểm "${text}" không hợp lệ; dạng 2025-01-24T10:00+07:00 (bỏ múi giờ thì hiểu là giờ Việt Nam)`,
    );
  if (!match) throw fail();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hour = Number(match[4] ?? 0);
  const minute = Number(match[5] ?? 0);
  const second = Number(match[6] ?? 0);
  const milli = Number((match[7] ?? '0').padEnd(3, '0'));
  if (!isValidSolarDate({ year, month, day }) || hour > 23 || minute > 59 || second > 59) throw fail();
  let offsetMs = VIETNAM_UTC_OFFSET_MS;
  const zone = match[8];
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offsetMs = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      const h = Number(digits.slice(0, 2));
      const m = Number(digits.slice(2));
      if (h > 14 || m > 59) throw fail();
      offsetMs = (zone[0] === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, milli) - offsetMs;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** "24/01/2025". */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "Thứ Sáu 07/02/2025 10:00" (Vietnam time). */
export function formatInstantVi(ms: number): string {
  const date = vietnamDateOf(ms);
  const iso = formatIsoDate(date);
  const inDay = (((ms + VIETNAM_UTC_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const minutes = Math.floor(inDay / 60_000);
  return `${weekdayName(iso)} ${formatDateVi(iso)} ${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}

export interface DayOffEntry extends DayOff {
  weekday: string;
}

export interface MakeUpEntry extends MakeUpWorkingDay {
  weekday: string;
}

/** An entry with its weekday right after the date ("Thứ Hai"). */
function withWeekday<T extends { date: string }>(entry: T): T & { weekday: string } {
  const { date, ...rest } = entry;
  return { date, weekday: weekdayName(date), ...rest } as unknown as T & { weekday: string };
}

export interface HolidaysOfYear {
  year: number;
  /** True when an official schedule applies (database, bundled or file), false when generated. */
  official: boolean;
  source: ScheduleSource;
  notices: OfficialNotice[];
  /** Days off other than the weekly rest days, in date order. */
  daysOff: DayOffEntry[];
  /** Weekly rest days worked by decision (ngày làm bù). */
  workingDays: MakeUpEntry[];
}

export function holidaysOf(calendar: WorkingCalendar, year: number, source: ScheduleSource): HolidaysOfYear {
  const schedule = calendar.scheduleFor(year);
  return {
    year,
    official: schedule.official,
    source: schedule.official ? source : 'generated',
    notices: schedule.notices,
    daysOff: schedule.daysOff.map(withWeekday),
    workingDays: schedule.workingDays.map(withWeekday),
  };
}

export interface HoursView {
  sessions: { start: string; end: string }[];
  weekdays: number[];
  /** Working minutes in a day. */
  minutesPerDay: number;
}

export function hoursView(calendar: WorkingCalendar): HoursView {
  return {
    sessions: calendar.hours.sessions.map((s) => ({ start: s.start, end: s.end })),
    weekdays: [...calendar.hours.weekdays],
    minutesPerDay: calendar.minutesPerDay,
  };
}

export interface Deadline {
  /** The instant given, as `YYYY-MM-DDTHH:MM:SS+07:00`. */
  from: string;
  /** Where the count starts: `from`, or the next working moment when `from` is outside working time. */
  start: string;
  /** The due instant. */
  due: string;
  duration: { days: number; hours: number };
  workingMinutes: number;
  /** Days off (holidays, compensatory and swapped days; not weekly rest days) from start to due. */
  daysOff: DayOffEntry[];
  /** Make-up working days from start to due. */
  workingDays: MakeUpEntry[];
  workingHours: HoursView;
}

/** `from` + a working duration, with what was skipped on the way. */
export function deadlineOf(calendar: WorkingCalendar, from: number, duration: WorkingDuration): Deadline {
  const start = calendar.nextWorkingInstant(from);
  const due = calendar.addWorkingTime(from, duration);
  const daysOff: DayOffEntry[] = [];
  const workingDays: MakeUpEntry[] = [];
  const first = Math.floor((start + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY);
  const last = Math.floor((due + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY);
  for (let day = first; day <= last; day++) {
    const status = calendar.dayStatus(isoDateOfDay(day));
    if (status.dayOff && !status.working) daysOff.push(withWeekday(status.dayOff));
    if (status.makeUp && status.working) workingDays.push(withWeekday(status.makeUp));
  }
  return {
    from: formatVietnamTime(from),
    start: formatVietnamTime(start),
    due: formatVietnamTime(due),
    duration: { days: duration.days ?? 0, hours: duration.hours ?? 0 },
    workingMinutes: calendar.workingTimeBetween(from, due),
    daysOff,
    workingDays,
    workingHours: hoursView(calendar),
  };
}

/** Working hours as read by people: "07:30–11:30, 13:30–17:00; Thứ Hai – Thứ Sáu". */
export function describeHours(hours: Pick<WorkingHours, 'sessions' | 'weekdays'>): string {
  const names = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const sessions = hours.sessions.map((s) => `${s.start}–${s.end}`).join(', ');
  const days = [...hours.weekdays].sort((a, b) => a - b);
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const dayText =
    contiguous && days.length > 2
      ? `${names[days[0]!]} – ${names[days.at(-1)!]}`
      : days.map((d) => names[d]).join(', ');
  return `${sessions}; ${dayText}`;
}

/** A problem of an official schedule, located: the path of the field inside the schedule. */
export interface LocatedProblem {
  path: (string | number)[];
  message: string;
}

// `notices[0].date`, `daysOff[2]`, `statutory.tetDaysBefore`, `year` …
const WHERE = String.raw`[A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?`;
const UNKNOWN_FIELD = new RegExp(`^Trường không được hỗ trợ: (${WHERE})$`);
const PREFIXED = new RegExp(`^(${WHERE}): (.+)$`);
const FIELD_FIRST = new RegExp(`^(${WHERE}) (phải .+)$`);
/** Messages about a field of an entry that name it in words rather than by key. */
const FIELD_OF_MESSAGE: [RegExp, string][] = [
  [/^thiếu số hiệu/, 'number'],
  [/^thiếu cơ quan ban hành/, 'issuer'],
  [/^thiếu tên/, 'name'],
  [/^ngày \S+ (bị lặp|vừa là)/, 'date'],
  [/^(confirmed|kind|title|source|note|basis) phải/, '$1'],
];

function pathOf(where: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of where.split('.')) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m) return [];
    path.push(m[1]!);
    if (m[2] !== undefined) path.push(Number(m[2]));
  }
  return path;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The library's schedule problems (`officialScheduleProblems`, Vietnamese sentences that start with the
 * field they are about) with the field as a path, so the API can answer one JSON pointer per problem.
 * A message whose field cannot be told keeps an empty path (the whole schedule).
 */
export function locateScheduleProblems(problems: readonly string[]): LocatedProblem[] {
  return problems.map((problem) => {
    const unknown = UNKNOWN_FIELD.exec(problem);
    if (unknown) return { path: pathOf(unknown[1]!), message: problem };
    const prefixed = PREFIXED.exec(problem);
    if (prefixed) {
      const path = pathOf(prefixed[1]!);
      const message = prefixed[2]!;
      for (const [pattern, key] of FIELD_OF_MESSAGE) {
        const m = pattern.exec(message);
        if (m) {
          path.push(key === '$1' ? m[1]! : key);
          break;
        }
      }
      return { path, message: sentence(message) };
    }
    const fieldFirst = FIELD_FIRST.exec(problem);
    if (fieldFirst) return { path: pathOf(fieldFirst[1]!), message: sentence(fieldFirst[2]!) };
    return { path: [], message: problem };
  });
}
