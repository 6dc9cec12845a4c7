import type { OfficialSchedule } from '@congso/vn-calendar';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

export interface ScheduleRow {
  year: number;
  schedule: OfficialSchedule;
  noticeNumber: string | null;
  noticeDate: string | null;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

function selectSchedules(db: Executor) {
  return db
    .selectFrom('calendarSchedules as s')
    .select([
      's.year',
      's.schedule',
      's.noticeNumber',
      's.noticeDate',
      's.updatedAt',
      's.updatedBy',
      's.updatedByName',
    ])
    .orderBy('s.year');
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSchedules>['executeTakeFirstOrThrow']>>;

function toScheduleRow(row: Row): ScheduleRow {
  return {
    year: row.year,
    schedule: row.schedule as unknown as OfficialSchedule,
    noticeNumber: row.noticeNumber,
    noticeDate: row.noticeDate,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy ? { id: row.updatedBy, name: row.updatedByName ?? '' } : null,
  };
}

export async function listSchedules(db: Executor): Promise<ScheduleRow[]> {
  return (await selectSchedules(db).execute()).map(toScheduleRow);
}

export async function findSchedule(db: Executor, year: number): Promise<ScheduleRow | undefined> {
  const row = await selectSchedules(db).where('s.year', '=', year).executeTakeFirst();
  return row ? toScheduleRow(row) : undefined;
}

const SCHEDULE_LOCK_BASE = 7_406_301_172_0000;

/** Serialises edits of one year to the end of the transaction (the row may not exist yet). */
export async function lockSchedule(db: Executor, year: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${String(SCHEDULE_LOCK_BASE + year)}::bigint)`.execute(db);
}

function noticeOf(schedule: OfficialSchedule) {
  const first = schedule.notices[0];
  return { noticeNumber: first?.number ?? null, noticeDate: first?.date ?? null };
}

/** Who saves: kept as id and name (no foreign key, so resetting the directory keeps these rows). */
export interface Editor {
  id: string;
  name: string;
}

export async function upsertSchedule(
  db: Executor,
  schedule: OfficialSchedule,
  editor: Editor,
): Promise<void> {
  const values = {
    year: schedule.year,
    schedule: JSON.stringify(schedule),
    ...noticeOf(schedule),
    updatedBy: editor.id,
    updatedByName: editor.name,
  };
  await db
    .insertInto('calendarSchedules')
    .values(values)
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({
        schedule: values.schedule,
        noticeNumber: values.noticeNumber,
        noticeDate: values.noticeDate,
        updatedBy: editor.id,
        updatedByName: editor.name,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Inserts a schedule unless its year already has one; true when inserted. */
export async function insertScheduleIfAbsent(db: Executor, schedule: OfficialSchedule): Promise<boolean> {
  const result = await db
    .insertInto('calendarSchedules')
    .values({
      year: schedule.year,
      schedule: JSON.stringify(schedule),
      ...noticeOf(schedule),
      updatedBy: null,
    })
    .onConflict((oc) => oc.column('year').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface HoursRow {
  agencyId: string;
  agencyName: string;
  sessions: { start: string; end: string }[];
  weekdays: number[];
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

export interface AgencyHours {
  agency: { id: string; name: string; path: string[] };
  /** The hours set on the agency itself, if any. */
  own: HoursRow | null;
  /** The hours of the nearest ancestor that has some, when the agency has none. */
  inherited: HoursRow | null;
}

/** An agency with its own working hours and those of its nearest ancestor that has some; undefined if unknown. */
export async function agencyHours(db: Executor, agencyId: string): Promise<AgencyHours | undefined> {
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'path'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) return undefined;
  const rows = await db
    .selectFrom('agencyWorkingHours as h')
    .innerJoin('agencies as a', 'a.id', 'h.agencyId')
    .select([
      'h.agencyId',
      'a.name as agencyName',
      'h.sessions',
      'h.weekdays',
      'h.updatedAt',
      'h.updatedBy',
      'h.updatedByName',
    ])
    .where('h.agencyId', 'in', agency.path)
    .execute();
  const byId = new Map(
    rows.map((r) => [
      r.agencyId,
      {
        agencyId: r.agencyId,
        agencyName: r.agencyName,
        sessions: r.sessions as unknown as HoursRow['sessions'],
        weekdays: r.weekdays,
        updatedAt: r.updatedAt,
        updatedBy: r.updatedBy ? { id: r.updatedBy, name: r.updatedByName ?? '' } : null,
      } satisfies HoursRow,
    ]),
  );
  const own = byId.get(agency.id) ?? null;
  let inherited: HoursRow | null = null;
  if (!own) {
    for (const id of agency.path.slice(0, -1).reverse()) {
      const found = byId.get(id);
      if (found) {
        inherited = found;
        break;
      }
    }
  }
  return { agency, own, inherited };
}

export async function setHours(
  db: Executor,
  agencyId: string,
  hours: { sessions: { start: string; end: string }[]; weekdays: number[] },
  editor: Editor,
): Promise<void> {
  const values = {
    agencyId,
    sessions: JSON.stringify(hours.sessions),
    weekdays: [...hours.weekdays].sort((a, b) => a - b),
    updatedBy: editor.id,
    updatedByName: editor.name,
  };
  await db
    .insertInto('agencyWorkingHours')
    .values(values)
    .onConflict((oc) =>
      oc.column('agencyId').doUpdateSet({
        sessions: values.sessions,
        weekdays: values.weekdays,
        updatedBy: editor.id,
        updatedByName: editor.name,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .execute();
}

export async function clearHours(db: Executor, agencyId: string): Promise<void> {
  await db.deleteFrom('agencyWorkingHours').where('agencyId', '=', agencyId).execute();
}
