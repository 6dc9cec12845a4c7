import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const migrationsDir = path.resolve(import.meta.dirname, '../../../migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  current: number;
}

/** `0001_name.sql` files in version order. Versions are unique and contiguous from 1. */
export function readMigrations(dir = migrationsDir): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file, index) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
    const version = Number(match[1]);
    if (version !== index + 1)
      throw new Error(`Migration ${file} breaks the sequence (expected version ${index + 1})`);
    const sql = readFileSync(path.join(dir, file), 'utf8');
    return { version, name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

// Any constant works; it only has to be the same for every node running CôngSở migrations. Backups take
// it shared, so no migration runs while a snapshot is read.
export const MIGRATION_LOCK = 7_406_301_170;

export const SCHEMA_MIGRATIONS_DDL = `
  create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`;

/** Runs one migration and records it, on a client whose transaction the caller manages. */
export async function applyMigration(client: pg.ClientBase, migration: Migration): Promise<void> {
  await client.query(migration.sql);
  await client.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
    migration.version,
    migration.name,
    migration.checksum,
  ]);
}

/**
 * Applies pending migrations, forward only, each in its own transaction. A session advisory lock makes
 * concurrent starts wait for each other instead of racing. An applied migration whose file changed is an
 * error: the database would no longer match the code.
 */
export async function migrate(connectionString: string, dir = migrationsDir): Promise<MigrationResult> {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(SCHEMA_MIGRATIONS_DDL);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'select version, name, checksum from schema_migrations order by version',
    );
    for (const row of rows) {
      const known = migrations.find((m) => m.version === row.version);
      if (!known)
        throw new Error(`Database has migration ${row.version} (${row.name}) that this code does not know`);
      if (known.checksum !== row.checksum) {
        throw new Error(
          `Migration ${row.version} (${row.name}) was edited after it was applied; add a new migration instead`,
        );
      }
    }
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !rows.some((r) => r.version === m.version))) {
      await client.query('begin');
      try {
        await applyMigration(client, migration);
        await client.query('commit');
        applied.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
      } catch (error) {
        await client.query('rollback');
        throw new Error(
          `Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
        );
      }
    }
    return { applied, current: migrations.at(-1)?.version ?? 0 };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
