import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { syncBuiltinRoles } from '../src/platform/auth/builtin-roles.ts';
import { repoRoot } from '../src/platform/config/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded/launcher.ts';
import { migrate, readMigrations } from '../src/platform/db/migrate.ts';
import { loadAdminUnits } from '../src/seed/admin-units.ts';

export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures');

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

/**
 * Once per test run: a PostgreSQL server (DATABASE_URL, or an embedded one in .data/test) and a template
 * database that is migrated and holds the reference data. Each test file clones the template (fast, and
 * files run in parallel without seeing each other's data).
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    const server = await startEmbeddedPostgres({
      // a separate folder per concurrent run (CONGSO_TEST_DATA_DIR) keeps parallel runs from sharing a server
      dataDir: path.resolve(repoRoot, process.env.CONGSO_TEST_DATA_DIR ?? '.data/test'),
      preferredPort: 54339,
      database: 'postgres',
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' },
    });
    adminUrl = server.adminUrl;
    stop = server.stop;
  }
  const fingerprint = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .update(JSON.stringify((await import('../src/platform/auth/permissions.ts')).builtinRoles))
    .update(readFileSync(path.join(repoRoot, 'apps/server/src/seed/admin-units.ts')))
    .digest('hex')
    .slice(0, 12);
  const template = `congso_tpl_${fingerprint}`;
  await ensureTemplate(adminUrl, template);
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  return stop;
}

async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // one process builds it; a concurrent run (two projects) waits on the lock
    await admin.query('select pg_advisory_lock(740630117)');
    const exists = await admin.query('select 1 from pg_database where datname = $1 and datistemplate', [
      template,
    ]);
    if (exists.rowCount) return;
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    await migrate(url.toString());
    const handle = openDatabase(url.toString(), { max: 2 });
    try {
      await syncBuiltinRoles(handle.db);
      await loadAdminUnits(handle.db, fixturesDir);
    } finally {
      await handle.close();
    }
    await admin.query(`alter database ${template} with is_template true allow_connections false`);
    // templates from earlier migrations are no longer needed
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'congso_tpl_%' and datname <> $1",
      [template],
    );
    for (const { datname } of stale.rows) {
      await admin.query(`alter database ${datname} is_template false`).catch(() => {});
      await admin.query(`drop database if exists ${datname} with (force)`).catch(() => {});
    }
  } finally {
    await admin.query('select pg_advisory_unlock(740630117)').catch(() => {});
    await admin.end();
  }
}
