import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { recordAudit } from '../audit/recorder.ts';
import { systemContext } from '../context.ts';
import { openDatabase } from '../db/database.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { END_OF_ARCHIVE, openArchive, smallEntry } from './archive.ts';
import { listSequences, listTables } from './catalog.ts';
import { qualified } from './format.ts';

/** Test helpers for backup and restore: databases made and dropped per test file, seeding, comparing. */

const created: string[] = [];

afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

/** A new database: `empty` (nothing at all, as on a fresh server) or cloned from the migrated template. */
export async function newDatabase(kind: 'empty' | 'template'): Promise<string> {
  const name = `congso_backup_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    await admin.query(
      kind === 'template'
        ? `create database ${name} template ${inject('pgTemplate')}`
        : `create database ${name}`,
    );
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export const TRICKY_TEXT = 'Tab\there, newline\nthere, backslash \\ and "quotes", Đà Nẵng, \\N, emoji 🏛️';

export interface Seeded {
  blobs: { key: string; sha256: string; size: number }[];
  auditEntries: number;
}

/**
 * The directory fixture plus rows in every table of the schema, with values that are hard for COPY text
 * (tabs, newlines, backslashes, \N, non-ASCII, JSON, arrays), an audit chain, enough session rows to split a
 * table into several archive parts, and files of several sizes (empty, small, several MB).
 */
export async function seedEverything(url: string, blobs: BlobStore): Promise<Seeded> {
  const handle = openDatabase(url, { max: 2 });
  const { db } = handle;
  try {
    const fixture = await seedDirectoryFixture(db);
    const sysadmin = fixture.users.sysadmin!.id;
    await db
      .updateTable('agencies')
      .set({ address: TRICKY_TEXT, phone: '0214 3840 xxx', website: 'https://laocai.gov.vn' })
      .where('id', '=', fixture.agencyA)
      .execute();
    await db
      .updateTable('users')
      .set({ totpSecret: 'v1.aaaa.bbbb.cccc', totpLastStep: 9_007_199_254_740_000, oidcSubject: 'sub|42' })
      .where('id', '=', sysadmin)
      .execute();
    await db
      .insertInto('roles')
      .values({
        key: 'archivist',
        nameVi: 'Văn thư lưu trữ',
        nameEn: 'Archivist',
        description: TRICKY_TEXT,
        permissions: ['directory.read', 'audit.read'],
      })
      .execute();
    await db
      .insertInto('roleAssignments')
      .values({
        userId: fixture.users['clerk.a']!.id,
        role: 'archivist',
        agencyId: fixture.agencyA1,
        grantedBy: sysadmin,
      })
      .execute();
    // enough rows (about 11 MB of COPY text) that the table spans several archive parts
    await sql`
      insert into sessions (id, user_id, auth_method, created_at, last_seen_at, expires_at, ip, user_agent)
      select encode(sha256(i::text::bytea), 'hex'), ${sysadmin}, 'password',
             timestamptz '2026-01-01 08:00:00+07' + i * interval '1 minute', now(), now() + interval '1 hour',
             '10.0.' || (i % 250) || '.1', repeat('Mozilla/5.0 (X11; Linux) tiếng Việt ', 14)
      from generate_series(1, 20000) as i`.execute(db);

    const contents = [
      Buffer.alloc(0),
      Buffer.from(`Quyết định số 05/QĐ-UBND\n${TRICKY_TEXT}\n`),
      randomBytes(3 * 1024 * 1024 + 123),
      Buffer.from('%PDF-1.7\n'.repeat(1000)),
    ];
    const stored: Seeded['blobs'] = [];
    for (const [i, content] of contents.entries()) {
      const blob = await blobs.put(Readable.from([content]), { maxBytes: 10 * 1024 * 1024 });
      stored.push({ key: blob.key, sha256: blob.sha256, size: blob.size });
      await db
        .insertInto('blobs')
        .values({
          storageKey: blob.key,
          sha256: blob.sha256,
          size: blob.size,
          contentType: i === 3 ? 'application/pdf' : 'application/octet-stream',
          filename: `Tệp đính kèm ${i} (bản chính).pdf`,
          createdBy: sysadmin,
        })
        .execute();
    }

    const ctx = systemContext('test');
    let auditEntries = 0;
    for (let i = 0; i < 60; i++) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, ctx, {
          action: 'directory.agency.update',
          agencyId: fixture.agencyA,
          targetType: 'agency',
          targetId: fixture.agencyA,
          summary: {
            before: { address: null },
            after: { address: TRICKY_TEXT },
            n: i,
            ratio: i / 7,
            list: [1, 'a'],
          },
        }),
      );
      auditEntries += 1;
    }
    return { blobs: stored, auditEntries };
  } finally {
    await handle.close();
  }
}

/**
 * Everything a database holds, comparable with toEqual: every table's rows (generated columns included) as
 * text in a stable order, every sequence's position and the applied migrations.
 */
export async function dumpDatabase(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set timezone = 'UTC'");
    const dump: Record<string, string[]> = {};
    for (const table of await listTables(client)) {
      const { rows } = await client.query<{ row: string }>(
        `select t::text as row from ${qualified(table.name)} t order by t::text collate "C"`,
      );
      dump[`table ${table.name}`] = rows.map((r) => r.row);
    }
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ state: string }>(
        `select last_value::text || ' ' || is_called::text as state from ${qualified(name)}`,
      );
      dump[`sequence ${name}`] = [rows[0]!.state];
    }
    return dump;
  } finally {
    await client.end();
  }
}

/**
 * Rewrites an archive entry by entry; `change` returns the new content, the same one, or null to leave the
 * entry out. Entries are small in tests, so they are read whole.
 */
export async function rewriteArchive(
  from: string,
  to: string,
  change: (path: string, content: Buffer) => Buffer | null,
): Promise<void> {
  const archive = openArchive(from);
  const entries: { path: string; content: Buffer }[] = [];
  for await (const entry of archive.entries)
    entries.push({ path: entry.path, content: await entry.read(1e9) });
  archive.close();
  const mtime = new Date();
  await pipeline(
    function* () {
      for (const entry of entries) {
        const content = change(entry.path, entry.content);
        if (content) yield* smallEntry(entry.path, content, mtime);
      }
      yield END_OF_ARCHIVE;
    },
    createGzip(),
    createWriteStream(to),
  );
}

export async function readArchiveJson(file: string, entryPath: string): Promise<unknown> {
  const archive = openArchive(file);
  try {
    for await (const entry of archive.entries)
      if (entry.path === entryPath) return JSON.parse((await entry.read(1e8)).toString('utf8'));
    throw new Error(`${entryPath} not in ${file}`);
  } finally {
    archive.close();
  }
}

export async function listArchive(file: string): Promise<{ path: string; size: number }[]> {
  const archive = openArchive(file);
  const list: { path: string; size: number }[] = [];
  for await (const entry of archive.entries) list.push({ path: entry.path, size: entry.size });
  archive.close();
  return list;
}
