import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config/config.ts';
import { type EmbeddedServer, startEmbeddedPostgres } from './launcher.ts';
import { isAlive } from './processes.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'congso-launcher-'));
const started: EmbeddedServer[] = [];

afterAll(async () => {
  for (const server of started.reverse()) await server.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(preferredPort = 0): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ dataDir, preferredPort, database: 'congso' });
  started.push(server);
  return server;
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
}

function holdInChild(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'apps/server/test/fixtures/hold-embedded.ts'), dataDir, '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk) => resolve({ child, port: JSON.parse(String(chunk)).port }));
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
}

describe('embedded PostgreSQL launcher', () => {
  it('initialises a cluster on first start and keeps the data between runs', async () => {
    const first = await start();
    expect(first.owned).toBe(true);
    await query(first.url, "create table kept (v text); insert into kept values ('còn đây')");
    await first.stop();
    const second = await start();
    expect(await query(second.url, 'select v from kept')).toEqual([{ v: 'còn đây' }]);
    expect(
      (await query(second.url, "select current_setting('server_version_num')::int as v"))[0].v,
    ).toBeGreaterThanOrEqual(150000);
    await second.stop();
  });

  it('recovers when the process that started it was killed with kill -9, stopping the orphaned server', async () => {
    const { child, port } = await holdInChild();
    const orphan = postmasterPid();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isAlive(orphan)).toBe(true); // the server outlived its owner
    const server = await start(port);
    expect(server.owned).toBe(true);
    expect(isAlive(orphan)).toBe(false);
    expect(await query(server.url, 'select v from kept')).toEqual([{ v: 'còn đây' }]);
    await server.stop();
  });

  it('removes a stale postmaster.pid whose pid is now some other process', async () => {
    const file = path.join(dataDir, 'postgres/postmaster.pid');
    const server = await start();
    const content = readFileSync(file, 'utf8');
    await server.stop();
    // the pid of this test process: alive, but not PostgreSQL
    writeFileSync(file, content.replace(/^\d+/, String(process.pid)));
    const again = await start();
    expect(await query(again.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await again.stop();
  });

  it('picks a free port when the preferred one is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const server = await start(taken);
      expect(server.port).not.toBe(taken);
      expect(await query(server.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
      await server.stop();
    } finally {
      blocker.close();
    }
  });

  it('a second process attaches to a running server and leaves it running when it stops', async () => {
    const { child, port } = await holdInChild();
    try {
      const attached = await start(54329);
      expect(attached.owned).toBe(false);
      expect(attached.port).toBe(port);
      await attached.stop();
      expect(isAlive(postmasterPid())).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // and the next start cleans up after the killed owner
    const server = await start();
    expect(server.owned).toBe(true);
    await server.stop();
  });
});
