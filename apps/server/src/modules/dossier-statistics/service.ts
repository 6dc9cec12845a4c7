import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { calendarFor } from '../calendar/index.ts';
import { monthsOf, type Period, spanOf } from '../document-statistics/period.ts';
import { agencyCount, agencyNames } from '../document-statistics/repository.ts';
import { auditExport, readableAgencies, scopeOfQuery } from '../document-statistics/shared.ts';
import { vietnamToday } from '../documents/access.ts';
import { addRows, emptyRow, figuresOf, rollUp } from './figures.ts';
import { indicatorGroups } from './indicators.ts';
import * as repo from './repository.ts';
import type { DossierIndicators, DossierStatistics, Figures, Indicators, StatisticsQuery } from './schema.ts';
import { workingTimeTables } from './working-time.ts';

const PERMISSION = 'dossiers.statistics.read';

/**
 * The working calendars of the agencies counted that have dossiers (their own hours, the province's days
 * off), as tables the SQL reads, up to today or the end of the period, whichever is later.
 */
async function tablesFor(db: Database, counted: repo.Counted, period: Period, now: Date) {
  const ids = await repo.agenciesWithDossiers(db, counted);
  const agencies = await Promise.all(
    ids.map(async (agencyId) => ({ agencyId, calendar: await calendarFor(db, agencyId) })),
  );
  const today = vietnamToday(now);
  return workingTimeTables(agencies, period.to > today ? period.to : today);
}

/** The months of the period with their bounds, the first and the last cut to the period. */
function monthSpans(period: Period): repo.MonthSpan[] {
  const span = spanOf(period);
  return monthsOf(period).map((month, i, all) => {
    const next = all[i + 1];
    return {
      month,
      start: i === 0 ? span.start : new Date(`${month}-01T00:00:00+07:00`),
      end: next ? new Date(`${next}-01T00:00:00+07:00`) : span.end,
    };
  });
}

