/**
 * Working-time arithmetic for deadlines counted in working days (ngày làm việc).
 *
 * Model. Every working day has the same sessions (default 07:30–11:30 and 13:30–17:00, 450 minutes), so the
 * working time of the whole calendar can be laid end to end on one line: the "position" of an instant is the
 * working time elapsed from a fixed origin up to it, `ordinal of its working day × day length + working time
 * already done that day`. Instants outside working time share the position of the next working moment.
 * Adding a duration is adding to the position and turning it back into an instant; a duration in days is just
 * `days × day length`, so adding whole days keeps the time of day. Pauses are intervals of positions that do
 * not count. All of it is integer millisecond arithmetic on local (UTC+7) time over typed arrays built per year
 * on demand; no Date is created on the numeric path.
 *
 * Boundaries. A session is the half-open interval [start, end): at 17:00 sharp the office is closed.
 * - A start outside working time is moved to the next working moment (Friday 17:30 → Monday 07:30, 12:00 → 13:30).
 * - A deadline (the result of adding a positive duration) is the earliest moment at which the duration has been
 *   worked. When that is a session boundary it is the end of the earlier session: 17:00 rather than 07:30 of the
 *   next working day, 11:30 rather than 13:30.
 * - Subtracting is the mirror image: the latest moment from which the duration can be worked before the given
 *   end (which is first moved back to the end of the last working period when outside working time); at a
 *   boundary it is the start of the later session.
 * These make `subtract(add(s, d), d) = s` for every s in working time and `workingTimeBetween(s, add(s, d)) = d`.
 */
import {
  dayNumber,
  isoDateOfDay,
  MS_PER_DAY,
  type SolarDate,
  solarDateOfDay,
  toDayNumber,
  VIETNAM_UTC_OFFSET_MS,
  weekdayOfDay,
} from './civil.ts';
import type { DayOff, StatutoryOptions } from './holidays.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './lunar.ts';
import {
  type MakeUpWorkingDay,
  type OfficialSchedule,
  parseOfficialSchedule,
  scheduleForYear,
  type YearSchedule,
} from './schedule.ts';
import { BUNDLED_SCHEDULES } from './schedules/index.ts';

/** An instant: a Date or epoch milliseconds. Functions return the same kind they are given. */
export type Instant = Date | number;

/** A working session, local time `HH:MM`, e.g. `{ start: '07:30', end: '11:30' }`. `end` may be `24:00`. */
export interface WorkingSession {
  start: string;
  end: string;
}

export interface WorkingHours {
  /** Sessions of every working day, in order, not overlapping. */
  sessions: readonly WorkingSession[];
  /** Working days of the week, 0 = Sunday … 6 = Saturday. */
  weekdays: readonly number[];
}

/**
 * 07:30–11:30 and 13:30–17:00, Monday to Friday. The 5-day, 40-hour week is QĐ 188/1999/QĐ-TTg; the hours
 * themselves are not fixed nationally: these are the hours commonly posted by provincial and commune
 * one-stop centres (Bộ phận Một cửa), hence a default to override per agency.
 */
export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze({
  sessions: Object.freeze([
    Object.freeze({ start: '07:30', end: '11:30' }),
    Object.freeze({ start: '13:30', end: '17:00' }),
  ]),
  weekdays: Object.freeze([1, 2, 3, 4, 5]),
});

/**
 * A duration of working time. Parts add up: `{ days: 1, hours: 2 }`. A day is the working minutes of one day
 * (450 by default), so `{ days: 0.5 }` is 225 minutes. Rounded to the millisecond.
 */
export interface WorkingDuration {
  days?: number;
  hours?: number;
  minutes?: number;
}

/** A stretch of real time whose working time does not count (e.g. waiting for the applicant). */
export interface Pause {
  start: Instant;
  end: Instant;
}

export interface WorkingTimeOptions {
  /** Pauses, in any order, possibly overlapping. Working time inside any of them is not counted. */
  pauses?: readonly Pause[];
}

export interface WorkingCalendarOptions {
  /** Working hours; missing parts come from {@link DEFAULT_WORKING_HOURS}. */
  hours?: Partial<WorkingHours>;
  /** Official schedules by year; default the bundled ones (2024–2026). Pass `[]` to use only generated days. */
  schedules?: readonly OfficialSchedule[];
  /** How to generate the days off of years without an official schedule. */
  statutory?: Omit<StatutoryOptions, 'weeklyRestDays'>;
}

