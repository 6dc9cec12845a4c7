import { type ChildProcess, fork } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from '../../apps/server/src/platform/config/config.ts';
import type { PortalData } from './portal-data.ts';
import { freePort, track } from './processes.ts';
import type { BenchContext } from './types.ts';

/** What the harness passes to bench/lib/api-server.ts (its first argument, JSON). */
export interface ApiServerSettings {
  dataDir: string;
  appPort: number;
  barePort: number;
  pgPort: number;
  /** The app's LOG_LEVEL; its log goes to `<dataDir>/server.log`. */
  logLevel: string;
  /** Also the national catalogue and this many dossiers (bench/lib/portal-data.ts). */
  portalDossiers?: number;
}

export interface Dataset {
  agencies: number;
  departments: number;
  officials: number;
  users: number;
  adminUnits: number;
  roleAssignments: number;
  postgres: string;
  /** With `portalDossiers`: what was loaded. */
  portal?: PortalData;
}

export interface ServerStats {
  /** SQL statements sent by the app's pool since the process started. */
  queries: number;
  /** Sum of their durations as the app sees them (sent → result), ms. */
  sqlMs: number;
  /** CPU time of the server process (user + system), ms. */
  cpuMs: number;
  /** CPU time of the embedded PostgreSQL's processes, ms (NaN without /proc). */
  postgresCpuMs: number;
}

export interface TracedQuery {
  sql: string;
  /** Sent → result, as the app saw it. */
  ms: number;
  /** From EXPLAIN ANALYZE (SELECTs only). */
  planningMs?: number;
  executionMs?: number;
}

export interface ReplayStats {
  /** Complete sequences (all statements of the trace, one after another). */
  sequences: number;
  seconds: number;
  cpuMs: number;
  latenciesMs: number[];
}

export type Request =
  | { id: number; op: 'stats' }
  | { id: number; op: 'trace-start' }
  | { id: number; op: 'trace-stop' }
  | { id: number; op: 'bare-body'; body: unknown }
  | { id: number; op: 'replay'; concurrency: number; seconds: number }
  | { id: number; op: 'stop' };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export type Message =
  | { type: 'ready'; dataset: Dataset }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

export interface ApiServer {
  /** The real app, e.g. `http://127.0.0.1:41234`. */
  appUrl: string;
  /** The bare Fastify app in the same process: GET /bare answers the body set with `setBareBody`. */
  bareUrl: string;
  dataset: Dataset;
  stats(): Promise<ServerStats>;
  /** Records every SQL statement until `stopTrace`. */
  startTrace(): Promise<void>;
  stopTrace(): Promise<TracedQuery[]>;
  setBareBody(body: unknown): Promise<void>;
  /** Replays the last trace's statements straight through the app's pg pool (see api-server.ts). */
  replay(concurrency: number, seconds: number): Promise<ReplayStats>;
  stop(): Promise<void>;
}

/**
 * Forks bench/lib/api-server.ts: embedded PostgreSQL in a fresh folder, migrated, demo province seeded, the
 * real app (`buildApp`) and a bare Fastify app listening in that one child process. The caller generates
 * load from its own process.
 */
export async function startApiServer(
  context: BenchContext,
  options: { logLevel?: string; portalDossiers?: number } = {},
): Promise<ApiServer> {
  const dataDir = context.tempDir('server');
  const settings: ApiServerSettings = {
    dataDir,
    appPort: await freePort(),
    barePort: await freePort(),
    pgPort: await freePort(),
    logLevel: options.logLevel ?? 'info',
    ...(options.portalDossiers ? { portalDossiers: options.portalDossiers } : {}),
  };
  const env = { ...process.env };
  for (const key of Object.keys(configSchema.shape)) delete env[key];
  const logFile = path.join(dataDir, 'server.log');
  const logFd = openSync(logFile, 'a', 0o600);
  const child: ChildProcess = track(
    fork(path.join(import.meta.dirname, 'api-server.ts'), [JSON.stringify(settings)], {
      env,
      stdio: ['ignore', logFd, logFd, 'ipc'],
    }),
  );
  closeSync(logFd);
  const tail = () => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    } catch {
      return '';
    }
  };

  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const dataset = await new Promise<Dataset>((resolve, reject) => {
    child.on('message', (message: Message) => {
      if (message.type === 'ready') resolve(message.dataset);
      else {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.result);
        else waiting?.reject(new Error(message.error));
      }
    });
    void exited.then((code) => {
      const error = new Error(`bench API server exited (code ${code}); log ${logFile}:\n${tail()}`);
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  });

  const call = <T>(request: WithoutId<Request>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...request, id });
    });

  return {
    appUrl: `http://127.0.0.1:${settings.appPort}`,
    bareUrl: `http://127.0.0.1:${settings.barePort}`,
    dataset,
    stats: () => call<ServerStats>({ op: 'stats' }),
    startTrace: () => call<void>({ op: 'trace-start' }),
    stopTrace: () => call<TracedQuery[]>({ op: 'trace-stop' }),
    setBareBody: (body) => call<void>({ op: 'bare-body', body }),
    replay: (concurrency, seconds) => call<ReplayStats>({ op: 'replay', concurrency, seconds }),
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ op: 'stop', id: 0 });
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) throw new Error(`bench API server stopped with code ${code}:\n${tail()}`);
    },
  };
}
