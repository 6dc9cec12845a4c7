import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveBinaries } from '../../apps/server/src/platform/db/embedded/binaries.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** ISO date and time the run started (UTC). */
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the numbers. */
  loadAverage: number;
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    // not Linux, or no os-release: fall through
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

/** Version of the PostgreSQL binaries the embedded server runs (`postgres --version`). */
export function embeddedPostgresVersion(): string {
  try {
    const binaries = resolveBinaries();
    const output = execFileSync(binaries.postgres, ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: path.join(binaries.nativeDir, 'lib') },
    });
    return output.trim().replace(/^postgres \(PostgreSQL\)\s*/, '');
  } catch (error) {
    return `unknown (${(error as Error).message.split('\n')[0]})`;
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    postgres: embeddedPostgresVersion(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** One line for a section: where and when its numbers were taken. */
export function machineLine(machine: Machine): string {
  return `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB · Node ${machine.node} · PostgreSQL ${machine.postgres} · load ${machine.loadAverage}`;
}

function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}

/** Starts measuring; the returned function gives the share of all CPUs busy since (every process), 0–1. */
export function machineBusySince(): () => number {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    return (end.busy - start.busy) / Math.max(1, end.total - start.total);
  };
}

/**
 * Samples how busy the CPUs are while nothing of ours runs (others' builds and tests skew the numbers) and
 * waits, up to `maxWaitMs`, for a sample at or below `threshold`. Returns the last sample (0–1).
 */
export async function waitForQuiet(
  log: (message: string) => void,
  options: { sampleMs?: number; maxWaitMs?: number; threshold?: number } = {},
): Promise<number> {
  const { sampleMs = 1000, maxWaitMs = 30_000, threshold = 0.15 } = options;
  const deadline = performance.now() + maxWaitMs;
  let busy = 0;
  let told = false;
  do {
    const since = machineBusySince();
    await sleep(sampleMs);
    busy = since();
    if (busy <= threshold || maxWaitMs <= 0) return busy;
    if (!told) log(`CPUs ${Math.round(busy * 100)}% busy with other work; waiting for quiet…`);
    told = true;
  } while (performance.now() < deadline);
  log(`CPUs still ${Math.round(busy * 100)}% busy with other work; measuring anyway`);
  return busy;
}
