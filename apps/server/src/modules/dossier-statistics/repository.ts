import { MS_PER_DAY, VIETNAM_UTC_OFFSET_MS } from '@congso/vn-calendar';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { Counted, Span } from '../document-statistics/repository.ts';
import type { WorkingTimeTables } from './working-time.ts';

export type { Counted, Span };

const VN = sql.lit('Asia/Ho_Chi_Minh');

/** The agencies counted (the sub-tree through the GIN index on agencies.path), as a condition on `a`. */
function agencyCounted(counted: Counted): RawBuilder<unknown> {
  return counted.includeSubAgencies
    ? sql`a.path @> array[${counted.agencyId}]::uuid[]`
    : sql`a.id = ${counted.agencyId}::uuid`;
}

/** The agencies counted that have received or registered dossiers: only their calendars are needed. */
export async function agenciesWithDossiers(db: Executor, counted: Counted): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select a.id from agencies a
    where ${agencyCounted(counted)} and exists (select 1 from dossiers d where d.agency_id = a.id)
    order by a.id`.execute(db);
  return rows.map((r) => r.id);
}

// ---- the clock in SQL ------------------------------------------------------------------------------------

/**
 * The position of an instant on the line of working time of calendar `c` (README, "Working time"): the
 * working days before its day times a day's working time, plus, on a working day, the working time of the day
 * before it (each session's part, clamped). Milliseconds, as `WorkingCalendar` counts them.
 */
function position(instant: RawBuilder<unknown>, tables: WorkingTimeTables): RawBuilder<number> {
  // Vietnam has kept UTC+7 since 1975: the local day and time of day by arithmetic, to the millisecond
  const local = sql`(floor(date_part('epoch', ${instant}) * 1000) + ${VIETNAM_UTC_OFFSET_MS}::float8)`;
  const day = sql`(floor(${local} / ${MS_PER_DAY}::float8)::int - ${tables.originDay}::int + 1)`;
  const timeOfDay = sql`(${local} - floor(${local} / ${MS_PER_DAY}::float8) * ${MS_PER_DAY}::float8)`;
  const sessions = tables.calendars[0]?.starts.length ?? 0;
  const withinDay = sql.join(
    Array.from(
      { length: sessions },
      (_, k) =>
        sql`greatest(0, least(${timeOfDay}, c.ends[${sql.lit(k + 1)}]) - c.starts[${sql.lit(k + 1)}])`,
    ),
    sql` + `,
  );
  return sql<number>`(c.ordinal[${day}]::float8 * c.day_ms
    + case when c.ordinal[${day} + 1] > c.ordinal[${day}] then ${withinDay} else 0 end)`;
}

/**
 * The working days from receipt to result of a completed dossier `r`, its pauses (`pz`) taken out, each
 * clipped to that stretch, in days of its agency's calendar.
 */
function handlingWorkingDays(tables: WorkingTimeTables): RawBuilder<number> {
  const pauseEnd = sql`least(coalesce(p.e, r.completed_at), r.completed_at)`;
  const pauseStart = sql`greatest(p.s, r.received_at)`;
  const paused = sql`case when pz.starts is null then 0 else (
    select coalesce(sum(greatest(0, ${position(pauseEnd, tables)} - ${position(pauseStart, tables)})), 0)
    from unnest(pz.starts, pz.ends) as p (s, e)) end`;
  return sql<number>`((${position(sql`r.completed_at`, tables)} - ${position(sql`r.received_at`, tables)} - ${paused})
    / c.day_ms)`;
}

// ---- the dossiers and what they are made of -----------------------------------------------------------

/** A stretch as SQL: the period's constants, or a month's bounds (`m.s`, `m.e`). */
interface Bounds {
  start: RawBuilder<unknown>;
  end: RawBuilder<unknown>;
  /** The end, or now when the stretch has not ended yet: what is open is judged at this instant. */
  clock: RawBuilder<unknown>;
}

const within = (column: RawBuilder<unknown>, b: Pick<Bounds, 'start' | 'end'>) =>
  sql`(${column} >= ${b.start} and ${column} < ${b.end})`;

/**
 * The dossiers of the agencies counted that something happened to in the period — submitted before it ended,
 * not over before it began — each with what the figures need, computed once: when it ended if refused or
 * withdrawn (`ended_at`; its last update should that be missing), its timeliness, whether it was digitised,
 * its working days, its pauses and its supplement requests (Mẫu 02) of the period.
 *
 * Files, pauses and slips are aggregated per dossier by joins (hash joins over a province, index probes for
 * one agency, as the planner sees fit), not by a subquery per dossier and figure: on 500,000 dossiers that
 * was three times slower (README, "How it stays fast").
 */
function facts(tables: WorkingTimeTables, period: Pick<Bounds, 'start' | 'end'>): RawBuilder<unknown> {
  const endedAt = sql`case when d.status in ('refused', 'withdrawn') then coalesce(d.ended_at, d.updated_at) end`;
  const lastAt = sql`case when d.status = 'returned' then d.returned_at else ${endedAt} end`;
  const handedIn = sql`f.kind in ('submitted', 'supplement')`;
  const vnDay = (column: string) =>
    sql`floor((date_part('epoch', ${sql.ref(column)}) * 1000 + ${VIETNAM_UTC_OFFSET_MS}::float8) / ${MS_PER_DAY}::float8)`;
  const rows = tables.calendars.map(
    (c, i) =>
      sql`(${sql.lit(i + 1)}, ${c.ordinal}::int[], ${c.dayMs}::float8, ${c.starts}::int[], ${c.ends}::int[])`,
  );
  return sql`calendars (k, ordinal, day_ms, starts, ends) as (values ${sql.join(rows)}),
    agency_calendar (agency_id, k) as (select * from unnest(${tables.agencyIds}::uuid[], ${tables.calendarOf}::int[])),
    relevant as materialized (
      select d.id, d.agency_id, d.procedure_id, d.channel, d.status, d.submitted_at, d.received_at, d.due_at,
        d.completed_at, d.returned_at, ${endedAt} as ended_at, ${lastAt} as last_at,
        d.processing_days::float8 as processing_days
      from dossiers d
      where d.agency_id = any(${tables.agencyIds}::uuid[]) and d.submitted_at < ${period.end}
        and (${lastAt} is null or ${lastAt} >= ${period.start})),
    required (procedure_id, names) as materialized (
      select p.id, array(select r ->> 'name' from jsonb_array_elements(p.required_documents) r
        where r ->> 'required' = 'true')
      from procedures p where p.id in (select procedure_id from relevant)),
    files as (
      select f.dossier_id,
        bool_or(f.blob_id is not null) filter (where ${handedIn}) as any_scan,
        array_agg(f.requirement) filter (where ${handedIn} and f.blob_id is null) as unscanned,
        bool_or(f.blob_id is not null) filter (where f.kind = 'result') as result_scan
      from relevant r join dossier_files f on f.dossier_id = r.id
      where ${within(sql`r.received_at`, period)} or ${within(sql`r.completed_at`, period)}
      group by f.dossier_id),
    pauses as (
      select p.dossier_id, array_agg(p.started_at order by p.started_at) as starts,
        array_agg(p.ended_at order by p.started_at) as ends
      from relevant r join dossier_pauses p on p.dossier_id = r.id
      group by p.dossier_id),
    slips as (
      select s.dossier_id, array_agg(s.issued_at) as issued
      from relevant r join dossier_slips s on s.dossier_id = r.id
      where s.form = '02' and ${within(sql`s.issued_at`, period)}
      group by s.dossier_id),
    facts as materialized (
      select r.*, coalesce(r.completed_at, r.ended_at) as settled_at,
        -- a scan handed in, and nothing handed in for a required document without one
        coalesce(f.any_scan and not coalesce(f.unscanned && q.names, false), false) as digitised,
        coalesce(f.result_scan, false) as result_digitised,
        -- timeliness.ts: early on a day before the due day; on time on the due day, not after the due instant
        case when r.completed_at is null then null when r.completed_at > r.due_at then 'overdue'
          when ${vnDay('r.completed_at')} < ${vnDay('r.due_at')} then 'early' else 'on_time' end as timeliness,
        case when ${within(sql`r.completed_at`, period)} then ${handlingWorkingDays(tables)} end as working_days,
        pz.starts, pz.ends, sl.issued
      from relevant r
      join agency_calendar ac on ac.agency_id = r.agency_id
      join calendars c on c.k = ac.k
      join required q on q.procedure_id = r.procedure_id
      left join files f on f.dossier_id = r.id
      left join pauses pz on pz.dossier_id = r.id
      left join slips sl on sl.dossier_id = r.id)`;
}

/**
 * Every figure as the SQL that computes it over the facts `x` within bounds `b` (README: what each figure
 * means). All are counts or sums, so groups add up: the service rolls the finest groups up into the totals
 * and breakdowns.
 */
function figureColumns(b: Bounds) {
  const received = within(sql`x.received_at`, b);
  const completed = within(sql`x.completed_at`, b);
  const open = sql`(x.received_at < ${b.end} and (x.settled_at is null or x.settled_at >= ${b.end}))`;
  const refused = sql`(x.status = 'refused' and ${within(sql`x.ended_at`, b)})`;
  const withdrawn = sql`(x.status = 'withdrawn' and ${within(sql`x.ended_at`, b)})`;
  // the pause under way at the clock's instant, if any: the dossier is with the applicant, its clock stopped
  const pausedSince = sql`case when x.starts is not null then (select max(p.s) from unnest(x.starts, x.ends) as p (s, e)
    where p.s <= ${b.clock} and (p.e is null or p.e > ${b.clock})) end`;
  const supplementRequested = sql`x.issued is not null
    and exists (select 1 from unnest(x.issued) as i (at) where ${within(sql`i.at`, b)})`;

  const count = (condition: RawBuilder<unknown>, as: string) =>
    sql`count(*) filter (where ${condition})::int as ${sql.ref(as)}`;
  const sum = (condition: RawBuilder<unknown>, value: RawBuilder<unknown>, as: string) =>
    sql`coalesce(sum(${value}) filter (where ${condition}), 0)::float8 as ${sql.ref(as)}`;
  return [
    count(received, 'received'),
    count(sql`${received} and x.channel = 'counter'`, 'received_counter'),
    count(sql`${received} and x.channel = 'online'`, 'received_online'),
    count(sql`${received} and x.channel = 'post'`, 'received_post'),
    count(sql`${received} and x.digitised`, 'received_digitised'),
    count(
      sql`x.received_at < ${b.start} and (x.settled_at is null or x.settled_at >= ${b.start})`,
      'carried_over',
    ),
    count(completed, 'completed'),
    count(sql`${completed} and x.timeliness = 'early'`, 'completed_early'),
    count(sql`${completed} and x.timeliness = 'on_time'`, 'completed_on_time'),
    count(sql`${completed} and x.timeliness = 'overdue'`, 'completed_overdue'),
    count(sql`${completed} and x.result_digitised`, 'result_digitised'),
    sum(completed, sql`x.working_days`, 'working_days'),
    sum(completed, sql`x.processing_days`, 'legal_days'),
    count(open, 'in_progress'),
    count(
      sql`case when ${open} then x.due_at < coalesce(${pausedSince}, ${b.clock}) end`,
      'in_progress_overdue',
    ),
    count(sql`case when ${open} then ${pausedSince} is not null end`, 'in_progress_paused'),
    count(within(sql`x.returned_at`, b), 'returned'),
    count(refused, 'refused'),
    count(withdrawn, 'withdrawn'),
    count(sql`(${refused} or ${withdrawn}) and x.received_at is not null`, 'ended_without_result'),
    count(supplementRequested, 'supplement_requested'),
  ];
}

/** The counts and sums of a group of dossiers; they add up from smaller groups. */
export interface FigureRow {
  received: number;
  receivedCounter: number;
  receivedOnline: number;
  receivedPost: number;
  receivedDigitised: number;
  carriedOver: number;
  completed: number;
  completedEarly: number;
  completedOnTime: number;
  completedOverdue: number;
  resultDigitised: number;
  /** receipt → result of the completed dossiers in working days, pauses taken out, summed */
  workingDays: number;
  /** their legal processing time, summed */
  legalDays: number;
  inProgress: number;
  inProgressOverdue: number;
  inProgressPaused: number;
  returned: number;
  refused: number;
  withdrawn: number;
  endedWithoutResult: number;
  supplementRequested: number;
}

/** One of the finest groups of the period: receiving agency × procedure (its field with it). */
export interface FineRow extends FigureRow {
  agencyId: string;
  procedureId: string;
  code: string;
  name: string;
  field: string;
}

/** A month of the period: its key and its bounds (the first and last months cut to the period). */
export interface MonthSpan extends Span {
  month: string;
}

export interface MonthRow extends FigureRow {
  month: string;
}

const earlier = (a: Date, b: Date) => (a < b ? a : b);

/**
 * The period's figures by receiving agency × procedure and, when `months` are given, the same figures month by
 * month, each month a period of its own (carried over into it, in progress at its end) — in one statement, so
 * that the dossiers are read and their files, pauses and slips aggregated once. For the months a dossier is
 * visited once per month it touches, from the month it was submitted (or the first) to the month it was over
 * (or the last). `now`: the instant the figures are taken.
 */
export async function figures(
  db: Executor,
  tables: WorkingTimeTables,
  span: Span,
  months: MonthSpan[],
  now: Date,
): Promise<{ fine: FineRow[]; months: MonthRow[] }> {
  if (tables.agencyIds.length === 0) return { fine: [], months: [] };
  const period: Bounds = {
    start: sql`${span.start}::timestamptz`,
    end: sql`${span.end}::timestamptz`,
    clock: sql`${earlier(now, span.end)}::timestamptz`,
  };
  const byMonth = months.length === 0 ? { months: sql``, select: sql`` } : monthly(months, now);
  const { rows } = await sql<(FineRow & { month: null }) | (MonthRow & { agencyId: null })>`
    with ${facts(tables, period)}${byMonth.months}
    select x.agency_id, p.id as procedure_id, p.code, p.name, p.field, null::text as month,
      ${sql.join(figureColumns(period))}
    from facts x join procedures p on p.id = x.procedure_id
    group by x.agency_id, p.id
    ${byMonth.select}`.execute(db);
  return {
    fine: rows.filter((r): r is FineRow & { month: null } => r.month === null),
    months: rows.filter((r): r is MonthRow & { agencyId: null } => r.month !== null),
  };
}

/** The months as a table, and the statement's second part: the figures by month, each within its bounds. */
function monthly(months: MonthSpan[], now: Date) {
  const first = months[0]!;
  const base = Number(first.month.slice(0, 4)) * 12 + Number(first.month.slice(5, 7)) - 1;
  const monthOf = (instant: RawBuilder<unknown>) =>
    sql`(extract(year from (${instant}) at time zone ${VN})::int * 12
      + extract(month from (${instant}) at time zone ${VN})::int - ${base}::int)`;
  const values = months.map(
    (m, i) =>
      sql`(${sql.lit(i + 1)}, ${m.month}, ${m.start}::timestamptz, ${m.end}::timestamptz, ${earlier(now, m.end)}::timestamptz)`,
  );
  const last = sql`${months.length}::int`;
  return {
    months: sql`, months (i, month, s, e, clock) as (values ${sql.join(values)})`,
    select: sql`union all
    select null, null, null, null, null, m.month, ${sql.join(figureColumns({ start: sql`m.s`, end: sql`m.e`, clock: sql`m.clock` }))}
    from facts x
    cross join lateral generate_series(greatest(1, ${monthOf(sql`x.submitted_at`)}),
      least(${last}, coalesce(${monthOf(sql`x.last_at`)}, ${last}))) as g (i)
    join months m on m.i = g.i
    group by m.month`,
  };
}

// ---- the procedures offered ------------------------------------------------------------------------------

export interface Offering {
  offered: number;
  full: number;
  partial: number;
}

/**
 * The active procedures offered at the agencies counted (they have processing steps there), and how many of
 * them are online services, full or partial. The catalogue as it is now: it has no history.
 */
export async function offering(db: Executor, counted: Counted): Promise<Offering> {
  const { rows } = await sql<Offering>`
    select count(*)::int as offered,
      count(*) filter (where p.online_service = 'full')::int as full,
      count(*) filter (where p.online_service = 'partial')::int as partial
    from procedures p
    where p.active and exists (
      select 1 from processing_steps ps join agencies a on a.id = ps.agency_id
      where ps.procedure_id = p.id and ${agencyCounted(counted)})`.execute(db);
  return rows[0]!;
}

// ---- the applicants' ratings ------------------------------------------------------------------------------

export interface Ratings {
  /** Ratings given in the period to dossiers received by the agencies counted. */
  rated: number;
  satisfied: number;
}

/**
 * The satisfaction ratings given in the period (`rated_at`, index dossier_ratings_rated_at) to dossiers of the
 * agencies counted (their receiving agency, as every figure here): all of them, and those satisfied.
 */
export async function ratings(db: Executor, counted: Counted, span: Span): Promise<Ratings> {
  const { rows } = await sql<Ratings>`
    select count(*)::int as rated, count(*) filter (where r.satisfaction = 'satisfied')::int as satisfied
    from dossier_ratings r
    join dossiers d on d.id = r.dossier_id
    join agencies a on a.id = d.agency_id
    where r.rated_at >= ${span.start} and r.rated_at < ${span.end} and ${agencyCounted(counted)}`.execute(db);
  return rows[0]!;
}
