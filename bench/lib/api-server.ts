// Child process forked by api-server-control.ts: the real CôngSở app on a migrated, seeded embedded
// PostgreSQL, and a bare Fastify app, both listening in this one process. Counts the app's SQL statements
// and answers the harness over IPC. Not a benchmark itself (no `.bench.ts`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import type pg from 'pg';
import { buildApp } from '../../apps/server/src/app.ts';
import { syncBuiltinRoles } from '../../apps/server/src/platform/auth/builtin-roles.ts';
import { loadConfig } from '../../apps/server/src/platform/config/config.ts';
import { createSecretBox } from '../../apps/server/src/platform/crypto/secret-box.ts';
import { openDatabase } from '../../apps/server/src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../../apps/server/src/platform/db/embedded/launcher.ts';
import { migrate } from '../../apps/server/src/platform/db/migrate.ts';
import { createLocalDiskStore } from '../../apps/server/src/platform/storage/local-disk.ts';
import { seedDemoProvince } from '../../apps/server/src/seed/demo-province.ts';
import type {
  ApiServerSettings,
  Dataset,
  Message,
  ReplayStats,
  Request,
  ServerStats,
  TracedQuery,
} from './api-server-control.ts';
import { loadPortalData } from './portal-data.ts';

const settings = JSON.parse(process.argv[2] ?? '{}') as ApiServerSettings;
const send = (message: Message) => process.send?.(message);

const counters = { queries: 0, sqlMs: 0 };
let trace: (TracedQuery & { params: unknown[] })[] | null = null;
/** The statements of the last trace, with their parameters, for `replay`. */
let lastTrace: { sql: string; params: unknown[] }[] = [];
let bareBody: unknown = {};

/** Wraps `client.query` of every connection the pool opens: one call is one statement sent to PostgreSQL. */
function countQueries(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    const counted = (...args: unknown[]) => {
      counters.queries++;
      // a plain (text, values) call, or a query config (named prepared statements carry their values)
      const first = args[0] as string | { text?: string; values?: unknown[] };
      const text = typeof first === 'string' ? first : (first?.text ?? '');
      const params = Array.isArray(args[1])
        ? (args[1] as unknown[])
        : typeof first === 'object' && Array.isArray(first?.values)
          ? first.values
          : [];
      const started = performance.now();
      const result = original(...args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        const done = () => {
          const ms = performance.now() - started;
          counters.sqlMs += ms;
          trace?.push({ sql: text, params, ms });
        };
        (result as Promise<unknown>).then(done, done);
      }
      return result;
    };
    (client as unknown as { query: typeof counted }).query = counted;
  });
}

const postgres = await startEmbeddedPostgres({
  dataDir: settings.dataDir,
  preferredPort: settings.pgPort,
  database: 'congso',
});
let opened: Awaited<ReturnType<typeof open>>;
try {
  opened = await open();
} catch (error) {
  await postgres.stop();
  throw error;
}
const { handle, app, bare, dataset } = opened;

