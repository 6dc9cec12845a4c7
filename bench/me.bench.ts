import os from 'node:os';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo-province-data.ts';
import { type ApiServer, type ServerStats, startApiServer } from './lib/api-server-control.ts';
import { generateLoad } from './lib/load.ts';
import { machineBusySince } from './lib/machine.ts';
import { percentile, round } from './lib/stats.ts';
import type { BenchContext, BenchResult, Metric, Subject } from './lib/types.ts';

export const name = 'me';
export const description =
  'GET /api/me requests per second with a valid session, against a bare Fastify route';

/** A leader of the provincial People's Committee: an official with an agency, a department and a role. */
const USER = 'lanhdao.ubnd';
const CONNECTIONS = 10;
const cores = os.cpus().length;

/** One row of the table, whatever produced it (HTTP load, or the SQL replay). */
interface Row {
  requests: number;
  seconds: number;
  latencyMs: { p50: number; p97_5: number; p99: number };
  queries: number;
  sqlMs: number;
  serverCpuMs: number;
  postgresCpuMs: number;
  /** Undefined when there is no load generator (the replay runs inside the server process). */
  loadgenCpuMs?: number;
  machineBusy: number;
}

/** Share of all CPUs (0–1) busy with processes other than ours (server, PostgreSQL, load generator). */
function otherWork(row: Row): number {
  const ours =
    row.serverCpuMs + (Number.isNaN(row.postgresCpuMs) ? 0 : row.postgresCpuMs) + (row.loadgenCpuMs ?? 0);
  return Math.max(0, row.machineBusy - ours / (cores * row.seconds * 1000));
}

const ATTEMPTS = 3;
const TOLERATED_OTHER_WORK = 0.1;

/**
 * Measures up to ATTEMPTS times while other work on the machine took more than TOLERATED_OTHER_WORK of the
 * CPUs during the measurement (a shared machine: others' builds and tests); keeps the least disturbed.
 */
async function leastDisturbed(context: BenchContext, label: string, once: () => Promise<Row>): Promise<Row> {
  let best: Row | undefined;
  for (let attempt = 1; attempt <= (context.quick ? 1 : ATTEMPTS); attempt++) {
    await context.waitForQuiet();
    const row = await once();
    if (!best || otherWork(row) < otherWork(best)) best = row;
    if (otherWork(best) <= TOLERATED_OTHER_WORK) break;
    context.log(
      `${label}: other work took ${Math.round(otherWork(row) * 100)}% of the CPUs; measuring again`,
    );
  }
  return best!;
}

function measure(
  context: BenchContext,
  server: ApiServer,
  url: string,
  options: { connections: number; duration: number; warmup: number; headers?: Record<string, string> },
): Promise<Row> {
  return leastDisturbed(context, url, () => measureOnce(server, url, options));
}

async function measureOnce(
  server: ApiServer,
  url: string,
  options: { connections: number; duration: number; warmup: number; headers?: Record<string, string> },
): Promise<Row> {
  let before: ServerStats | undefined;
  const load = await generateLoad({
    url,
    ...options,
    beforeMeasure: async () => {
      before = await server.stats();
    },
  });
  const after = await server.stats();
  if (load.non2xx || load.errors)
    throw new Error(`${url}: ${load.non2xx} non-2xx answers and ${load.errors} errors under load`);
  return {
    requests: load.requests,
    seconds: load.seconds,
    latencyMs: load.latencyMs,
    queries: after.queries - before!.queries,
    sqlMs: after.sqlMs - before!.sqlMs,
    serverCpuMs: after.cpuMs - before!.cpuMs,
    postgresCpuMs: after.postgresCpuMs - before!.postgresCpuMs,
    loadgenCpuMs: load.loadgenCpuMs,
    machineBusy: load.machineBusy,
  };
}

/** The traced statements of one /api/me, `concurrency` sequences at a time, inside the server process. */
function measureReplay(
  context: BenchContext,
  server: ApiServer,
  concurrency: number,
  seconds: number,
): Promise<Row> {
  return leastDisturbed(context, 'SQL replay', () => replayOnce(server, concurrency, seconds));
}

