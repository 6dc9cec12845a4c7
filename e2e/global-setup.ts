import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { CONTROL_PATH, createPortalStub } from '../apps/server/test/fixtures/national-portal-stub.ts';
import { startMailbox } from './support/mailbox.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** where the platform under test answers, e.g. http://127.0.0.1:41234 (empty when skipped) */
    e2eBaseUrl: string;
    /** the Chromium to drive, or empty when none is installed (the flows are then skipped) */
    chromiumPath: string;
    /** where the run's SMTP server keeps what the platform sent (one .eml file per message) */
    e2eMailDir: string;
    /** where a flow switches the stand-in National Public Service Portal to refuse or accept (POST { mode }) */
    e2ePortalStubControl: string;
  }
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const staffDir = path.join(repoRoot, 'apps/staff');
const binDir = path.join(repoRoot, 'node_modules/.bin');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Vitest sets NODE_ENV=test; neither the build nor the platform may inherit it (libraries switch to test
// behaviour: antd's ids become the constant "test-id", for one)
const { NODE_ENV: _testMode, ...parentEnv } = process.env;
const env = { ...parentEnv, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` };

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the staff app when dist/ is missing or older than its sources. */
function buildStaffAppIfStale(): void {
  const index = path.join(staffDir, 'dist/index.html');
  const sources = Math.max(
    newestMtime(path.join(staffDir, 'src')),
    newestMtime(path.join(staffDir, 'public')),
    ...['index.html', 'vite.config.ts'].map((f) => statSync(path.join(staffDir, f)).mtimeMs),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the staff app…');
  const result = spawnSync(path.join(binDir, 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: staffDir,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('e2e: building the staff app failed (vite build)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** With DATABASE_URL: a fresh database on that server for this run, dropped afterwards. */
async function createRunDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  if (!process.env.DATABASE_URL) return undefined;
  const name = `congso_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new URL(process.env.DATABASE_URL);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  log(`database ${name} created on the DATABASE_URL server`);
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
  throw new Error(`e2e: the platform did not become ready at ${baseUrl}/readyz\n${tail}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Once per e2e run: the staff app built, the whole platform started on a fresh data folder (or a fresh
 * database when DATABASE_URL is set) with the demo province seeded, and its address given to the tests.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) {
      throw new Error(
        `e2e: Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
      );
    }
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! e2e: Chromium not found at ${CHROMIUM}: the end-to-end flows are SKIPPED.\n!! Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)\n${line}\n`,
    );
    project.provide('chromiumPath', '');
    project.provide('e2eBaseUrl', '');
    project.provide('e2eMailDir', '');
    project.provide('e2ePortalStubControl', '');
    return;
  }

  buildStaffAppIfStale();
  const parent = path.resolve(repoRoot, process.env.CONGSO_TEST_DATA_DIR ?? '.data/test-e2e');
  mkdirSync(parent, { recursive: true });
  const dataDir = mkdtempSync(path.join(parent, 'e2e-'));
  const database = await createRunDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'platform.log');
  const mailDir = path.join(dataDir, 'mail');
  const mailbox = await startMailbox(mailDir);
  // the national portal the platform syncs dossiers to: a stand-in on loopback, accepting until told otherwise
  const nationalPortal = await createPortalStub();
  const output = createWriteStream(logFile);

  log(`starting the platform at ${baseUrl} (data ${path.relative(repoRoot, dataDir)})`);
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/server/src/cli/main.ts'), 'start'], {
    cwd: repoRoot,
    env: {
      ...env,
      CONGSO_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      EMBEDDED_PG_PORT: String(await freePort()),
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      CONGSO_ROLE: 'all',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      NATIONAL_PORTAL_URL: nationalPortal.url,
      NATIONAL_PORTAL_SERVICE_PATH: '/api',
      NATIONAL_PORTAL_AUTH_PATH: '/auth',
      NATIONAL_PORTAL_USERNAME: 'tinh.laocai',
      NATIONAL_PORTAL_PASSWORD: 'mat-khau-dvcqg',
      NATIONAL_PORTAL_AGENCY_CODE: '000.00.00.H99',
      ...(database ? { DATABASE_URL: database.url } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);

  const teardown = async () => {
    await stop(child);
    await mailbox.close();
    await nationalPortal.close();
    output.end();
    if (database)
      await database.drop().catch((error: Error) => log(`dropping the database failed: ${error.message}`));
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, logFile);
  } catch (error) {
    await teardown();
    throw error;
  }
  log('platform ready');
  project.provide('chromiumPath', CHROMIUM);
  project.provide('e2eBaseUrl', baseUrl);
  project.provide('e2eMailDir', mailDir);
  project.provide('e2ePortalStubControl', `${nationalPortal.url}${CONTROL_PATH}`);
  return teardown;
}
