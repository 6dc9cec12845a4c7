/**
 * Working calendars built from the stored schedules, cached per process.
 *
 * A snapshot holds every stored schedule (a handful of rows) laid over the bundled ones, and one
 * WorkingCalendar per set of working hours (agencies with the same hours share one, with its per-year tables).
 * Edits made through this module invalidate the cache of their process after commit, so the next call sees
 * them; a load that was under way when an edit committed is not kept. Other processes (web nodes, workers)
 * re-read after {@link CALENDAR_CACHE_TTL_MS}.
 */
import {
  BUNDLED_SCHEDULES,
  DEFAULT_WORKING_HOURS,
  type OfficialSchedule,
  officialScheduleProblems,
  WorkingCalendar,
  type WorkingHours,
} from '@congso/vn-calendar';
import type { Database, Executor } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import type { ScheduleSource } from './operations.ts';
import * as repo from './repository.ts';

/** How long another process may keep using schedules and working hours it has read. */
export const CALENDAR_CACHE_TTL_MS = 30_000;

/** Official schedules by year (stored or file ones over the bundled ones) and calendars over them. */
export class CalendarSnapshot {
  readonly schedules: readonly OfficialSchedule[];
  readonly #overrides: Set<number>;
  readonly #overrideSource: ScheduleSource;
  readonly #calendars = new Map<string, WorkingCalendar>();

  constructor(overrides: readonly OfficialSchedule[], overrideSource: 'database' | 'file') {
    this.#overrides = new Set(overrides.map((s) => s.year));
    this.#overrideSource = overrideSource;
    this.schedules = [...BUNDLED_SCHEDULES.filter((s) => !this.#overrides.has(s.year)), ...overrides];
  }

  /** Where the days off of a year come from. */
  sourceOf(year: number): ScheduleSource {
    if (this.#overrides.has(year)) return this.#overrideSource;
    return BUNDLED_SCHEDULES.some((s) => s.year === year) ? 'bundled' : 'generated';
  }

  schedule(year: number): OfficialSchedule | undefined {
    return this.schedules.find((s) => s.year === year);
  }

  /** The calendar for some working hours (default: the platform's), shared by everyone with those hours. */
  calendar(hours: Pick<WorkingHours, 'sessions' | 'weekdays'> = DEFAULT_WORKING_HOURS): WorkingCalendar {
    const key = JSON.stringify([hours.sessions, [...hours.weekdays].sort()]);
    let calendar = this.#calendars.get(key);
    if (!calendar) {
      calendar = new WorkingCalendar({ hours, schedules: this.schedules });
      this.#calendars.set(key, calendar);
    }
    return calendar;
  }
}

export interface StoredSchedules {
  rows: repo.ScheduleRow[];
  snapshot: CalendarSnapshot;
}

async function loadSchedules(db: Executor): Promise<StoredSchedules> {
  const rows = await repo.listSchedules(db);
  for (const row of rows) {
    const problems = officialScheduleProblems(row.schedule);
    if (problems.length > 0 || row.schedule.year !== row.year) {
      // stored only through the validated API: a bad row was edited by hand, and deadlines must not guess
      throw new Problem(
        'internal-error',
        `Lịch chính thức năm ${row.year} trong cơ sở dữ liệu không hợp lệ: ${problems.join('; ')}`,
      );
    }
  }
  return {
    rows,
    snapshot: new CalendarSnapshot(
      rows.map((r) => r.schedule),
      'database',
    ),
  };
}

interface Entry<T> {
  generation: number;
  loadedAt: number;
  value: T;
}

class CalendarCache {
  readonly #db: Database;
  #generation = 0;
  #schedules: Entry<StoredSchedules> | undefined;
  #loading: { generation: number; promise: Promise<StoredSchedules> } | undefined;
  readonly #hours = new Map<string, Entry<repo.AgencyHours | undefined>>();

  constructor(db: Database) {
    this.#db = db;
  }

  #fresh(entry: Entry<unknown> | undefined): boolean {
    return (
      entry !== undefined &&
      entry.generation === this.#generation &&
      Date.now() - entry.loadedAt < CALENDAR_CACHE_TTL_MS
    );
  }

  /** Forgets everything read so far; loads under way when this is called are not kept. */
  invalidate(): void {
    this.#generation++;
    this.#schedules = undefined;
    this.#loading = undefined;
    this.#hours.clear();
  }

  async schedules(): Promise<StoredSchedules> {
    if (this.#fresh(this.#schedules)) return this.#schedules!.value;
    const generation = this.#generation;
    if (this.#loading?.generation !== generation) {
      const loadedAt = Date.now();
      const promise = loadSchedules(this.#db).then(
        (value) => {
          if (this.#generation === generation) this.#schedules = { generation, loadedAt, value };
          if (this.#loading?.promise === promise) this.#loading = undefined;
          return value;
        },
        (error: unknown) => {
          if (this.#loading?.promise === promise) this.#loading = undefined;
          throw error;
        },
      );
      this.#loading = { generation, promise };
    }
    return this.#loading!.promise;
  }

  async agencyHours(agencyId: string): Promise<repo.AgencyHours | undefined> {
    const cached = this.#hours.get(agencyId);
    if (this.#fresh(cached)) return cached!.value;
    const generation = this.#generation;
    const loadedAt = Date.now();
    const value = await repo.agencyHours(this.#db, agencyId);
    if (this.#generation === generation) this.#hours.set(agencyId, { generation, loadedAt, value });
    return value;
  }
}

const caches = new WeakMap<Database, CalendarCache>();

function cacheOf(db: Database): CalendarCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CalendarCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The stored schedules. Inside a transaction they are read through it, uncached (the transaction may have
 * changed them); otherwise from this process's cache.
 */
export function storedSchedules(db: Executor): Promise<StoredSchedules> {
  if (db.isTransaction) return loadSchedules(db);
  return cacheOf(db as Database).schedules();
}

/** An agency's own and inherited working hours (cached like the schedules); undefined for an unknown agency. */
export function agencyHoursOf(db: Executor, agencyId: string): Promise<repo.AgencyHours | undefined> {
  if (db.isTransaction) return repo.agencyHours(db, agencyId);
  return cacheOf(db as Database).agencyHours(agencyId);
}

/**
 * Makes this process read schedules and working hours again. The calendar module calls it after each edit;
 * call it after changing what it reads by other means (moving an agency to another parent, a restore).
 */
export function invalidateCalendarCache(db: Database): void {
  cacheOf(db).invalidate();
}
