import path from 'node:path';
import type { Config } from '../config/config.ts';
import { startEmbeddedPostgres } from './embedded/launcher.ts';

export interface DatabaseServer {
  url: string;
  /** Same server, maintenance database: used to create and drop databases (tests, restore). */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in `<CONGSO_DATA_DIR>/postgres`. */
export async function connectDatabaseServer(
  config: Config,
  log?: (message: string) => void,
): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    const admin = new URL(config.DATABASE_URL);
    admin.pathname = '/postgres';
    return { url: config.DATABASE_URL, adminUrl: admin.toString(), embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(config.CONGSO_DATA_DIR),
    preferredPort: config.EMBEDDED_PG_PORT,
    database: 'congso',
    log,
  });
  return { url: server.url, adminUrl: server.adminUrl, embedded: true, stop: server.stop };
}
