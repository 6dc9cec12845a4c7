/**
 * The working calendar as a platform service: the official schedules and agencies' working hours from the
 * database, with the arithmetic of @congso/vn-calendar. Other modules compute every due date through the
 * functions at the top of this file (re-exported by ./index.ts); nothing else on the platform does calendar
 * arithmetic.
 */
import {
  BUNDLED_SCHEDULES,
  DEFAULT_WORKING_HOURS,
  LunarCalendarError,
  type LunarDateInput,
  type OfficialSchedule,
  type Pause,
  scheduleForYear,
  WorkingCalendar,
  type WorkingDuration,
} from '@congso/vn-calendar';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { can, scopeOf } from '../../platform/auth/actor.ts';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { forbidden, invalid, notFound } from '../../platform/http/problem.ts';
import { agencyHoursOf, invalidateCalendarCache, storedSchedules } from './cache.ts';
import {
  type CalendarDay,
  type Deadline,
  deadlineOf,
  type HolidaysOfYear,
  holidaysOf,
  hoursView,
  lunarOf,
  parseInstant,
  solarOf,
} from './operations.ts';
import * as repo from './repository.ts';
import type { OfficialScheduleInput, WorkingHoursInput } from './schema.ts';

// ---- for other modules ---------------------------------------------------------------------------------

function effectiveHours(hours: repo.AgencyHours) {
  return hours.own ?? hours.inherited ?? DEFAULT_WORKING_HOURS;
}

/**
 * The working calendar of an agency: the province's official schedules and the agency's working hours
 * (its own, else its nearest ancestor's, else the platform default). Without an agency, the default hours.
 * Cached: share it for a batch of computations. Throws a 404 problem for an unknown agency.
 */
export async function calendarFor(db: Executor, agencyId?: string | null): Promise<WorkingCalendar> {
  const { snapshot } = await storedSchedules(db);
  if (!agencyId) return snapshot.calendar();
  const hours = await agencyHoursOf(db, agencyId);
  if (!hours) throw notFound('Không tìm thấy cơ quan');
  return snapshot.calendar(effectiveHours(hours));
}

const options = (pauses?: readonly Pause[]) => (pauses ? { pauses } : undefined);

/**
 * The due instant of something received at `from` with `duration` of working time at an agency, extended by
 * the working time inside `pauses` (e.g. waiting for the applicant). See the library's README for the rules
 * (Friday 24/01/2025 10:00 + 5 days → Friday 07/02/2025 10:00, across Tết).
 */
export async function dueAt(
  db: Executor,
  agencyId: string | null,
  from: Date,
  duration: WorkingDuration,
  pauses?: readonly Pause[],
): Promise<Date> {
  return (await calendarFor(db, agencyId)).addWorkingTime(from, duration, options(pauses));
}

/** Working minutes between two instants at an agency (negative when `to` is before `from`), pauses excluded. */
export async function workingTimeBetween(
  db: Executor,
  agencyId: string | null,
  from: Date,
  to: Date,
  pauses?: readonly Pause[],
): Promise<number> {
  return (await calendarFor(db, agencyId)).workingTimeBetween(from, to, options(pauses));
}

/** {@link workingTimeBetween} in working days of the agency. */
export async function workingDaysBetween(
  db: Executor,
  agencyId: string | null,
  from: Date,
  to: Date,
  pauses?: readonly Pause[],
): Promise<number> {
  return (await calendarFor(db, agencyId)).workingDaysBetween(from, to, options(pauses));
}

/**
 * Stores the bundled official schedules (2024–2026) for the years that have none yet, with one audit entry;
 * idempotent, and never overwrites an edited year. Returns the years inserted.
 */
export async function seedBundledSchedules(
  db: Database,
  ctx: RequestContext = systemContext('seed'),
): Promise<number[]> {
  const inserted = await db.transaction().execute(async (trx) => {
    const years: number[] = [];
    for (const schedule of BUNDLED_SCHEDULES) {
      if (await repo.insertScheduleIfAbsent(trx, schedule)) years.push(schedule.year);
    }
    if (years.length > 0) {
      await recordAudit(trx, ctx, {
        action: 'calendar.schedule.seed',
        targetType: 'calendar_schedule',
        targetId: years.join(','),
        summary: {
          years,
          notices: BUNDLED_SCHEDULES.filter((s) => years.includes(s.year)).map((s) => ({
            year: s.year,
            numbers: s.notices.map((n) => n.number),
          })),
        },
      });
    }
    return years;
  });
  if (inserted.length > 0) invalidateCalendarCache(db);
  return inserted;
}