/** Groups with the most dossiers to handle first, then the most completed, then by name; key null last. */
function listed<T extends { key: string | null; name: string; row: repo.FigureRow }>(groups: T[]) {
  return groups
    .sort(
      (a, b) =>
        Number(a.key === null) - Number(b.key === null) ||
        b.row.carriedOver + b.row.received - (a.row.carriedOver + a.row.received) ||
        b.row.completed - a.row.completed ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .map(({ row, ...group }) => ({ ...group, ...figuresOf(row) }));
}

function byProcedure(fine: repo.FineRow[]) {
  const procedures = new Map(fine.map((r) => [r.procedureId, r]));
  return listed(
    [...rollUp(fine, (r) => r.procedureId)].map(([key, row]) => {
      const p = procedures.get(key)!;
      return { key, name: p.name, code: p.code, field: p.field, row };
    }),
  );
}

/** Group 2's average handling time, procedure by procedure: those with results in the period, most first. */
function procedureTimes(groups: ReturnType<typeof byProcedure>): Indicators['procedureTimes'] {
  return groups
    .filter((g) => g.completed.total > 0)
    .sort((a, b) => b.completed.total - a.completed.total || a.code.localeCompare(b.code))
    .map((g) => ({
      procedureId: g.key,
      code: g.code,
      name: g.name,
      completed: g.completed.total,
      averageWorkingDays: g.completed.averageWorkingDays,
      averageLegalDays: g.completed.averageLegalDays,
    }));
}

function indicatorsOf(
  summary: Figures,
  offered: repo.Offering,
  ratings: repo.Ratings,
  procedures: ReturnType<typeof byProcedure>,
): Indicators {
  return {
    groups: indicatorGroups(summary, offered, ratings),
    procedureTimes: procedureTimes(procedures),
    offering: offered,
  };
}

/**
 * What the statistics and the indicators both start from: the scope the person may read, the period's
 * figures per agency and procedure (by month too, when `byMonth`) and their sum, what the agencies offer,
 * and the header of the answer.
 */
async function periodFigures(db: Database, ctx: RequestContext, query: StatisticsQuery, byMonth: boolean) {
  const { agency, period, counted } = await scopeOfQuery(db, ctx, query, PERMISSION);
  const now = new Date();
  const tables = await tablesFor(db, counted, period, now);
  // independent queries, each on its own connection
  const [{ fine, months }, offered, agencies, ratings] = await Promise.all([
    repo.figures(db, tables, spanOf(period), byMonth ? monthSpans(period) : [], now),
    repo.offering(db, counted),
    agencyCount(db, counted),
    repo.ratings(db, counted, spanOf(period)),
  ]);
  const header = {
    agency: { id: agency.id, name: agency.name },
    includeSubAgencies: counted.includeSubAgencies,
    agencyCount: agencies,
    from: period.from,
    to: period.to,
    asOf: now.toISOString(),
  };
  const summary = figuresOf(fine.reduce<repo.FigureRow>(addRows, emptyRow));
  return { header, period, counted, fine, months, offered, ratings, summary };
}

/**
 * The statistics of the dossiers an agency received (with its sub-agencies, when asked) over a period
 * (README: what each figure means). Needs `dossiers.statistics.read` at the agency, and over its sub-tree to
 * include the agencies below it. Counts only: no applicant or dossier leaves this function.
 */
export async function dossierStatistics(
  db: Database,
  ctx: RequestContext,
  query: StatisticsQuery,
): Promise<DossierStatistics> {
  const { header, period, counted, fine, months, offered, ratings, summary } = await periodFigures(
    db,
    ctx,
    query,
    true,
  );
  const procedures = byProcedure(fine);
  const monthRows = new Map(months.map((m) => [m.month, m]));
  const agencyRows = rollUp(fine, (r) => r.agencyId);
  const names = counted.includeSubAgencies
    ? new Map((await agencyNames(db, [...agencyRows.keys()])).map((a) => [a.id, a.name]))
    : new Map<string, string>();
  const fields = rollUp(fine, (r) => r.field || null);

  return {
    ...header,
    summary,
    months: monthsOf(period).map((month) => ({ month, ...figuresOf(monthRows.get(month) ?? emptyRow) })),
    byField: listed([...fields].map(([key, row]) => ({ key, name: key ?? 'Chưa xác định lĩnh vực', row }))),
    byProcedure: procedures,
    byAgency: counted.includeSubAgencies
      ? listed([...agencyRows].map(([key, row]) => ({ key, name: names.get(key) ?? '', row })))
      : [],
    indicators: indicatorsOf(summary, offered, ratings, procedures),
  };
}

/** The QĐ 766 indicators alone: the period's figures without the monthly series. */
export async function dossierIndicators(
  db: Database,
  ctx: RequestContext,
  query: StatisticsQuery,
): Promise<DossierIndicators> {
  const { header, fine, offered, ratings, summary } = await periodFigures(db, ctx, query, false);
  return {
    ...header,
    indicators: indicatorsOf(summary, offered, ratings, byProcedure(fine)),
  };
}

/**
 * The statistics for a spreadsheet: the same figures, and an audit entry, since they leave the platform.
 * The entry is written once the figures are in hand, so a refused or failed export records nothing.
 */
export async function statisticsForExport(
  db: Database,
  ctx: RequestContext,
  query: StatisticsQuery,
): Promise<DossierStatistics> {
  const statistics = await dossierStatistics(db, ctx, query);
  await auditExport(db, ctx, 'dossiers.statistics.export', statistics);
  return statistics;
}

/** The agencies whose dossier statistics the person may read (for the picker), and where with sub-agencies. */
export async function statisticsAgencies(db: Database, ctx: RequestContext) {
  return readableAgencies(db, ctx, PERMISSION, 'Bạn không có quyền xem thống kê hồ sơ thủ tục hành chính');
}
