// `npm run bench [-- names…] [--quick] [--list]`: runs the benchmarks in bench/*.bench.ts and rewrites
// BENCHMARKS.md. How to add one: see the top of BENCHMARKS.md (bench/lib/report.ts writes it).

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../apps/server/src/platform/config/config.ts';
import { describeMachine, machineLine, waitForQuiet } from './lib/machine.ts';
import { terminateTracked, terminateTrackedAndWait } from './lib/processes.ts';
import { renderReport, renderSection } from './lib/report.ts';
import { formatNumber } from './lib/stats.ts';
import type { BenchContext, BenchModule, BenchResult } from './lib/types.ts';

const benchDir = import.meta.dirname;
const reportFile = path.join(repoRoot, 'BENCHMARKS.md');
/** Every data folder handed out, for the Ctrl-C handler. */
const allCreated: string[] = [];

async function discover(): Promise<BenchModule[]> {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const modules: BenchModule[] = [];
  for (const file of files) {
    const loaded = (await import(path.join(benchDir, file))) as Partial<BenchModule>;
    if (
      typeof loaded.name !== 'string' ||
      typeof loaded.description !== 'string' ||
      typeof loaded.run !== 'function'
    )
      throw new Error(`bench/${file} must export name, description and run()`);
    if (modules.some((m) => m.name === loaded.name))
      throw new Error(`bench/${file}: name ${loaded.name} is taken`);
    modules.push(loaded as BenchModule);
  }
  return modules;
}

function contextFor(
  module: BenchModule,
  quick: boolean,
  created: string[],
  background: number[],
): BenchContext {
  const base = path.join(repoRoot, '.data');
  const log = (message: string) => console.error(`[bench ${module.name}] ${message}`);
  return {
    quick,
    log,
    async waitForQuiet() {
      const busy = await waitForQuiet(log, quick ? { sampleMs: 300, maxWaitMs: 0 } : {});
      background.push(busy);
      return busy;
    },
    tempDir(label = 'data') {
      mkdirSync(base, { recursive: true, mode: 0o711 });
      const dir = mkdtempSync(path.join(base, `bench-${module.name}-${label}-`));
      created.push(dir);
      allCreated.push(dir);
      return dir;
    },
  };
}

function printSummary(module: BenchModule, result: BenchResult, seconds: number): void {
  console.log(`\n${module.name}: ${module.description} (${seconds.toFixed(1)} s)`);
  for (const subject of result.subjects) {
    const metrics = Object.entries(subject.metrics)
      .map(([key, m]) => `${key} ${formatNumber(m.value)}${m.unit ? ` ${m.unit}` : ''}`)
      .join(', ');
    console.log(`  ${subject.baseline ? '[baseline] ' : ''}${subject.name}: ${metrics}`);
  }
  for (const ratio of result.ratios) console.log(`  ratio ${ratio.label}: ${formatNumber(ratio.value)}×`);
  for (const note of result.notes ?? []) console.log(`  note: ${note}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const modules = await discover();
  if (values.help) {
    console.log(
      'npm run bench [-- <name>…] [--quick] [--list]\n  --quick  short runs, BENCHMARKS.md untouched',
    );
    return 0;
  }
  if (values.list) {
    for (const m of modules) console.log(`${m.name.padEnd(16)} ${m.description}`);
    return 0;
  }
  const unknown = positionals.filter((n) => !modules.some((m) => m.name === n));
  if (unknown.length) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}; known: ${modules.map((m) => m.name).join(', ')}`,
    );
    return 2;
  }
  const selected = positionals.length ? modules.filter((m) => positionals.includes(m.name)) : modules;

  const machine = describeMachine();
  console.log(
    `Machine: ${machineLine(machine)}${values.quick ? ' (quick run: BENCHMARKS.md untouched)' : ''}`,
  );
  const fresh = new Map<string, string>();
  const failed: string[] = [];
  const started = performance.now();
  for (const module of selected) {
    const created: string[] = [];
    const log = (message: string) => console.error(`[bench ${module.name}] ${message}`);
    const background = [
      await waitForQuiet(
        log,
        values.quick ? { sampleMs: 300, maxWaitMs: 0 } : { sampleMs: 2000, maxWaitMs: 60_000 },
      ),
    ];
    const t0 = performance.now();
    try {
      const result = await module.run(contextFor(module, values.quick, created, background));
      printSummary(module, result, (performance.now() - t0) / 1000);
      fresh.set(module.name, renderSection(module, result, machine, Math.max(...background)));
    } catch (error) {
      failed.push(module.name);
      console.error(`\n${module.name} FAILED: ${(error as Error).stack ?? error}`);
    } finally {
      // a failed benchmark may leave children running: they must let go of the folders first
      await terminateTrackedAndWait();
      if (!process.env.BENCH_KEEP) for (const dir of created) rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);

  if (!values.quick && fresh.size > 0) {
    const previous = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    writeFileSync(reportFile, renderReport(modules, fresh, previous, machine));
    // the repository's Markdown style, in case biome checks Markdown (nothing happens when it ignores it)
    try {
      execFileSync(
        path.join(repoRoot, 'node_modules/.bin/biome'),
        ['format', '--write', '--no-errors-on-unmatched', reportFile],
        { stdio: 'pipe' },
      );
    } catch (error) {
      console.error(`biome format BENCHMARKS.md failed: ${(error as Error).message}`);
    }
    console.log(`BENCHMARKS.md updated: ${[...fresh.keys()].join(', ')}`);
  }
  return failed.length ? 1 : 0;
}

// Ctrl-C: children stop (a `congso start` or API server child stops its PostgreSQL), then data folders go
process.on('SIGINT', () => {
  void terminateTrackedAndWait().finally(() => {
    if (!process.env.BENCH_KEEP) for (const dir of allCreated) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
});
process.on('exit', terminateTracked);

process.exit(await main());