// ---- lookups (HTTP) ------------------------------------------------------------------------------------

function lunarProblem(error: unknown, pointers: Partial<Record<string, string>>): never {
  if (error instanceof LunarCalendarError) {
    const pointer = pointers[error.code] ?? pointers.default!;
    throw invalid(error.message, [{ pointer, detail: error.message }]);
  }
  throw error;
}

export function lunar(date: string): CalendarDay {
  try {
    return lunarOf(date);
  } catch (error) {
    lunarProblem(error, { default: '/querystring/date' });
  }
}

export function solar(date: LunarDateInput): CalendarDay {
  try {
    return solarOf(date);
  } catch (error) {
    lunarProblem(error, {
      NO_SUCH_LEAP_MONTH: '/querystring/leap',
      DAY_OUT_OF_MONTH: '/querystring/day',
      default: '/querystring/year',
    });
  }
}

export async function holidays(db: Database, year: number): Promise<HolidaysOfYear> {
  const { snapshot } = await storedSchedules(db);
  return holidaysOf(snapshot.calendar(), year, snapshot.sourceOf(year));
}

export async function deadline(
  db: Database,
  query: {
    from: string;
    days?: number | undefined;
    hours?: number | undefined;
    agencyId?: string | undefined;
  },
): Promise<Deadline & { agency: { id: string; name: string } | null }> {
  let agency: { id: string; name: string } | null = null;
  const { snapshot } = await storedSchedules(db);
  let calendar = snapshot.calendar();
  if (query.agencyId) {
    const hours = await agencyHoursOf(db, query.agencyId);
    if (!hours) {
      throw invalid('Không tìm thấy cơ quan', [
        { pointer: '/querystring/agencyId', detail: 'Không tìm thấy cơ quan' },
      ]);
    }
    agency = { id: hours.agency.id, name: hours.agency.name };
    calendar = snapshot.calendar(effectiveHours(hours));
  }
  try {
    const result = deadlineOf(calendar, parseInstant(query.from), {
      days: query.days ?? 0,
      hours: query.hours ?? 0,
    });
    return { ...result, agency };
  } catch (error) {
    if (error instanceof RangeError) {
      throw invalid(error.message, [{ pointer: '/querystring/from', detail: error.message }]);
    }
    throw error;
  }
}

// ---- official schedules ------------------------------------------------------------------------------

function editorOf(ctx: RequestContext): repo.Editor {
  return { id: ctx.actor!.userId, name: ctx.actor!.displayName };
}

function mayEditSchedules(ctx: RequestContext): boolean {
  return ctx.actor !== null && scopeOf(ctx.actor, 'calendar.schedules.manage').all;
}

export async function listSchedules(db: Database) {
  const { rows, snapshot } = await storedSchedules(db);
  const years = new Set([...rows.map((r) => r.year), ...BUNDLED_SCHEDULES.map((s) => s.year)]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const row = rows.find((r) => r.year === year);
      const schedule = snapshot.schedule(year);
      return {
        year,
        source: snapshot.sourceOf(year) as 'database' | 'bundled' | 'generated',
        noticeNumber: row?.noticeNumber ?? schedule?.notices[0]?.number ?? null,
        noticeDate: row?.noticeDate ?? schedule?.notices[0]?.date ?? null,
        updatedAt: row?.updatedAt ?? null,
        updatedBy: row?.updatedBy ?? null,
      };
    });
}

/** A year's schedule: the stored one, else the bundled one, else none (the days are generated). */
export async function getSchedule(db: Database, ctx: RequestContext, year: number) {
  const { rows, snapshot } = await storedSchedules(db);
  const row = rows.find((r) => r.year === year);
  const schedule = snapshot.schedule(year) ?? null;
  return {
    year,
    source: snapshot.sourceOf(year) as 'database' | 'bundled' | 'generated',
    schedule,
    noticeNumber: row?.noticeNumber ?? schedule?.notices[0]?.number ?? null,
    noticeDate: row?.noticeDate ?? schedule?.notices[0]?.date ?? null,
    updatedAt: row?.updatedAt ?? null,
    updatedBy: row?.updatedBy ?? null,
    can: { edit: mayEditSchedules(ctx) },
  };
}

/** What an edit changes in a year's days off and make-up days, for the audit entry. */
function scheduleChanges(year: number, before: OfficialSchedule | undefined, after: OfficialSchedule) {
  const a = scheduleForYear(year, before);
  const b = scheduleForYear(year, after);
  const diff = (x: { date: string; name: string }[], y: { date: string; name: string }[]) => ({
    added: y.filter((d) => !x.some((e) => e.date === d.date)).map((d) => `${d.date} ${d.name}`),
    removed: x.filter((d) => !y.some((e) => e.date === d.date)).map((d) => `${d.date} ${d.name}`),
  });
  return { daysOff: diff(a.daysOff, b.daysOff), workingDays: diff(a.workingDays, b.workingDays) };
}

