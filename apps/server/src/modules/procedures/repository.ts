import type { ProcedureRecord } from '@congso/one-stop';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { matchesAllWords, searchKey } from '../../platform/db/search.ts';
import { containsPattern, offsetOf, type Page } from '../../platform/http/paging.ts';
import type {
  CreateProcedure,
  ListProcedures,
  ProcedureDetail,
  ProcedureSummary,
  UpdateProcedure,
} from './schema.ts';

/** The SQL of the catalogue: lists and search, one procedure, its fields, writing by hand. */

/**
 * The path of the province's root agency (the provincial People's Committee): the catalogue of
 * procedures is province-wide, so permissions over it are held there. Empty when there is no root yet,
 * which leaves only those who hold a permission everywhere.
 */
export async function provinceRootPath(db: Executor): Promise<string[]> {
  const root = await db
    .selectFrom('agencies')
    .select('path')
    .where('parentId', 'is', null)
    .orderBy('createdAt')
    .executeTakeFirst();
  return root?.path ?? [];
}

const summaryColumns = [
  'p.id',
  'p.code',
  'p.name',
  'p.field',
  'p.level',
  'p.onlineService',
  'p.processingDays',
  'p.active',
  'p.updatedAt',
] as const;

function listFilter(query: ListProcedures): Expression<SqlBool> {
  const conditions = [
    query.q ? matchesAllWords('p.search', query.q) : null,
    query.field ? sql<SqlBool>`p.field = ${query.field}` : null,
    query.level ? sql<SqlBool>`p.level like ${containsPattern(query.level)}` : null,
    query.onlineService ? sql<SqlBool>`p.online_service = ${query.onlineService}` : null,
    query.active === undefined ? null : sql<SqlBool>`p.active = ${query.active}`,
    query.offeredAt
      ? sql<SqlBool>`exists (select 1 from processing_steps s where s.procedure_id = p.id and s.agency_id = ${query.offeredAt})`
      : null,
  ].filter((c) => c !== null);
  return conditions.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/** A query as one phrase, normalised as the `search` column is. */
const phraseOf = (q: string) => searchKey(q).trim().replace(/\s+/g, ' ');

type SummaryRow = {
  id: string;
  code: string;
  name: string;
  field: string;
  level: string;
  onlineService: string;
  processingDays: number | null;
  active: boolean;
  updatedAt: Date;
};

function toSummary(row: SummaryRow): ProcedureSummary {
  return {
    ...row,
    onlineService: row.onlineService as ProcedureSummary['onlineService'],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A page of the catalogue, by field then name (the order of the national list's chapters), phrase matches first. */
export async function listProcedures(db: Executor, query: ListProcedures): Promise<Page<ProcedureSummary>> {
  const where = listFilter(query);
  const { total } = await db
    .selectFrom('procedures as p')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  let ordered = db.selectFrom('procedures as p').select(summaryColumns).where(where);
  // the words as typed, together ("ho tich" in "Hộ tịch"), before those found apart ("Chủ tịch hội đồng")
  if (query.q) ordered = ordered.orderBy(sql`p.search like ${containsPattern(phraseOf(query.q))} desc`);
  const rows = await ordered
    .orderBy(sql`p.field collate vietnamese`)
    .orderBy(sql`p.name collate vietnamese`)
    .orderBy('p.code')
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export type ProcedureRow = Omit<ProcedureDetail, 'can'>;

/** One procedure with every part, and who changed it last. */
export async function findProcedure(db: Executor, id: string): Promise<ProcedureRow | undefined> {
  const row = await db
    .selectFrom('procedures as p')
    .leftJoin('users as u', 'u.id', 'p.updatedBy')
    .select([
      ...summaryColumns,
      'p.kind',
      'p.decisionRef',
      'p.applicantTypes',
      'p.competentAuthority',
      'p.issuingBody',
      'p.implementingAgency',
      'p.processingTimeText',
      'p.channels',
      'p.fees',
      'p.requiredDocuments',
      'p.results',
      'p.legalBasis',
      'p.conditions',
      'p.sequenceText',
      'p.sourceUrl',
      'p.createdAt',
      'u.displayName as updatedBy',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    ...toSummary(row),
    channels: row.channels as ProcedureRow['channels'],
    fees: row.fees as ProcedureRow['fees'],
    requiredDocuments: row.requiredDocuments as ProcedureRow['requiredDocuments'],
    results: row.results as ProcedureRow['results'],
    legalBasis: row.legalBasis as ProcedureRow['legalBasis'],
    createdAt: row.createdAt.toISOString(),
  };
}

export async function codeTaken(db: Executor, code: string): Promise<boolean> {
  const row = await db.selectFrom('procedures').select('id').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

/** The fields (lĩnh vực) of the catalogue, with how many procedures each has. */
export function fieldCounts(db: Executor): Promise<{ name: string; count: number }[]> {
  return db
    .selectFrom('procedures')
    .select(['field as name', (eb) => eb.fn.countAll<number>().as('count')])
    .where('field', '<>', '')
    .groupBy('field')
    .orderBy(sql`field collate vietnamese`)
    .execute();
}

/** The JSON arrays as the driver takes them, the other columns as they are. */
function columnValues(values: Partial<ProcedureRecord> & { active?: boolean }) {
  const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  const row = {
    ...values,
    channels: json(values.channels),
    fees: json(values.fees),
    requiredDocuments: json(values.requiredDocuments),
    results: json(values.results),
    legalBasis: json(values.legalBasis),
  };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

export async function insertProcedure(db: Executor, input: CreateProcedure, userId: string): Promise<string> {
  const row = await db
    .insertInto('procedures')
    .values({ ...columnValues(input), code: input.code, name: input.name, updatedBy: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcedure(
  db: Executor,
  id: string,
  changes: UpdateProcedure,
  userId: string,
): Promise<void> {
  await db
    .updateTable('procedures')
    .set({ ...columnValues(changes), updatedAt: sql<Date>`now()`, updatedBy: userId })
    .where('id', '=', id)
    .execute();
}

/** Locks the procedure for an edit; undefined when there is none. */
export function lockProcedure(db: Executor, id: string) {
  return db.selectFrom('procedures').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a record of an import, by its code: inserted whole, or the `columns` an import carries updated. */
export async function upsertRecord(
  db: Executor,
  record: ProcedureRecord,
  columns: readonly (keyof ProcedureRecord)[],
  userId: string,
): Promise<'created' | 'updated'> {
  const updated = columns.filter((c) => c !== 'code');
  const row = await db
    .insertInto('procedures')
    .values({ ...columnValues(record), code: record.code, name: record.name, updatedBy: userId })
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        ...Object.fromEntries(updated.map((c) => [c, eb.ref(`excluded.${c}`)])),
        // online services run fully online (toàn trình) are the province's decision, not the national export's
        ...(updated.includes('onlineService')
          ? {
              onlineService: sql<string>`case when procedures.online_service = 'full' then 'full' else excluded.online_service end`,
            }
          : {}),
        updatedAt: sql<Date>`now()`,
        updatedBy: userId,
      })),
    )
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  return row.inserted ? 'created' : 'updated';
}
