import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const children = new Set<ChildProcess>();

/**
 * Remembers a child so it is sent SIGTERM if the harness exits or is interrupted before stopping it
 * (a `congso start` child then stops its embedded PostgreSQL itself).
 */
export function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM to every tracked child still running (on exit or Ctrl-C of the harness). */
export function terminateTracked(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

/** SIGTERM to every tracked child, then wait (up to `timeoutMs`) until they have exited. */
export async function terminateTrackedAndWait(timeoutMs = 15_000): Promise<void> {
  const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  const exited = running.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve())));
  terminateTracked();
  await Promise.race([Promise.all(exited), sleep(timeoutMs)]);
}

/** A TCP port nothing listens on right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2000 }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(0));
  });
}

/**
 * Polls `url` every `intervalMs` until it answers 200; returns `performance.now()` at that answer.
 * Fails when `child` exits first or after `timeoutMs`.
 */
export async function waitFor200(
  url: string,
  options: { child?: ChildProcess; intervalMs?: number; timeoutMs?: number } = {},
): Promise<number> {
  const deadline = performance.now() + (options.timeoutMs ?? 180_000);
  const child = options.child;
  while (performance.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `process exited (code ${child.exitCode}, signal ${child.signalCode}) before ${url} was ready`,
      );
    }
    if ((await getStatus(url)) === 200) return performance.now();
    await sleep(options.intervalMs ?? 5);
  }
  throw new Error(`${url} did not answer 200 within ${options.timeoutMs ?? 180_000} ms`);
}

export interface Stopped {
  /** From the signal to the process's exit. */
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** SIGTERM, then wait for the exit; SIGKILL after `timeoutMs` (reported as a failure by the caller). */
export async function stopProcess(child: ChildProcess, timeoutMs = 60_000): Promise<Stopped> {
  const started = performance.now();
  if (child.exitCode !== null || child.signalCode !== null) {
    return { ms: 0, code: child.exitCode, signal: child.signalCode };
  }
  const exited = new Promise<Stopped>((resolve) =>
    child.once('exit', (code, signal) => resolve({ ms: performance.now() - started, code, signal })),
  );
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}
