// The public portal's data for bench/portal.bench.ts: the whole national catalogue of procedures (read from
// the fixtures at run time, as the demo seed loads it) and years of dossiers received at the service centre
// and communes (bench/lib/dossier-data.ts), so that the catalogue's pages and the dossier lookup run against
// a province's worth of rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NATIONAL_RECORD_COLUMNS } from '@congso/one-stop';
import { sql } from 'kysely';
import { readImport } from '../../apps/server/src/modules/procedures/import-reader.ts';
import { upsertRecord } from '../../apps/server/src/modules/procedures/repository.ts';
import type { Database } from '../../apps/server/src/platform/db/database.ts';
import { loadDossiers } from './dossier-data.ts';

export interface PortalData {
  procedures: number;
  /** Procedures with processing steps at some agency. */
  offered: number;
  dossiers: number;
  seconds: number;
}

/**
 * `dossiers` dossiers of a few hundred procedures offered at the service centre and nine communes, then
 * every record of the national export upserted over the catalogue (the offered procedures get their real
 * documents, fees and texts), then ANALYZE.
 */
export async function loadPortalData(
  db: Database,
  fixturesDir: string,
  dossiers: number,
  log: (message: string) => void,
): Promise<PortalData> {
  const started = performance.now();
  await loadDossiers(db, fixturesDir, dossiers, log);
  const file = path.join(fixturesDir, 'procedures', 'procedures_all_no_rawtext.jsonl.gz');
  const read = await readImport(path.basename(file), readFileSync(file));
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    for (const { row: _row, ...record } of read.records)
      await upsertRecord(trx, record, NATIONAL_RECORD_COLUMNS, admin.id);
  });
  // a catalogue in use for a while has been vacuumed: index-only scans skip the table
  await sql`vacuum analyze`.execute(db);
  const count = async (query: ReturnType<typeof sql<{ n: string }>>) =>
    Number((await query.execute(db)).rows[0]!.n);
  return {
    procedures: await count(sql`select count(*)::text as n from procedures where active`),
    offered: await count(sql`select count(distinct procedure_id)::text as n from processing_steps`),
    dossiers: await count(sql`select count(*)::text as n from dossiers`),
    seconds: (performance.now() - started) / 1000,
  };
}
