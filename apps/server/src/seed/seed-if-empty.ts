import type { Runtime } from '../platform/runtime.ts';
import { ReferenceDataMissingError } from './admin-units.ts';
import { seedDemoDocuments } from './demo-documents.ts';
import { seedDemoOneStop } from './demo-one-stop.ts';
import { seedDemoProvince } from './demo-province.ts';
import { seedDemoWorkFiles } from './demo-work-files.ts';

/** First start on an empty database: seed the demo province so there is something to look at. */
export async function seedDemoIfEmpty(runtime: Runtime, log: (message: string) => void): Promise<void> {
  const { db } = runtime.database;
  const any = await db.selectFrom('agencies').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const users = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (users) return;
  log('empty database: seeding the demo province (Lào Cai)…');
  let summary: Awaited<ReturnType<typeof seedDemoProvince>>;
  try {
    summary = await seedDemoProvince(db, runtime.config.FIXTURES_DIR);
  } catch (error) {
    if (!(error instanceof ReferenceDataMissingError)) throw error;
    // a deployment without the reference data still starts; its operator creates the first account
    log(`no demo data: ${error.message}`);
    log(
      'create the first administrator with: npm run congso -- user create --role system_admin --username … --full-name …',
    );
    return;
  }
  const documents = await seedDemoDocuments(db);
  await seedDemoWorkFiles(db);
  const oneStop = await seedDemoOneStop(db, runtime.config.FIXTURES_DIR);
  log(
    `demo province ready: ${summary.agencies} agencies, ${summary.departments} departments, ${summary.officials} officials, ${summary.users} accounts, ${documents} documents, ${oneStop.procedures} procedures, ${oneStop.dossiers} dossiers`,
  );
}
