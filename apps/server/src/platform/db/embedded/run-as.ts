import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

function lookup(name: string): RunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid, name };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root, run it as the system user `postgres`, creating that
 * user if the machine has none. Returns undefined when we are not root (run as ourselves).
 */
export function postgresRunAs(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const existing = lookup('postgres');
  if (existing) return existing;
  try {
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    throw new Error(
      `Running as root: could not create the system user "postgres" to run PostgreSQL (${String(error)})`,
    );
  }
  const created = lookup('postgres');
  if (!created)
    throw new Error('Running as root: the system user "postgres" was created but cannot be found');
  return created;
}

/** Throws a clear message when `user` cannot reach `dir` (PostgreSQL would fail with a terse one). */
export function assertReachable(dir: string, user: RunAs): void {
  let current = path.resolve(dir);
  const blocked: string[] = [];
  while (true) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
    const st = statSync(current);
    const canTraverse =
      st.uid === user.uid
        ? (st.mode & 0o100) !== 0
        : st.gid === user.gid
          ? (st.mode & 0o010) !== 0
          : (st.mode & 0o001) !== 0;
    if (!canTraverse) blocked.push(current);
  }
  if (blocked.length > 0) {
    throw new Error(
      `PostgreSQL runs as the user "${user.name}", who cannot enter ${blocked.join(', ')}. ` +
        `Move the project elsewhere, set CONGSO_DATA_DIR to a reachable folder, or allow traversal (chmod o+x ${blocked[0]}).`,
    );
  }
}
