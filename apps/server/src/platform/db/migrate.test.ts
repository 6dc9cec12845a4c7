import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrate, migrationsDir, readMigrations } from './migrate.ts';

const adminUrl = inject('pgAdminUrl');
const created: string[] = [];
const dirs: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `congso_migrate_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function appliedVersions(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ version: number }>(
    'select version from schema_migrations order by version',
  );
  await client.end();
  return rows.map((r) => r.version);
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('apply forward, each once, and nothing on a second run', async () => {
    const url = await emptyDatabase();
    const first = await migrate(url);
    expect(first.applied).toHaveLength(readMigrations().length);
    expect((await migrate(url)).applied).toEqual([]);
    expect(await appliedVersions(url)).toEqual(readMigrations().map((m) => m.version));
  });

  it('two nodes starting at once do not race: the advisory lock makes one wait, migrations apply once', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, readMigrations().length]);
    expect(await appliedVersions(url)).toEqual(readMigrations().map((m) => m.version));
  });

  it('a failing migration rolls back completely and stops the start', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'congso-migrations-'));
    dirs.push(dir);
    cpSync(migrationsDir, dir, { recursive: true });
    const next = String(readMigrations().length + 1).padStart(4, '0');
    writeFileSync(path.join(dir, `${next}_broken.sql`), 'create table half_done (id int); select 1/0;');
    const url = await emptyDatabase();
    await expect(migrate(url, dir)).rejects.toThrow(/broken.*division by zero/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("select to_regclass('half_done') as t");
    await client.end();
    expect(rows[0].t).toBeNull();
    expect(await appliedVersions(url)).toEqual(readMigrations().map((m) => m.version));
  });

  it('refuses a database whose applied migration was edited since', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'congso-migrations-'));
    dirs.push(dir);
    cpSync(migrationsDir, dir, { recursive: true });
    const url = await emptyDatabase();
    await migrate(url, dir);
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, `0001_${first.name}.sql`), `${first.sql}\n-- edited`);
    await expect(migrate(url, dir)).rejects.toThrow(/edited after it was applied/);
  });

  it('makes Vietnamese searchable without diacritics', async () => {
    const url = await emptyDatabase();
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "select search_key('Quyết định thành lập Đoàn') as key, to_tsvector('vietnamese', 'Quyết định thành lập') @@ plainto_tsquery('vietnamese', 'quyet dinh thanh lap') as fts",
    );
    await client.end();
    expect(rows[0]).toEqual({ key: 'quyet dinh thanh lap doan', fts: true });
  });
});