/**
 * Replaces a year's official schedule. A province-wide setting: only a global grant of
 * `calendar.schedules.manage` (system administrators) may. Takes effect at once in this process; other
 * processes see it within the cache TTL.
 */
export async function putSchedule(
  db: Database,
  ctx: RequestContext,
  year: number,
  schedule: OfficialScheduleInput,
) {
  if (!mayEditSchedules(ctx)) {
    throw forbidden('Chỉ quản trị hệ thống được sửa lịch nghỉ lễ chính thức (áp dụng cho toàn tỉnh)');
  }
  if (schedule.year !== year) {
    const detail = `Năm của lịch (${schedule.year}) khác năm trên đường dẫn (${year})`;
    throw invalid(detail, [{ pointer: '/body/year', detail }]);
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockSchedule(trx, year);
    const before = await repo.findSchedule(trx, year);
    const previous = before?.schedule ?? BUNDLED_SCHEDULES.find((s) => s.year === year);
    await repo.upsertSchedule(trx, schedule, editorOf(ctx));
    await recordAudit(trx, ctx, {
      action: before ? 'calendar.schedule.update' : 'calendar.schedule.create',
      targetType: 'calendar_schedule',
      targetId: String(year),
      summary: {
        year,
        notices: schedule.notices.map((n) => n.number),
        ...scheduleChanges(year, previous, schedule),
      },
    });
  });
  invalidateCalendarCache(db);
  return getSchedule(db, ctx, year);
}

// ---- working hours -------------------------------------------------------------------------------------

export async function getWorkingHours(db: Executor, ctx: RequestContext, agencyId: string) {
  const hours = await repo.agencyHours(db, agencyId);
  if (!hours) throw notFound('Không tìm thấy cơ quan');
  const effective = effectiveHours(hours);
  const source = hours.own ? 'own' : hours.inherited ? 'inherited' : 'default';
  const shown = hours.own ?? hours.inherited;
  return {
    agencyId,
    own: hours.own ? { sessions: hours.own.sessions, weekdays: hours.own.weekdays } : null,
    effective: hoursView(new WorkingCalendar({ hours: effective, schedules: [] })),
    source: source as 'own' | 'inherited' | 'default',
    inheritedFrom: hours.inherited
      ? { id: hours.inherited.agencyId, name: hours.inherited.agencyName }
      : null,
    updatedAt: shown?.updatedAt ?? null,
    updatedBy: shown?.updatedBy ?? null,
    can: { edit: ctx.actor !== null && can(ctx.actor, 'calendar.hours.manage', hours.agency.path) },
  };
}

/**
 * Sets an agency's working hours, or with `null` makes it inherit again. Agency administrators of the agency
 * (or of a sub-tree containing it) and system administrators may. Sub-agencies without hours of their own
 * follow the change.
 */
export async function putWorkingHours(
  db: Database,
  ctx: RequestContext,
  agencyId: string,
  hours: WorkingHoursInput | null,
) {
  await db.transaction().execute(async (trx) => {
    const current = await repo.agencyHours(trx, agencyId);
    if (!current) throw notFound('Không tìm thấy cơ quan');
    if (!can(ctx.actor!, 'calendar.hours.manage', current.agency.path)) {
      throw forbidden('Bạn không có quyền đặt giờ làm việc của cơ quan này');
    }
    if (hours) {
      try {
        new WorkingCalendar({ hours, schedules: [] });
      } catch (error) {
        const detail = (error as Error).message;
        throw invalid(detail, [{ pointer: '/body/hours', detail }]);
      }
      await repo.setHours(trx, agencyId, hours, editorOf(ctx));
    } else {
      await repo.clearHours(trx, agencyId);
    }
    const before = current.own ? { sessions: current.own.sessions, weekdays: current.own.weekdays } : null;
    await recordAudit(trx, ctx, {
      action: hours ? 'calendar.working_hours.set' : 'calendar.working_hours.clear',
      agencyId,
      targetType: 'agency',
      targetId: agencyId,
      summary: {
        before,
        after: hours
          ? { sessions: hours.sessions, weekdays: [...hours.weekdays].sort((a, b) => a - b) }
          : null,
      },
    });
  });
  invalidateCalendarCache(db);
  return getWorkingHours(db, ctx, agencyId);
}
