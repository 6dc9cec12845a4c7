// Regenerates src/platform/db/schema.generated.ts from the migrations: migrate a scratch database, then
// let kysely-codegen describe it. Run `npm run db:types` after adding a migration and commit the result.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, repoRoot } from '../src/platform/config/config.ts';
import { connectDatabaseServer } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';

export const generatedTypesFile = path.resolve(import.meta.dirname, '../src/platform/db/schema.generated.ts');

function codegenArgs(url: string, outFile: string): string[] {
  return [
    '--dialect=postgres',
    `--url=${url}`,
    `--out-file=${outFile}`,
    '--camel-case',
    '--include-pattern=public.*',
    '--exclude-pattern=public.schema_migrations',
    '--numeric-parser=number',
    '--date-parser=string',
    '--type-mapping={"int8":"number"}',
    '--log-level=error',
  ];
}

/**
 * Writes the Kysely types of a freshly migrated database to `outFile`; with `verify`, only checks that the
 * file already says exactly that (exit status of kysely-codegen --verify) and returns whether it does.
 */
export async function generateDbTypes(adminUrl: string, outFile: string, verify = false): Promise<boolean> {
  const name = `congso_codegen_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await migrate(url.toString());
    const args = codegenArgs(url.toString(), outFile);
    if (verify) args.push('--verify');
    try {
      execFileSync(path.join(repoRoot, 'node_modules/.bin/kysely-codegen'), args, { stdio: 'pipe' });
      return true;
    } catch (error) {
      if (verify) return false;
      throw error;
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (import.meta.main) {
  const server = await connectDatabaseServer(loadConfig());
  try {
    await generateDbTypes(server.adminUrl, generatedTypesFile);
    console.log(`wrote ${path.relative(process.cwd(), generatedTypesFile)}`);
  } finally {
    await server.stop();
  }
}
