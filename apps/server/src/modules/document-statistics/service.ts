import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { calendarFor } from '../calendar/index.ts';
import { deliveryStatusName } from '../documents/delivery.ts';
import { typeName } from '../documents/detail.ts';
import { addRows, emptyRow, figuresOf, rollUp, shareOf } from './figures.ts';
import { monthsOf, spanOf, workingDayIndex } from './period.ts';
import * as repo from './repository.ts';
import type { DocumentStatistics, StatisticsQuery } from './schema.ts';
import { auditExport, readableAgencies, scopeOfQuery } from './shared.ts';

const PERMISSION = 'documents.statistics.read';

/** A recipient has registered the document once its delivery reached 03 (and then 04, 05, 06). */
const REGISTERED = ['03', '04', '05', '06'];
/** Deliveries that ended because the sender recalled or replaced the document: nobody is to register them. */
const WITHDRAWN = ['13', '15', '16', 'replaced'];

const documentsIn = (row: repo.FigureRow) => row.incoming + row.outgoing;

/** Groups with the most documents first, then by name; the group of documents with no group (key null) last. */
function listed<T extends { key: string | null; name: string; row: repo.FigureRow }>(groups: T[]) {
  return groups
    .sort(
      (a, b) =>
        Number(a.key === null) - Number(b.key === null) ||
        documentsIn(b.row) - documentsIn(a.row) ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .map(({ row, ...group }) => ({ ...group, ...figuresOf(row) }));
}

/**
 * The departments' groups: a lead given to a person counts for the person's department (their official
 * record's, as it is now); rows that land on the same department add up.
 */
async function byDepartment(db: Database, rows: repo.FineRow[]) {
  const people = await repo.departmentsOfUsers(db, [
    ...new Set(rows.flatMap((r) => (r.leadUserId ? [r.leadUserId] : []))),
  ]);
  const groups = rollUp(
    rows,
    (r) => r.departmentId ?? (r.leadUserId ? people.get(r.leadUserId) : null) ?? null,
  );
  const names = new Map(
    (
      await repo.departmentNames(
        db,
        [...groups.keys()].filter((k) => k !== null),
      )
    ).map((d) => [d.id, d]),
  );
  return listed(
    [...groups].map(([key, row]) => ({
      key,
      name: (key && names.get(key)?.name) || 'Chưa giao phòng, ban',
      agencyName: (key && names.get(key)?.agencyName) || null,
      row,
    })),
  );
}

/**
 * The statistics of an agency's documents over a period (README: what each figure means). Needs
 * `documents.statistics.read` at the agency, and over its sub-tree to include the agencies below it. Counts
 * only: no subject, reference or name of any document leaves this function.
 */
export async function documentStatistics(
  db: Database,
  ctx: RequestContext,
  query: StatisticsQuery,
): Promise<DocumentStatistics> {
  const { agency, period, counted } = await scopeOfQuery(db, ctx, query, PERMISSION);
  const { includeSubAgencies } = counted;
  const now = new Date();
  const span = spanOf(period);
  // working days by the calendar of the agency asked about (days off are the province's; weekdays its own)
  const index = workingDayIndex(await calendarFor(db, agency.id), period, now);
  // independent queries, each on its own connection
  const [fine, deliveries, agencyCount] = await Promise.all([
    repo.fineFigures(db, counted, span, now, index),
    repo.deliveriesByStatus(db, counted, span),
    repo.agencyCount(db, counted),
  ]);

  const months = rollUp(fine, (r) => r.month);
  const types = rollUp(fine, (r) => r.documentType);
  const agencies = rollUp(fine, (r) => r.agencyId);
  const agencyNames = includeSubAgencies
    ? new Map((await repo.agencyNames(db, [...agencies.keys()])).map((a) => [a.id, a.name]))
    : new Map<string, string>();

  const deliveryTotal = deliveries.reduce((sum, d) => sum + d.count, 0);
  const countOf = (statuses: string[]) =>
    deliveries.filter((d) => statuses.includes(d.status)).reduce((sum, d) => sum + d.count, 0);
  const registered = countOf(REGISTERED);

  return {
    agency: { id: agency.id, name: agency.name },
    includeSubAgencies,
    agencyCount,
    from: period.from,
    to: period.to,
    asOf: now.toISOString(),
    summary: figuresOf(fine.reduce<repo.FigureRow>(addRows, emptyRow)),
    months: monthsOf(period).map((month) => ({ month, ...figuresOf(months.get(month) ?? emptyRow) })),
    byDocumentType: listed([...types].map(([key, row]) => ({ key, name: typeName(key), row }))),
    byDepartment: await byDepartment(db, fine),
    byAgency: includeSubAgencies
      ? listed([...agencies].map(([key, row]) => ({ key, name: agencyNames.get(key) ?? '', row })))
      : [],
    deliveries: {
      total: deliveryTotal,
      registered,
      registeredShare: shareOf(registered, deliveryTotal - countOf(WITHDRAWN)),
      byStatus: deliveries.map((d) => ({ ...d, name: deliveryStatusName(d.status) })),
    },
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
): Promise<DocumentStatistics> {
  const statistics = await documentStatistics(db, ctx, query);
  await auditExport(db, ctx, 'documents.statistics.export', statistics);
  return statistics;
}

/** The agencies whose statistics the person may read (for the picker), and where sub-agencies may be included. */
export async function statisticsAgencies(db: Database, ctx: RequestContext) {
  return readableAgencies(db, ctx, PERMISSION, 'Bạn không có quyền xem thống kê văn bản');
}
