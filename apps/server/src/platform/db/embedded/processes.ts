import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when `pid` runs; a zombie (killed, not yet reaped by its parent) counts as gone. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** True when `pid` is a running PostgreSQL server process (the pid may have been reused by something else). */
export function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return argv0.endsWith('/postgres') || argv0 === 'postgres' || argv0.startsWith('postgres:');
  } catch {
    // no /proc (macOS): trust the liveness check
    return true;
  }
}

/** Sends `signal` and waits up to `timeoutMs` for the process to exit. */
export async function signalAndWait(
  pid: number,
  signal: NodeJS.Signals,
  timeoutMs: number,
): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch {
    return !isAlive(pid);
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** Stops a PostgreSQL postmaster: fast shutdown, then immediate, then kill. */
export async function stopPostmaster(pid: number): Promise<void> {
  if (await signalAndWait(pid, 'SIGINT', 30_000)) return;
  if (await signalAndWait(pid, 'SIGQUIT', 5_000)) return;
  await signalAndWait(pid, 'SIGKILL', 5_000);
}
