import autocannon, { type Client, type Result } from 'autocannon';
import { machineBusySince } from './machine.ts';
import { percentile } from './stats.ts';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of load first, thrown away (JIT, pools, caches). */
  warmup?: number;
  headers?: Record<string, string>;
  /**
   * Paths (with their query) to request in turn instead of the url's own, each connection starting at its
   * own place in the list: a workload of many different requests (searches no cache has seen yet).
   */
  paths?: string[];
  /** Called after the warm-up, just before the measured part (e.g. to read the server's counters). */
  beforeMeasure?: () => Promise<void>;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  /** From every response's own timing (autocannon's histogram rounds to whole milliseconds). */
  latencyMs: { p50: number; p97_5: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  /** CPU time of this (load-generating) process during the measured part. */
  loadgenCpuMs: number;
  /** Share of the machine's CPUs busy during the measured part (all processes), 0–1. */
  machineBusy: number;
}

/**
 * Each connection's share of `paths`: the list rotated to start at its own place, `phase` (0–1) into its
 * share, so that the measured part does not repeat what the warm-up sent.
 */
function spreadPaths(paths: string[], connections: number, phase: number) {
  let next = 0;
  return (client: Client) => {
    const start = Math.floor(((next++ % connections) + phase) * (paths.length / connections));
    client.setRequests(
      [...paths.slice(start), ...paths.slice(0, start)].map((path) => ({ method: 'GET', path })),
    );
  };
}

function once(options: LoadOptions, latencies?: number[], phase = 0) {
  return new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        pipelining: 1,
        timeout: 10,
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.paths ? { setupClient: spreadPaths(options.paths, options.connections, phase) } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) {
      instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
      });
    }
  });
}

/**
 * HTTP load with autocannon from this process (one connection per `connections`, no pipelining), after a
 * warm-up. The server under test must run in another process: sharing an event loop with the load
 * generator would measure both at once.
 */
export async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmup) await once({ ...options, duration: options.warmup });
  await options.beforeMeasure?.();
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const busy = machineBusySince();
  const started = performance.now();
  const result = await once(options, latencies, 0.5);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const machineBusy = busy();
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    latencyMs: {
      p50: percentile(sorted, 50),
      p97_5: percentile(sorted, 97.5),
      p99: percentile(sorted, 99),
      mean: sum / latencies.length,
      max: sorted.at(-1) ?? Number.NaN,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    loadgenCpuMs: (cpu.user + cpu.system) / 1000,
    machineBusy,
  };
}
