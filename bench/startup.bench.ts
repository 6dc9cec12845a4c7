import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { configSchema, repoRoot } from '../apps/server/src/platform/config/config.ts';
import { freePort, stopProcess, track, waitFor200 } from './lib/processes.ts';
import { median, round, summarise } from './lib/stats.ts';
import type { BenchContext, BenchResult, Metric } from './lib/types.ts';

export const name = 'startup';
export const description = 'time from spawning `congso start` to a 200 from GET /readyz, cold and warm';

/** Lines `congso start` prints on its way up, in order; the time each appears is recorded. */
const PHASES: { label: string; pattern: RegExp }[] = [
  { label: 'initdb starts', pattern: /initialising embedded PostgreSQL/ },
  { label: 'PostgreSQL accepts connections', pattern: /embedded PostgreSQL ready/ },
  { label: 'migrations applied', pattern: /applied migrations/ },
  { label: 'demo seed starts', pattern: /seeding the demo province/ },
  { label: 'demo seed done', pattern: /demo province ready/ },
  { label: 'web server listening', pattern: /CôngSở ready in/ },
];
const READY = 'GET /readyz answers 200';

const BARE_FASTIFY = `
const app = require('fastify')();
app.get('/readyz', async () => ({ status: 'ok' }));
app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) }).catch((error) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

interface Run {
  /** Spawn to the first 200 from /readyz (or to the exit, for a command that just exits). */
  ms: number;
  stopMs: number;
  /** Phase label → ms since spawn. */
  marks: Map<string, number>;
  lines: string[];
}

/** The environment minus every CôngSở setting (a DATABASE_URL in the shell must not leak in), plus ours. */
function cleanEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(configSchema.shape)) delete env[key];
  return { ...env, ...settings };
}

/** Spawns `args` with node, waits for /readyz, then stops it with SIGTERM; both timed. */
async function startAndStop(args: string[], settings: Record<string, string>): Promise<Run> {
  const port = await freePort();
  const env = cleanEnv({ ...settings, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
  const started = performance.now();
  const child = track(
    spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const marks = new Map<string, number>();
  const lines: string[] = [];
  const collect = (line: string) => {
    const at = performance.now() - started;
    lines.push(line);
    if (lines.length > 200) lines.shift();
    for (const phase of PHASES)
      if (!marks.has(phase.label) && phase.pattern.test(line)) marks.set(phase.label, at);
  };
  createInterface({ input: child.stdout! }).on('line', collect);
  createInterface({ input: child.stderr! }).on('line', collect);
  try {
    const ready = await waitFor200(`http://127.0.0.1:${port}/readyz`, { child });
    marks.set(READY, ready - started);
    const stopped = await stopProcess(child);
    if (stopped.code !== 0)
      throw new Error(`exit code ${stopped.code} (signal ${stopped.signal}) after SIGTERM`);
    return { ms: ready - started, stopMs: stopped.ms, marks, lines };
  } catch (error) {
    await stopProcess(child, 10_000);
    throw new Error(`${args.join(' ')}: ${(error as Error).message}\n${lines.slice(-20).join('\n')}`);
  }
}

/** Spawns `args` with node and times it until it exits by itself. */
async function runToExit(args: string[]): Promise<number> {
  const started = performance.now();
  const child = track(spawn(process.execPath, args, { cwd: repoRoot, env: cleanEnv({}), stdio: 'ignore' }));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return performance.now() - started;
}

const ms = (value: number): Metric => ({ value: round(value), unit: 'ms' });