async function open() {
  await migrate(postgres.url);
  const handle = openDatabase(postgres.url);
  countQueries(handle.pool);
  const { db } = handle;
  await syncBuiltinRoles(db);

  const config = loadConfig({
    CONGSO_DATA_DIR: settings.dataDir,
    HOST: '127.0.0.1',
    PORT: String(settings.appPort),
    PUBLIC_URL: `http://127.0.0.1:${settings.appPort}`,
    LOG_LEVEL: settings.logLevel,
    // the per-client budget must not cap the measurement (one client address sends everything)
    RATE_LIMIT_PER_MINUTE: '1000000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const seeded = await seedDemoProvince(db, config.FIXTURES_DIR);
  const portal = settings.portalDossiers
    ? await loadPortalData(db, config.FIXTURES_DIR, settings.portalDossiers, (m) => console.log(m))
    : undefined;
  const count = async (table: 'adminUnits' | 'roleAssignments') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  // the CamelCasePlugin renames the result column
  const version = await sql<{ serverVersion: string }>`show server_version`.execute(db);
  const dataset: Dataset = {
    ...seeded,
    adminUnits: await count('adminUnits'),
    roleAssignments: await count('roleAssignments'),
    postgres: version.rows[0]?.serverVersion ?? 'unknown',
    ...(portal ? { portal } : {}),
  };

  const app = await buildApp({
    config,
    db,
    blobs: createLocalDiskStore(`${settings.dataDir}/blobs`),
    secretBox: createSecretBox('bench-secret-key-for-congso-benchmarks-only'),
  });
  await app.listen({ host: '127.0.0.1', port: settings.appPort });

  // The baseline: Fastify as it comes, one route answering a fixed object (set by the harness).
  const bare = Fastify();
  bare.get('/bare', async () => bareBody);
  await bare.listen({ host: '127.0.0.1', port: settings.barePort });
  return { handle, app, bare, dataset };
}

const postmasterPid = Number(
  readFileSync(path.join(settings.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
);
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time of the embedded PostgreSQL (postmaster and its children: backends, writers) from /proc, ms;
 * NaN where there is no /proc. Resolution: one clock tick (10 ms).
 */
function postgresCpuMs(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  let ticks = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // after "pid (comm) ": state ppid … utime(11) stime(12) cutime(13) cstime(14); the postmaster's cutime and
      // cstime hold the CPU of backends that have exited (the pool closes idle connections)
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) === postmasterPid)
        ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / clockTicks;
}

let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= (async () => {
    await bare.close();
    await app.close();
    await handle.close();
    await postgres.stop();
  })();
  return stopping;
};

/**
 * PostgreSQL's own planning and execution time of a traced SELECT (EXPLAIN ANALYZE, best of 5, so the
 * catalog caches are warm as they are under load). Other statements are not executed again.
 */
async function planAndRun(text: string, params: unknown[]): Promise<Partial<TracedQuery>> {
  if (!/^\s*select\b/i.test(text)) return {};
  let planningMs = Number.POSITIVE_INFINITY;
  let executionMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const result = await handle.pool.query(`explain (analyze, summary, format json) ${text}`, params);
    const plan = (
      result.rows[0] as { 'QUERY PLAN': { 'Planning Time': number; 'Execution Time': number }[] }
    )['QUERY PLAN'][0]!;
    planningMs = Math.min(planningMs, plan['Planning Time']);
    executionMs = Math.min(executionMs, plan['Execution Time']);
  }
  return { planningMs, executionMs };
}

/**
 * The statements of the last trace sent again and again straight through the pg pool (no HTTP, Fastify or
 * Kysely), `concurrency` sequences at a time: what the database work of one request costs on its own.
 */
async function replay(concurrency: number, seconds: number): Promise<ReplayStats> {
  if (lastTrace.length === 0) throw new Error('replay needs a trace first');
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const latencies: number[] = [];
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      for (const statement of lastTrace) await handle.pool.query(statement.sql, statement.params);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpu0);
  return {
    sequences: latencies.length,
    seconds: (performance.now() - started) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    latenciesMs: latencies,
  };
}

async function answer(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'stats': {
      const cpu = process.cpuUsage();
      return {
        ...counters,
        cpuMs: (cpu.user + cpu.system) / 1000,
        postgresCpuMs: postgresCpuMs(),
      } satisfies ServerStats;
    }
    case 'trace-start':
      trace = [];
      return;
    case 'trace-stop': {
      const traced = trace ?? [];
      trace = null;
      lastTrace = traced.map(({ sql, params }) => ({ sql, params }));
      const explained: TracedQuery[] = [];
      for (const { sql, params, ms } of traced)
        explained.push({ sql, ms, ...(await planAndRun(sql, params)) });
      return explained;
    }
    case 'replay':
      return replay(request.concurrency, request.seconds);
    case 'bare-body':
      bareBody = request.body;
      return;
    case 'stop':
      await stop();
      process.exit(0);
  }
}

process.on('message', (request: Request) => {
  answer(request).then(
    (result) => send({ type: 'reply', id: request.id, ok: true, result }),
    (error: Error) => send({ type: 'reply', id: request.id, ok: false, error: error.stack ?? error.message }),
  );
});
// the harness went away (crash, Ctrl-C): do not leave PostgreSQL running
const leave = () => void stop().finally(() => process.exit(0));
process.on('disconnect', leave);
process.on('SIGTERM', leave);

send({ type: 'ready', dataset });