/** The status of one date in a {@link WorkingCalendar}. */
export interface DayStatus {
  date: string;
  working: boolean;
  /** The day off that applies, if the date is a day off other than a weekly rest day. */
  dayOff?: DayOff;
  /** The make-up entry, if the date is a weekly rest day worked by decision. */
  makeUp?: MakeUpWorkingDay;
  /** True when the date is a weekly rest day (thứ Bảy/Chủ nhật by default). */
  weeklyRest: boolean;
}

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function parseClock(text: string): number {
  const m = TIME.exec(text);
  const ms = m ? (Number(m[1]) * 60 + Number(m[2])) * 60_000 : Number.NaN;
  if (!m || ms > MS_PER_DAY)
    throw new RangeError(`Giờ không hợp lệ "${text}" (dạng HH:MM, từ 00:00 đến 24:00)`);
  return ms;
}

function toMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Thời điểm không hợp lệ');
  return ms;
}

function same<T extends Instant>(like: T, ms: number): T {
  return (typeof like === 'number' ? ms : new Date(ms)) as T;
}

/**
 * A calendar of working time for one agency: official schedules (or generated statutory days) plus
 * working hours. Immutable after construction; per-year tables are built lazily and cached, so one
 * instance can be shared.
 */
export class WorkingCalendar {
  readonly hours: WorkingHours;
  /** Working minutes in one working day (450 by default). */
  readonly minutesPerDay: number;

  readonly #dayMs: number;
  readonly #sessionStart: Int32Array;
  readonly #sessionEnd: Int32Array;
  /** Working ms of the day before each session. */
  readonly #sessionBefore: Int32Array;
  readonly #weekdayMask: number;
  readonly #official = new Map<number, OfficialSchedule>();
  readonly #statutory: StatutoryOptions;
  readonly #schedules = new Map<number, YearSchedule>();

  // Loaded range of whole years [#firstYear, #lastYear], from day #rangeStart.
  #firstYear = 0;
  #lastYear = -1;
  #rangeStart = 0;
  /** 1 if the day is a working day. */
  #working = new Uint8Array(0);
  /** Ordinal of the first working day on or after each day (one extra entry at the end). */
  #ordinal = new Int32Array(0);
  /** Day numbers of the working days in the range; ordinal o is at [o - #ordinalBase]. */
  #workDays = new Int32Array(0);
  #ordinalBase = 0;