async function replayOnce(server: ApiServer, concurrency: number, seconds: number): Promise<Row> {
  await server.replay(concurrency, 1);
  const before = await server.stats();
  const busy = machineBusySince();
  const replay = await server.replay(concurrency, seconds);
  const machineBusy = busy();
  const after = await server.stats();
  const sorted = Float64Array.from(replay.latenciesMs).sort();
  return {
    requests: replay.sequences,
    seconds: replay.seconds,
    latencyMs: { p50: percentile(sorted, 50), p97_5: percentile(sorted, 97.5), p99: percentile(sorted, 99) },
    queries: after.queries - before.queries,
    // pool.query uses callbacks, which the counting wrapper does not time: the sequence is all SQL
    sqlMs: replay.latenciesMs.reduce((a, b) => a + b, 0),
    serverCpuMs: replay.cpuMs,
    postgresCpuMs: after.postgresCpuMs - before.postgresCpuMs,
    machineBusy,
  };
}

const rps = (row: Row) => row.requests / row.seconds;

const SPEED = 'throughput and latency';
const COST = 'cost per request and CPU';

function metrics(row: Row): Record<string, Metric> {
  const perRequest = (value: number) => value / row.requests;
  const coreShare = (cpuMs: number) => (cpuMs / (row.seconds * 1000)) * 100;
  const speed = (value: number, unit: string): Metric => ({ value: round(value), unit, group: SPEED });
  const cost = (value: number, unit: string): Metric => ({ value: round(value), unit, group: COST });
  return {
    'req/s': speed(rps(row), ''),
    p50: speed(row.latencyMs.p50, 'ms'),
    'p97.5': speed(row.latencyMs.p97_5, 'ms'),
    p99: speed(row.latencyMs.p99, 'ms'),
    'SQL statements': cost(perRequest(row.queries), ''),
    'waiting on SQL': cost(perRequest(row.sqlMs), 'ms'),
    'server CPU': cost(perRequest(row.serverCpuMs) * 1000, 'µs'),
    'PostgreSQL CPU': cost(perRequest(row.postgresCpuMs) * 1000, 'µs'),
    'server process': cost(coreShare(row.serverCpuMs), '% of a core'),
    PostgreSQL: cost(coreShare(row.postgresCpuMs), '% of a core'),
    'load generator': cost(
      row.loadgenCpuMs === undefined ? Number.NaN : coreShare(row.loadgenCpuMs),
      '% of a core',
    ),
    'machine busy': cost(row.machineBusy * 100, `% of ${cores} cores`),
    'of which other work': cost(otherWork(row) * 100, `% of ${cores} cores`),
  };
}

/** `select a, b, … from x join y where …`: the first columns, then everything from `from` on. */
function summariseSql(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replaceAll('"', '');
  const from = flat.indexOf(' from ');
  if (from < 0) return flat.slice(0, 200);
  const columns = flat.slice(0, from);
  const cut = columns.length > 40 ? columns.lastIndexOf(',', 40) : -1;
  const head = cut > 0 ? `${columns.slice(0, cut)}, …` : columns;
  const tail = flat.slice(from, from + 220);
  return `${head}${tail}${flat.length > from + 220 ? ' …' : ''}`;
}

