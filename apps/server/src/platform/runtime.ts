import { syncBuiltinRoles } from './auth/builtin-roles.ts';
import type { Config } from './config/config.ts';
import { createSecretBox, resolveSecretKey, type SecretBox } from './crypto/secret-box.ts';
import { connectDatabaseServer, type DatabaseServer } from './db/connect.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import type { BlobStore } from './storage/blob-store.ts';
import { createBlobStore } from './storage/index.ts';

/** Everything a process (server, worker, CLI command) needs, opened in order and closed in reverse. */
export interface Runtime {
  config: Config;
  server: DatabaseServer;
  database: DatabaseHandle;
  blobs: BlobStore;
  secretBox: SecretBox;
  close(): Promise<void>;
}

/**
 * Connects to the database (starting the embedded one when DATABASE_URL is unset), applies pending
 * migrations and brings the built-in roles up to date.
 */
export async function openRuntime(config: Config, log: (message: string) => void): Promise<Runtime> {
  const server = await connectDatabaseServer(config, log);
  try {
    const { applied } = await migrate(server.url);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    const database = openDatabase(server.url);
    await syncBuiltinRoles(database.db);
    const blobs = await createBlobStore(config);
    const secretBox = createSecretBox(resolveSecretKey(config.SECRET_KEY, config.CONGSO_DATA_DIR));
    return {
      config,
      server,
      database,
      blobs,
      secretBox,
      async close() {
        await database.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
