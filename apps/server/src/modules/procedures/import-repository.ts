import type { ProcedureRecord, RowProblem } from '@congso/one-stop';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { offsetOf, type Page } from '../../platform/http/paging.ts';
import type { ImportStatus, ImportSummary } from './schema.ts';

/** The SQL of imports: stored with their records and problems, listed, followed while they run. */

export type ImportFormat = 'xlsx' | 'jsonl';
/** A record that passed the checks, with the row of the file it came from. */
export type RowRecord = ProcedureRecord & { row: number };

export interface NewImport {
  format: ImportFormat;
  fileName: string;
  totalRows: number;
  records: RowRecord[];
  problems: RowProblem[];
  createdBy: string;
}

export async function insertImport(db: Executor, values: NewImport): Promise<string> {
  const row = await db
    .insertInto('procedureImports')
    .values({
      ...values,
      records: JSON.stringify(values.records),
      problems: JSON.stringify(values.problems),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectSummaries(db: Executor) {
  return db
    .selectFrom('procedureImports as i')
    .innerJoin('users as u', 'u.id', 'i.createdBy')
    .select([
      'i.id',
      'i.format',
      'i.fileName',
      'i.status',
      'i.totalRows',
      // distinct rows with a problem (a row may have several)
      sql<number>`(select count(distinct (e->>'row')) from jsonb_array_elements(i.problems) e)`.as(
        'invalidRows',
      ),
      'i.processedRows',
      'i.createdCount',
      'i.updatedCount',
      'i.error',
      'u.displayName as createdBy',
      'i.createdAt',
      'i.startedAt',
      'i.finishedAt',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): ImportSummary {
  return {
    ...row,
    format: row.format as ImportSummary['format'],
    status: row.status as ImportStatus,
    validRows: row.totalRows - row.invalidRows,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function listImports(
  db: Executor,
  page: number,
  pageSize: number,
): Promise<Page<ImportSummary>> {
  const { total } = await db
    .selectFrom('procedureImports')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await selectSummaries(db)
    .orderBy('i.createdAt', 'desc')
    .limit(pageSize)
    .offset(offsetOf(page, pageSize))
    .execute();
  return { items: rows.map(toSummary), total, page, pageSize };
}

export async function findImport(db: Executor, id: string): Promise<ImportSummary | undefined> {
  const row = await selectSummaries(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function problemsOf(db: Executor, id: string): Promise<RowProblem[]> {
  const row = await db
    .selectFrom('procedureImports')
    .select('problems')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.problems as unknown as RowProblem[];
}

/**
 * What applying would do to the catalogue as it is now: how many codes are new, how many exist, and the
 * first rows with theirs.
 */
export async function previewOf(db: Executor, id: string, firstRows: number) {
  const counts = await sql<{ newCount: number; updateCount: number }>`
    select count(*) filter (where p.id is null)::int as "newCount",
           count(*) filter (where p.id is not null)::int as "updateCount"
      from procedure_imports i
     cross join jsonb_array_elements(i.records) r
      left join procedures p on p.code = r->>'code'
     where i.id = ${id}`.execute(db);
  const rows = await sql<{ row: number; code: string; name: string; field: string; exists: boolean }>`
    select (r->>'row')::int as row, r->>'code' as code, r->>'name' as name, r->>'field' as field,
           exists (select 1 from procedures p where p.code = r->>'code') as exists
      from procedure_imports i
     cross join lateral jsonb_array_elements(i.records) with ordinality as e(r, n)
     where i.id = ${id}
     order by e.n
     limit ${firstRows}`.execute(db);
  return {
    newCount: counts.rows[0]?.newCount ?? 0,
    updateCount: counts.rows[0]?.updateCount ?? 0,
    rows: rows.rows.map(({ exists, ...r }) => ({
      ...r,
      action: exists ? ('update' as const) : ('create' as const),
    })),
  };
}

/** The import row locked, for a change of its status. */
export function lockImport(db: Executor, id: string) {
  return db
    .selectFrom('procedureImports')
    .select(['id', 'status', 'format', 'totalRows', 'fileName'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setStatus(
  db: Executor,
  id: string,
  status: ImportStatus,
  extra: { startedAt?: Date; finishedAt?: Date; error?: string | null; processedRows?: number } = {},
): Promise<void> {
  await db
    .updateTable('procedureImports')
    .set({ status, ...extra })
    .where('id', '=', id)
    .execute();
}

/** The records to apply, with the columns the import's format carries. */
export async function recordsOf(db: Executor, id: string) {
  return db
    .selectFrom('procedureImports')
    .select(['records', 'format', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Progress, written outside the applying transaction so that the page sees it; only while the import is
 * still running. False when it is not (it was cancelled): the job then stops.
 */
export async function writeProgress(db: Executor, id: string, processedRows: number): Promise<boolean> {
  const result = await db
    .updateTable('procedureImports')
    .set({ processedRows })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The end of a run, unless the import was cancelled meanwhile (then it stays cancelled). */
export async function finishRun(
  db: Executor,
  id: string,
  outcome:
    | { status: 'done'; createdCount: number; updatedCount: number; processedRows: number }
    | { status: 'failed'; error: string },
): Promise<boolean> {
  const result = await db
    .updateTable('procedureImports')
    .set({ ...outcome, finishedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