  constructor(options: WorkingCalendarOptions = {}) {
    const sessions = options.hours?.sessions ?? DEFAULT_WORKING_HOURS.sessions;
    const weekdays = options.hours?.weekdays ?? DEFAULT_WORKING_HOURS.weekdays;
    if (sessions.length === 0) throw new RangeError('Phải có ít nhất một buổi làm việc');
    const n = sessions.length;
    this.#sessionStart = new Int32Array(n);
    this.#sessionEnd = new Int32Array(n);
    this.#sessionBefore = new Int32Array(n);
    let total = 0;
    let previousEnd = -1;
    sessions.forEach((s, i) => {
      const start = parseClock(s.start);
      const end = parseClock(s.end);
      if (start >= end)
        throw new RangeError(`Buổi làm việc ${s.start}–${s.end}: giờ bắt đầu phải trước giờ kết thúc`);
      if (start <= previousEnd) {
        throw new RangeError(`Buổi làm việc ${s.start}–${s.end} phải bắt đầu sau khi buổi trước kết thúc`);
      }
      this.#sessionStart[i] = start;
      this.#sessionEnd[i] = end;
      this.#sessionBefore[i] = total;
      total += end - start;
      previousEnd = end;
    });
    let mask = 0;
    for (const d of weekdays) {
      if (!Number.isInteger(d) || d < 0 || d > 6)
        throw new RangeError(`Ngày làm việc trong tuần không hợp lệ: ${d}`);
      mask |= 1 << d;
    }
    if (mask === 0) throw new RangeError('Phải có ít nhất một ngày làm việc trong tuần');
    this.#weekdayMask = mask;
    this.#dayMs = total;
    this.minutesPerDay = total / 60_000;
    this.hours = Object.freeze({
      sessions: Object.freeze(sessions.map((s) => Object.freeze({ start: s.start, end: s.end }))),
      weekdays: Object.freeze([...new Set(weekdays)].sort((a, b) => a - b)),
    });
    for (const s of options.schedules ?? BUNDLED_SCHEDULES) {
      parseOfficialSchedule(s); // fail now rather than at the first deadline of that year
      if (this.#official.has(s.year)) throw new RangeError(`Có hai lịch chính thức cho năm ${s.year}`);
      this.#official.set(s.year, s);
    }
    const rest: number[] = [];
    for (let d = 0; d < 7; d++) if ((mask & (1 << d)) === 0) rest.push(d);
    this.#statutory = { ...options.statutory, weeklyRestDays: rest };
  }

  /** The resolved schedule of a year (official if the calendar has one for that year, else generated). */
  scheduleFor(year: number): YearSchedule {
    let s = this.#schedules.get(year);
    if (s === undefined) {
      s = scheduleForYear(year, this.#official.get(year), this.#statutory);
      this.#schedules.set(year, s);
    }
    return s;
  }

  // ---- per-year tables -------------------------------------------------------------------------------

  #yearStatus(year: number): Uint8Array {
    const first = dayNumber(year, 1, 1);
    const status = new Uint8Array(dayNumber(year + 1, 1, 1) - first);
    for (let i = 0; i < status.length; i++) status[i] = (this.#weekdayMask >> weekdayOfDay(first + i)) & 1;
    const schedule = this.scheduleFor(year);
    for (const d of schedule.daysOff) status[toDayNumber(d.date) - first] = 0;
    for (const w of schedule.workingDays) status[toDayNumber(w.date) - first] = 1;
    return status;
  }

  #load(fromYear: number, toYear: number): void {
    if (fromYear < FIRST_SUPPORTED_YEAR || toYear > LAST_SUPPORTED_YEAR) {
      throw new RangeError(
        `Thời điểm nằm ngoài phạm vi lịch hỗ trợ (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})`,
      );
    }
    const loaded = this.#lastYear >= this.#firstYear;
    const first = loaded ? Math.min(fromYear, this.#firstYear) : fromYear;
    const last = loaded ? Math.max(toYear, this.#lastYear) : toYear;
    const rangeStart = dayNumber(first, 1, 1);
    const working = new Uint8Array(dayNumber(last + 1, 1, 1) - rangeStart);
    for (let y = first; y <= last; y++) {
      if (loaded && y >= this.#firstYear && y <= this.#lastYear) continue;
      working.set(this.#yearStatus(y), dayNumber(y, 1, 1) - rangeStart);
    }
    if (loaded) working.set(this.#working, this.#rangeStart - rangeStart);
    // Keep ordinals stable: the working days added before the old range get negative offsets.
    let base = 0;
    if (loaded) {
      let before = 0;
      for (let i = 0; i < this.#rangeStart - rangeStart; i++) before += working[i]!;
      base = this.#ordinalBase - before;
    }
    const ordinal = new Int32Array(working.length + 1);
    let count = 0;
    for (let i = 0; i < working.length; i++) {
      ordinal[i] = base + count;
      count += working[i]!;
    }
    ordinal[working.length] = base + count;
    const workDays = new Int32Array(count);
    for (let i = 0, j = 0; i < working.length; i++) if (working[i] === 1) workDays[j++] = rangeStart + i;
    this.#firstYear = first;
    this.#lastYear = last;
    this.#rangeStart = rangeStart;
    this.#working = working;
    this.#ordinal = ordinal;
    this.#workDays = workDays;
    this.#ordinalBase = base;
  }

  /** Makes sure a day is in the loaded range, with a year of margin each side for durations that cross. */
  #ensureDay(day: number): void {
    const year = solarDateOfDay(day).year;
    if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
      throw new RangeError(
        `Thời điểm nằm ngoài phạm vi lịch hỗ trợ (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})`,
      );
    }
    this.#load(Math.max(FIRST_SUPPORTED_YEAR, year - 1), Math.min(LAST_SUPPORTED_YEAR, year + 1));
  }

  #dayIndex(day: number): number {
    const i = day - this.#rangeStart;
    if (i >= 0 && i < this.#working.length) return i;
    this.#ensureDay(day);
    return day - this.#rangeStart;
  }

  #dayOfOrdinal(ordinal: number): number {
    let j = ordinal - this.#ordinalBase;
    while (j < 0 || j >= this.#workDays.length) {
      if (j < 0) {
        if (this.#firstYear <= FIRST_SUPPORTED_YEAR) throw new RangeError('Kết quả nằm trước năm 1900');
        this.#load(this.#firstYear - 1, this.#lastYear);
      } else {
        if (this.#lastYear >= LAST_SUPPORTED_YEAR) throw new RangeError('Kết quả nằm sau năm 2199');
        this.#load(this.#firstYear, this.#lastYear + 1);
      }
      j = ordinal - this.#ordinalBase;
    }
    return this.#workDays[j]!;
  }

  // ---- positions -----------------------------------------------------------------------------------

  /** Working time within a day before a local time of day (ms), for a working day. */
  #offsetInDay(timeOfDay: number): number {
    const starts = this.#sessionStart;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k]!;
      if (timeOfDay < start) return this.#sessionBefore[k]!;
      const end = this.#sessionEnd[k]!;
      if (timeOfDay < end) return this.#sessionBefore[k]! + timeOfDay - start;
    }
    return this.#dayMs;
  }

  /** Working time from the origin up to an instant (ms). */
  #position(ms: number): number {
    const local = ms + VIETNAM_UTC_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const i = this.#dayIndex(day);
    const base = this.#ordinal[i]! * this.#dayMs;
    return this.#working[i] === 1 ? base + this.#offsetInDay(local - day * MS_PER_DAY) : base;
  }

  /** The earliest instant at a position: a boundary is the end of the earlier session. */
  #earliest(position: number): number {
    const ordinal = Math.ceil(position / this.#dayMs) - 1;
    const offset = position - ordinal * this.#dayMs; // in (0, dayMs]
    const day = this.#dayOfOrdinal(ordinal);
    const last = this.#sessionStart.length - 1;
    let k = 0;
    while (k < last && offset > this.#sessionBefore[k]! + this.#sessionEnd[k]! - this.#sessionStart[k]!) k++;
    return (
      day * MS_PER_DAY + this.#sessionStart[k]! + offset - this.#sessionBefore[k]! - VIETNAM_UTC_OFFSET_MS
    );
  }

  /** The latest instant at a position: a boundary is the start of the later session. */
  #latest(position: number): number {
    const ordinal = Math.floor(position / this.#dayMs);
    const offset = position - ordinal * this.#dayMs; // in [0, dayMs)
    const day = this.#dayOfOrdinal(ordinal);
    let k = this.#sessionStart.length - 1;
    while (k > 0 && offset < this.#sessionBefore[k]!) k--;
    return (
      day * MS_PER_DAY + this.#sessionStart[k]! + offset - this.#sessionBefore[k]! - VIETNAM_UTC_OFFSET_MS
    );
  }

  #durationMs(duration: WorkingDuration): number {
    const minutes =
      (duration.days ?? 0) * this.minutesPerDay + (duration.hours ?? 0) * 60 + (duration.minutes ?? 0);
    if (!Number.isFinite(minutes)) throw new RangeError('Thời hạn không hợp lệ');
    return Math.round(minutes * 60_000);
  }

  /** Pauses as merged, sorted position intervals [a0, b0, a1, b1, …]. */
  #pauseIntervals(pauses: readonly Pause[] | undefined): number[] {
    if (pauses === undefined || pauses.length === 0) return [];
    const intervals: [number, number][] = [];
    for (const p of pauses) {
      const start = toMs(p.start);
      const end = toMs(p.end);
      if (end < start) throw new RangeError('Khoảng tạm dừng có thời điểm kết thúc trước thời điểm bắt đầu');
      const a = this.#position(start);
      const b = this.#position(end);
      if (b > a) intervals.push([a, b]);
    }
    intervals.sort((x, y) => x[0] - y[0]);
    const merged: number[] = [];
    for (const [a, b] of intervals) {
      const n = merged.length;
      if (n > 0 && a <= merged[n - 1]!) merged[n - 1] = Math.max(merged[n - 1]!, b);
      else merged.push(a, b);
    }
    return merged;
  }

  // ---- public API ----------------------------------------------------------------------------------

  /** True when the instant is inside a working session [start, end) of a working day. */
  isWorkingTime(instant: Instant): boolean {
    const local = toMs(instant) + VIETNAM_UTC_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const i = this.#dayIndex(day); // may load tables: index the arrays after it
    if (this.#working[i] !== 1) return false;
    const timeOfDay = local - day * MS_PER_DAY;
    for (let k = 0; k < this.#sessionStart.length; k++) {
      if (timeOfDay >= this.#sessionStart[k]! && timeOfDay < this.#sessionEnd[k]!) return true;
    }
    return false;
  }

  /** True when the date (in Vietnam) is a working day. */
  isWorkingDay(date: SolarDate | string): boolean {
    const i = this.#dayIndex(toDayNumber(date));
    return this.#working[i] === 1;
  }

  /** Why a date is or is not a working day. */
  dayStatus(date: SolarDate | string): DayStatus {
    const day = toDayNumber(date);
    const i = this.#dayIndex(day);
    const working = this.#working[i] === 1;
    const isoText = isoDateOfDay(day);
    const schedule = this.scheduleFor(solarDateOfDay(day).year);
    const status: DayStatus = {
      date: isoText,
      working,
      weeklyRest: ((this.#weekdayMask >> weekdayOfDay(day)) & 1) === 0,
    };
    const dayOff = schedule.daysOff.find((d) => d.date === isoText);
    if (dayOff) status.dayOff = dayOff;
    const makeUp = schedule.workingDays.find((w) => w.date === isoText);
    if (makeUp) status.makeUp = makeUp;
    return status;
  }

  /** The instant itself if it is working time, else the start of the next working session. */
  nextWorkingInstant<T extends Instant>(instant: T): T {
    const ms = toMs(instant);
    if (this.isWorkingTime(ms)) return instant;
    return same(instant, this.#latest(this.#position(ms)));
  }

  /**
   * The instant itself if it is working time or the end of a session, else the end of the last working
   * session before it (Saturday 09:00 → Friday 17:00, 12:00 → 11:30).
   */
  previousWorkingInstant<T extends Instant>(instant: T): T {
    const ms = toMs(instant);
    if (this.isWorkingTime(ms) || this.isWorkingTime(ms - 1)) return instant;
    return same(instant, this.#earliest(this.#position(ms)));
  }

  /**
   * The deadline: `start` plus a working duration (see the module notes for the boundary rules). A zero
   * duration gives `nextWorkingInstant(start)`; a negative one subtracts. Pauses extend the result.
   */
  addWorkingTime<T extends Instant>(start: T, duration: WorkingDuration, options?: WorkingTimeOptions): T {
    const d = this.#durationMs(duration);
    if (d < 0) return this.#subtract(start, -d, options);
    return this.#add(start, d, options);
  }

  /** `end` minus a working duration: the latest start from which the duration is worked by `end`. */
  subtractWorkingTime<T extends Instant>(end: T, duration: WorkingDuration, options?: WorkingTimeOptions): T {
    const d = this.#durationMs(duration);
    if (d < 0) return this.#add(end, -d, options);
    return this.#subtract(end, d, options);
  }

  #add<T extends Instant>(start: T, d: number, options: WorkingTimeOptions | undefined): T {
    if (d === 0) return this.nextWorkingInstant(start);
    const from = this.#position(toMs(start));
    const pauses = this.#pauseIntervals(options?.pauses);
    let target = from + d;
    if (pauses.length > 0) {
      let cursor = from;
      let remaining = d;
      target = Number.NaN;
      for (let k = 0; k < pauses.length; k += 2) {
        const a = pauses[k]!;
        const b = pauses[k + 1]!;
        if (b <= cursor) continue;
        if (a > cursor) {
          if (cursor + remaining <= a) {
            target = cursor + remaining;
            break;
          }
          remaining -= a - cursor;
        }
        cursor = b;
      }
      if (Number.isNaN(target)) target = cursor + remaining;
    }
    return same(start, this.#earliest(target));
  }

  #subtract<T extends Instant>(end: T, d: number, options: WorkingTimeOptions | undefined): T {
    if (d === 0) return this.previousWorkingInstant(end);
    const from = this.#position(toMs(end));
    const pauses = this.#pauseIntervals(options?.pauses);
    let target = from - d;
    if (pauses.length > 0) {
      let cursor = from;
      let remaining = d;
      target = Number.NaN;
      for (let k = pauses.length - 2; k >= 0; k -= 2) {
        const a = pauses[k]!;
        const b = pauses[k + 1]!;
        if (a >= cursor) continue;
        if (b < cursor) {
          if (cursor - remaining >= b) {
            target = cursor - remaining;
            break;
          }
          remaining -= cursor - b;
        }
        cursor = a;
      }
      if (Number.isNaN(target)) target = cursor - remaining;
    }
    return same(end, this.#latest(target));
  }

  /**
   * Working time from `from` to `to` in minutes, pauses excluded; negative when `to` is before `from`.
   * Only working time counts, so the result does not depend on where outside working time either end lies.
   */
  workingTimeBetween(from: Instant, to: Instant, options?: WorkingTimeOptions): number {
    const a = toMs(from);
    const b = toMs(to);
    if (b < a) return -this.workingTimeBetween(to, from, options);
    const pa = this.#position(a);
    const pb = this.#position(b);
    let total = pb - pa;
    const pauses = this.#pauseIntervals(options?.pauses);
    for (let k = 0; k < pauses.length; k += 2) {
      const overlap = Math.min(pb, pauses[k + 1]!) - Math.max(pa, pauses[k]!);
      if (overlap > 0) total -= overlap;
    }
    return total / 60_000;
  }

  /** {@link workingTimeBetween} in working days (minutes ÷ {@link minutesPerDay}). */
  workingDaysBetween(from: Instant, to: Instant, options?: WorkingTimeOptions): number {
    return this.workingTimeBetween(from, to, options) / this.minutesPerDay;
  }
}
