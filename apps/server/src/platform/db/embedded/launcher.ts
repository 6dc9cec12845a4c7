import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { resolveBinaries } from './binaries.ts';
import { withFileLock } from './file-lock.ts';
import { pickPort } from './port.ts';
import { isAlive, isPostgresProcess, stopPostmaster } from './processes.ts';
import { assertReachable, postgresRunAs, type RunAs } from './run-as.ts';

export interface EmbeddedOptions {
  /** Folder holding the cluster (`<dir>/postgres`), its credentials, log and ownership record. */
  dataDir: string;
  preferredPort: number;
  /** Database created for the application on first start. */
  database: string;
  /** Extra `-c name=value` settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
  log?: (message: string) => void;
}

export interface EmbeddedServer {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the maintenance database `postgres` (to create and drop databases). */
  adminUrl: string;
  port: number;
  /** True when this process started the server and will stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

interface OwnerRecord {
  ownerPid: number;
  postmasterPid: number;
  port: number;
}

const SUPERUSER = 'postgres';

/**
 * Starts (or attaches to) the embedded PostgreSQL of a data directory.
 *
 * - First start: initdb with a generated password, then start.
 * - Running as root: the server runs as the system user `postgres`.
 * - A server already started by a live CôngSở process: attach to it, leave it running on exit.
 * - A server orphaned by a process killed with kill -9: stop it, then start our own.
 * - A stale postmaster.pid (server gone, or the pid reused): removed before starting.
 * - The preferred port taken by something else: a free port is picked.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  return withFileLock(path.join(dataDir, 'postgres.lock'), () => startLocked(dataDir, options, log));
}

async function startLocked(
  dataDir: string,
  options: EmbeddedOptions,
  log: (m: string) => void,
): Promise<EmbeddedServer> {
  const pgData = path.join(dataDir, 'postgres');
  const ownerFile = path.join(dataDir, 'postgres.owner.json');
  const runAs = postgresRunAs();
  if (runAs) {
    // the data folder stays private to us, but the server's user must be able to pass through it
    chmodSync(dataDir, 0o711);
    assertReachable(pgData, runAs);
  }
  const credentials = loadOrCreateCredentials(dataDir);

  const running = readPostmasterPid(pgData);
  if (running && isPostgresProcess(running.pid)) {
    const owner = readJson<OwnerRecord>(ownerFile);
    if (
      owner &&
      owner.postmasterPid === running.pid &&
      isAlive(owner.ownerPid) &&
      owner.ownerPid !== process.pid
    ) {
      log(`embedded PostgreSQL already running (pid ${running.pid}, port ${running.port}); attaching`);
      const server = describe(credentials, running.port, options.database, false, async () => {});
      await waitUntilReady(server.adminUrl, undefined, pgData);
      await ensureDatabase(server.adminUrl, options.database);
      return server;
    }
    log(`stopping orphaned embedded PostgreSQL (pid ${running.pid}) left by a process that died`);
    await stopPostmaster(running.pid);
  }
  if (running && !isPostgresProcess(running.pid)) {
    log(`removing stale postmaster.pid (pid ${running.pid} is not running PostgreSQL)`);
    rmSync(path.join(pgData, 'postmaster.pid'), { force: true });
  }

  const binaries = resolveBinaries();
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    await initialise(binaries.initdb, pgData, credentials, runAs, dataDir, log);
  }

  const port = await pickPort(options.preferredPort);
  if (port !== options.preferredPort)
    log(`port ${options.preferredPort} is taken; embedded PostgreSQL uses ${port}`);
  const logFd = openSync(path.join(dataDir, 'postgres.log'), 'a', 0o600);
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    max_connections: '200',
    ...options.settings,
  };
  const args = ['-D', pgData, '-p', String(port)];
  for (const [key, value] of Object.entries(settings)) args.push('-c', `${key}=${value}`);
  const child = spawn(binaries.postgres, args, {
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: 'C', LD_LIBRARY_PATH: path.join(binaries.nativeDir, 'lib') },
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });
  closeSync(logFd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.pid) await stopPostmaster(child.pid);
    await exited;
    rmSync(ownerFile, { force: true });
  };
  const server = describe(credentials, port, options.database, true, stop);
  try {
    await waitUntilReady(server.adminUrl, child, pgData);
  } catch (error) {
    await stop();
    throw error;
  }
  writeFileSync(
    ownerFile,
    JSON.stringify({ ownerPid: process.pid, postmasterPid: child.pid ?? 0, port } satisfies OwnerRecord),
    {
      mode: 0o600,
    },
  );
  await ensureDatabase(server.adminUrl, options.database);
  log(`embedded PostgreSQL ready on 127.0.0.1:${port} (data ${pgData})`);
  return server;
}

function describe(
  credentials: Credentials,
  port: number,
  database: string,
  owned: boolean,
  stop: () => Promise<void>,
) {
  const base = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    port,
    owned,
    stop,
  } satisfies EmbeddedServer;
}

function loadOrCreateCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'postgres.credentials.json');
  const existing = readJson<Credentials>(file);
  if (existing) return existing;
  const created = { user: SUPERUSER, password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

async function initialise(
  initdb: string,
  pgData: string,
  credentials: Credentials,
  runAs: RunAs | undefined,
  dataDir: string,
  log: (m: string) => void,
): Promise<void> {
  log(`initialising embedded PostgreSQL in ${pgData}`);
  rmSync(pgData, { recursive: true, force: true });
  mkdirSync(pgData, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `congso-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${credentials.password}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(pgData, runAs.uid, runAs.gid);
    chownSync(pwFile, runAs.uid, runAs.gid);
  }
  try {
    const output = await run(
      initdb,
      [
        `--pgdata=${pgData}`,
        `--username=${credentials.user}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-instructions',
      ],
      runAs,
    );
    writeFileSync(path.join(dataDir, 'initdb.log'), output);
  } catch (error) {
    rmSync(pgData, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(command)} failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Polls until the server accepts connections; crash recovery after kill -9 can take a few seconds. */
async function waitUntilReady(
  adminUrl: string,
  child: ChildProcess | undefined,
  pgData: string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(
        `embedded PostgreSQL exited during start (code ${child.exitCode}); see ${path.dirname(pgData)}/postgres.log`,
      );
    }
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await client.end().catch(() => {});
    }
    await sleep(100);
  }
  throw new Error(`embedded PostgreSQL did not become ready: ${String(lastError)}`);
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client
        .query(`create database ${client.escapeIdentifier(database)}`)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another process
        });
    }
  } finally {
    await client.end();
  }
}

function readPostmasterPid(pgData: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