async function login(appUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USER, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${USER}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('congso_session='));
  if (!cookie) throw new Error('login set no congso_session cookie');
  return cookie.split(';')[0]!;
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const duration = context.quick ? 2 : 10;
  const warmup = context.quick ? 1 : 3;
  context.log('starting embedded PostgreSQL, migrating, seeding the demo province, building the app…');
  const server = await startApiServer(context);
  try {
    const cookie = await login(server.appUrl);
    const headers = { cookie };

    // the bare route answers exactly what /api/me answers for this user
    const meResponse = await fetch(`${server.appUrl}/api/me`, { headers });
    const meText = await meResponse.text();
    if (meResponse.status !== 200) throw new Error(`GET /api/me: ${meResponse.status} ${meText}`);
    const me = JSON.parse(meText) as { roles: unknown[] };
    await server.setBareBody(me);

    // one request, every statement recorded
    await server.startTrace();
    await fetch(`${server.appUrl}/api/me`, { headers }).then((r) => r.arrayBuffer());
    const traced = await server.stopTrace();

    const loaded = { connections: CONNECTIONS, duration, warmup };
    context.log(`bare Fastify route, ${CONNECTIONS} connections, ${duration} s…`);
    const bare = await measure(context, server, `${server.bareUrl}/bare`, loaded);
    context.log(`GET /api/auth/config (no session), ${CONNECTIONS} connections, ${duration} s…`);
    const config = await measure(context, server, `${server.appUrl}/api/auth/config`, loaded);
    context.log(`GET /api/auth/config with the session cookie, ${CONNECTIONS} connections, ${duration} s…`);
    const session = await measure(context, server, `${server.appUrl}/api/auth/config`, {
      ...loaded,
      headers,
    });
    context.log(`GET /api/me, ${CONNECTIONS} connections, ${duration} s…`);
    const meLoaded = await measure(context, server, `${server.appUrl}/api/me`, { ...loaded, headers });
    context.log(`GET /api/me, 1 connection, ${Math.ceil(duration / 2)} s…`);
    const meAlone = await measure(context, server, `${server.appUrl}/api/me`, {
      connections: 1,
      duration: Math.ceil(duration / 2),
      warmup: 1,
      headers,
    });
    context.log(
      `the ${traced.length} SQL statements of /api/me replayed through pg, ${CONNECTIONS} at a time, ${duration} s…`,
    );
    const sqlOnly = await measureReplay(context, server, CONNECTIONS, duration);

    const subjects: Subject[] = [
      {
        name: 'bare Fastify `GET /bare`',
        baseline: true,
        metrics: metrics(bare),
      },
      {
        name: '`GET /api/auth/config`, no cookie',
        metrics: metrics(config),
      },
      { name: '`GET /api/auth/config`, session cookie', metrics: metrics(session) },
      { name: '`GET /api/me`', metrics: metrics(meLoaded) },
      { name: '`GET /api/me`, 1 connection', metrics: metrics(meAlone) },
      {
        name: `its ${traced.length} SQL statements alone, via pg`,
        metrics: metrics(sqlOnly),
      },
    ];
    const d = server.dataset;
    const planning = traced.reduce((sum, q) => sum + (q.planningMs ?? 0), 0);
    const execution = traced.reduce((sum, q) => sum + (q.executionMs ?? 0), 0);
    const sqlPerRequest = meLoaded.queries / meLoaded.requests;
    const cpuUs = (row: Row) => (row.serverCpuMs / row.requests) * 1000;
    return {
      method:
        'One child process runs both servers: the real app (`buildApp` from apps/server/src/app.ts, ' +
        'LOG_LEVEL info written to a file, RATE_LIMIT_PER_MINUTE raised to 10⁹ so it never caps, pool of ' +
        '20 connections as in `congso start`) and, as the baseline, a bare `Fastify()` app whose one route ' +
        'answers the same JSON object /api/me returns (plain JSON.stringify, no hooks, no database). ' +
        '`/api/auth/config` is a public route of the real app without SQL: it shows the cost of the platform ' +
        'hooks alone (request id, pino request log, helmet, rate limit, CSRF, session hook without a cookie, ' +
        'zod serialiser); sent with the session cookie, it adds the session hook (resolving the cookie to an ' +
        'actor). `/api/me` carries the session cookie of `' +
        USER +
        '` (logged in through POST /api/auth/login first). The load comes from the harness process ' +
        `(autocannon 9, ${CONNECTIONS} keep-alive connections, no pipelining; ${warmup} s warm-up discarded, ` +
        `then ${duration} s measured; /api/me also at 1 connection for ${Math.ceil(duration / 2)} s), so the ` +
        "load generator never shares the server's event loop; on a 2-core machine it still competes for CPU " +
        'with the server and PostgreSQL, and the CPU columns show who was busy (PostgreSQL: the postmaster and its ' +
        'children, read from /proc; machine busy: every process, others included). Latency percentiles come from ' +
        'each response’s own timing (sub-millisecond). SQL statements are counted by wrapping `query` on every ' +
        'connection of the app’s pg pool; "waiting on SQL" is the time from sending a statement to its result ' +
        'as the app sees it. The last row replays the statements traced from one /api/me, with their ' +
        `parameters, straight through the app's pg pool inside the server process, ${CONNECTIONS} sequences ` +
        'at a time: the database work of a request without HTTP, Fastify or Kysely. The machine is shared: a ' +
        `measurement during which other processes took more than ${TOLERATED_OTHER_WORK * 100}% of the CPUs is ` +
        `repeated (at most ${ATTEMPTS} times) and the least disturbed kept; "of which other work" shows what ` +
        'remained.',
      dataset:
        `Embedded PostgreSQL ${d.postgres} (fresh cluster, default settings) migrated and seeded with ` +
        `seedDemoProvince: ${d.agencies} agencies, ${d.departments} departments, ${d.officials} officials, ` +
        `${d.users} accounts, ${d.roleAssignments} role assignments, ${d.adminUnits} administrative units; one ` +
        `session. /api/me answers ${meText.length} bytes of JSON (${me.roles.length} role${me.roles.length === 1 ? '' : 's'}).`,
      subjects,
      ratios: [
        { label: '/api/me ÷ bare Fastify (req/s)', value: round(rps(meLoaded) / rps(bare)) },
        {
          label: '/api/auth/config without cookie ÷ bare Fastify (req/s)',
          value: round(rps(config) / rps(bare)),
        },
        { label: '/api/me ÷ its SQL alone (req/s)', value: round(rps(meLoaded) / rps(sqlOnly)) },
      ],
      tables: [
        {
          title:
            'SQL statements of one GET /api/me (one request traced on the idle server; planning and execution ' +
            'from EXPLAIN ANALYZE, best of 5)',
          columns: ['#', 'statement', 'round trip (ms)', 'PostgreSQL planning (ms)', 'execution (ms)'],
          rows: traced.map((q, i) => [
            String(i + 1),
            `\`${summariseSql(q.sql)}\``,
            round(q.ms),
            q.planningMs === undefined ? '–' : round(q.planningMs),
            q.executionMs === undefined ? '–' : round(q.executionMs),
          ]),
        },
      ],
      notes: [
        `GET /api/me costs ${round(sqlPerRequest)} SQL statements per request under load ` +
          `(${traced.length} in the traced request), each a separate pool checkout and round trip; ` +
          `at 1 connection ${round(meAlone.sqlMs / meAlone.requests)} ms of the ` +
          `${round(meAlone.latencyMs.p50)} ms median latency is spent waiting on them.`,
        `Planned from scratch, the ${traced.length} statements of one /api/me take ${round(planning)} ms of ` +
          `planning against ${round(execution)} ms of execution (EXPLAIN ANALYZE); the app sends ` +
          `${traced.filter((q) => q.sql.includes('/* prepare */')).length} of them as named prepared ` +
          'statements, planned once per connection.',
        `The session hook on a public route with the cookie costs ` +
          `${round(session.queries / session.requests)} statements and brings /api/auth/config from ` +
          `${Math.round(rps(config))} to ${Math.round(rps(session))} req/s.`,
        `Server CPU per request: ${Math.round(cpuUs(bare))} µs bare, ${Math.round(cpuUs(config))} µs through ` +
          `the platform hooks without SQL, ${Math.round(cpuUs(session))} µs with the session hook, ` +
          `${Math.round(cpuUs(meLoaded))} µs for /api/me, of which the bare pg round trips of its statements ` +
          `account for ${Math.round(cpuUs(sqlOnly))} µs (replay row). PostgreSQL CPU per /api/me: ` +
          `${Math.round((meLoaded.postgresCpuMs / meLoaded.requests) * 1000)} µs.`,
      ],
    };
  } finally {
    await server.stop();
  }
}
