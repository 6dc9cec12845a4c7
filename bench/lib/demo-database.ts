import { syncBuiltinRoles } from '../../apps/server/src/platform/auth/builtin-roles.ts';
import { loadConfig } from '../../apps/server/src/platform/config/config.ts';
import { type Database, openDatabase } from '../../apps/server/src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../../apps/server/src/platform/db/embedded/launcher.ts';
import { migrate } from '../../apps/server/src/platform/db/migrate.ts';
import { seedDemoProvince } from '../../apps/server/src/seed/demo-province.ts';
import type { BenchContext } from './types.ts';

export interface DemoDatabase {
  db: Database;
  fixturesDir: string;
  close(): Promise<void>;
}

/**
 * An embedded PostgreSQL of the bench's own, migrated, with the built-in roles and the demo province: where
 * the in-process benches load their data. Stopped again if any of that fails.
 */
export async function openDemoDatabase(context: BenchContext): Promise<DemoDatabase> {
  const config = loadConfig({ CONGSO_DATA_DIR: context.tempDir('app') });
  const postgres = await startEmbeddedPostgres({
    dataDir: context.tempDir('pg'),
    preferredPort: 0,
    database: 'congso',
  });
  const handle = openDatabase(postgres.url, { max: 24 });
  const close = async () => {
    await handle.close();
    await postgres.stop();
  };
  try {
    await migrate(postgres.url);
    await syncBuiltinRoles(handle.db);
    await seedDemoProvince(handle.db, config.FIXTURES_DIR);
  } catch (error) {
    await close();
    throw error;
  }
  return { db: handle.db, fixturesDir: config.FIXTURES_DIR, close };
}