function timing(runs: Run[] | number[]) {
  const values = runs.map((r) => (typeof r === 'number' ? r : r.ms));
  const s = summarise(values);
  const metrics: Record<string, Metric> = { median: ms(s.median), min: ms(s.min), max: ms(s.max) };
  const stops = runs.flatMap((r) => (typeof r === 'number' ? [] : [r.stopMs]));
  if (stops.length) metrics['stop (SIGTERM → exit), median'] = ms(median(stops));
  return metrics;
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const runs = context.quick ? 1 : 5;
  const cli = ['apps/server/src/cli/main.ts'];
  const bare: Run[] = [];
  const help: number[] = [];
  const cold: Run[] = [];
  const warm: Run[] = [];
  for (let i = 1; i <= runs; i++) {
    // interleaved, so that drift on the machine spreads over every subject alike
    await context.waitForQuiet();
    bare.push(await startAndStop(['-e', BARE_FASTIFY], {}));
    await context.waitForQuiet();
    help.push(await runToExit([...cli, '--help']));
    const dataDir = context.tempDir(`run${i}`);
    const settings = {
      CONGSO_DATA_DIR: dataDir,
      CONGSO_ROLE: 'all',
      SEED_DEMO: 'true',
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    await context.waitForQuiet();
    cold.push(await startAndStop([...cli, 'start'], settings));
    await context.waitForQuiet();
    warm.push(await startAndStop([...cli, 'start'], settings));
    context.log(
      `run ${i}/${runs}: bare ${Math.round(bare.at(-1)!.ms)} ms, --help ${Math.round(help.at(-1)!)} ms, ` +
        `cold ${Math.round(cold.at(-1)!.ms)} ms, warm ${Math.round(warm.at(-1)!.ms)} ms`,
    );
  }

  const seeded = cold[0]!.lines
    .find((l) => /demo province ready/.test(l))
    ?.replace(/^.*demo province ready:\s*/, '');
  const bareMedian = median(bare.map((r) => r.ms));
  const coldMedian = median(cold.map((r) => r.ms));
  const warmMedian = median(warm.map((r) => r.ms));
  const helpMedian = median(help);
  const phaseRows = [...PHASES.map((p) => p.label), READY].map((label) => {
    const at = (set: Run[]) => {
      const values = set.flatMap((r) => (r.marks.has(label) ? [r.marks.get(label)!] : []));
      return values.length ? round(median(values)) : '–';
    };
    return [label, at(cold), at(warm)];
  });

  return {
    method:
      `${runs} runs of each subject, interleaved. The clock starts just before \`spawn(process.execPath, …)\` in ` +
      'the harness and stops when GET /readyz (polled every 5 ms, new connection each time) first answers 200; ' +
      'the process is then stopped with SIGTERM and must exit with code 0 before the next run. **Cold**: ' +
      '`node apps/server/src/cli/main.ts start` with `CONGSO_ROLE=all SEED_DEMO=true` and an empty ' +
      '`CONGSO_DATA_DIR` (initdb, PostgreSQL start, migrations, built-in roles, demo seed, job queue, app). ' +
      '**Warm**: the same command on the data folder the cold run left (PostgreSQL start, nothing to migrate ' +
      'or seed). **Baseline**: `node -e` with a bare Fastify app (`require("fastify")`, one /readyz route) ' +
      'listening, timed the same way: Node start plus Fastify. `congso --help` (all modules loaded, then exit) ' +
      'shows what loading the code costs. Other settings default (LOG_LEVEL info); DATABASE_URL is removed ' +
      'from the environment. The OS file cache is warm in every case: "cold" means an empty data folder.',
    dataset: `Cold start seeds the demo province from FIXTURES_DIR: ${seeded ?? 'see the demo seed'}, plus the administrative units of the fixtures.`,
    subjects: [
      { name: '`node -e` bare Fastify → /readyz 200', baseline: true, metrics: timing(bare) },
      { name: '`congso --help` (load all modules, exit)', metrics: timing(help) },
      { name: '`congso start`, warm (existing data folder)', metrics: timing(warm) },
      { name: '`congso start`, cold (empty data folder)', metrics: timing(cold) },
    ],
    ratios: [
      { label: 'warm start ÷ bare Fastify (medians)', value: round(warmMedian / bareMedian) },
      { label: 'cold start ÷ bare Fastify (medians)', value: round(coldMedian / bareMedian) },
    ],
    tables: [
      {
        title: 'Where the time goes: median ms since spawn at which each line appears',
        columns: ['phase (line printed)', 'cold (ms)', 'warm (ms)'],
        rows: phaseRows,
      },
    ],
    notes: [
      `CôngSở adds ${Math.round(warmMedian - bareMedian)} ms to a bare Fastify start when warm and ` +
        `${Math.round(coldMedian - bareMedian)} ms when cold; loading the code (\`--help\`) alone takes ` +
        `${Math.round(helpMedian)} ms, ${Math.round((helpMedian / warmMedian) * 100)}% of the warm start.`,
    ],
  };
}
