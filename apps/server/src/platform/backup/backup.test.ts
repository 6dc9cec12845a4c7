import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { recordAudit } from '../audit/recorder.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { systemContext } from '../context.ts';
import { openDatabase } from '../db/database.ts';
import { migrate, migrationsDir, readMigrations } from '../db/migrate.ts';
import { createLocalDiskStore } from '../storage/local-disk.ts';
import { createBackup } from './backup.ts';
import { ArchiveDamagedError, BackupError } from './errors.ts';
import type { BackupHeader, BackupManifest } from './format.ts';
import { restoreBackup } from './restore.ts';
import {
  dumpDatabase,
  listArchive,
  newDatabase,
  query,
  readArchiveJson,
  rewriteArchive,
  type Seeded,
  seedEverything,
} from './test-support.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'congso-backup-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECRET = 'the-platform-secret-key-for-backup-tests';
let counter = 0;
const blobDir = () => path.join(work, `blobs-${++counter}`);
const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

let source: string;
const sourceBlobs = createLocalDiskStore(path.join(work, 'source-blobs'));
let seeded: Seeded;
let archive: string;
let sourceDump: Record<string, string[]>;

// Tables of the schema when this test was written: each must hold rows, so that backing it up is tested.
const SEEDED_TABLES = [
  'admin_units',
  'agencies',
  'audit_log',
  'blobs',
  'departments',
  'officials',
  'role_assignments',
  'roles',
  'schema_migrations',
  'sessions',
  'users',
];

beforeAll(async () => {
  source = await newDatabase('template');
  seeded = await seedEverything(source, sourceBlobs);
  archive = path.join(work, 'platform.tar.gz');
  await createBackup({ file: archive, databaseUrl: source, blobs: sourceBlobs, secretKey: SECRET });
  sourceDump = await dumpDatabase(source);
}, 120_000);

async function publicTables(url: string): Promise<number> {
  return (
    await query<{ n: number }>(url, "select count(*)::int as n from pg_tables where schemaname = 'public'")
  )[0]!.n;
}

describe('congso backup', () => {
  it('writes header, every table in parts, the blob list, every file and a manifest that counts them', async () => {
    for (const table of SEEDED_TABLES) expect(sourceDump[`table ${table}`]!.length, table).toBeGreaterThan(0);
    const header = (await readArchiveJson(archive, 'congso-backup.json')) as BackupHeader;
    const manifest = (await readArchiveJson(archive, 'manifest.json')) as BackupManifest;
    const entries = await listArchive(archive);

    expect(header.format).toBe('congso-backup');
    expect(header.schemaVersion).toBe(readMigrations().length);
    expect(header.platformVersion).toMatch(/^\d+\.\d+\.\d+/);
    // discovered from the catalog: every table of the schema, in foreign-key order
    const tables = header.tables.map((t) => t.name);
    expect([...tables].sort()).toEqual(
      Object.keys(sourceDump)
        .filter((k) => k.startsWith('table '))
        .map((k) => k.slice(6))
        .sort(),
    );
    for (const [before, after] of [
      ['agencies', 'departments'],
      ['departments', 'officials'],
      ['officials', 'users'],
      ['users', 'sessions'],
      ['roles', 'role_assignments'],
    ] as const)
      expect(tables.indexOf(before)).toBeLessThan(tables.indexOf(after));
    // generated columns are not dumped; identity columns are
    expect(header.tables.find((t) => t.name === 'agencies')!.columns).not.toContain('search');
    expect(header.tables.find((t) => t.name === 'audit_log')!.columns).toContain('id');

    for (const table of manifest.tables)
      expect(table.rows, table.name).toBe(sourceDump[`table ${table.name}`]!.length);
    expect(manifest.tables.find((t) => t.name === 'sessions')!.parts).toBeGreaterThan(1);
    expect(manifest.sequences).toContainEqual({
      name: 'audit_log_id_seq',
      lastValue: String(seeded.auditEntries),
      isCalled: true,
    });
    expect(manifest.blobs.count).toBe(seeded.blobs.length);
    expect(entries[0]!.path).toBe('congso-backup.json');
    expect(entries.at(-1)!.path).toBe('manifest.json');
    for (const blob of seeded.blobs)
      expect(entries).toContainEqual({ path: `blobs/${blob.key}`, size: blob.size });
    const list = entries.filter((e) => e.path.startsWith('blob-list/'));
    expect(list).toHaveLength(1);
  });

  it('refuses to overwrite an existing file', async () => {
    await expect(createBackup({ file: archive, databaseUrl: source, blobs: sourceBlobs })).rejects.toThrow(
      /already exists/,
    );
  });

  it('fails, naming the file, when a referenced blob is missing from the store, and leaves no archive', async () => {
    const db = await newDatabase('template');
    const store = createLocalDiskStore(blobDir());
    await query(
      db,
      `insert into blobs (storage_key, sha256, size, content_type)
       values ('2026/01/00000000-0000-4000-8000-000000000000', repeat('a', 64), 3, 'text/plain')`,
    );
    const file = path.join(work, 'missing-blob.tar.gz');
    await expect(createBackup({ file, databaseUrl: db, blobs: store })).rejects.toThrow(
      /2026\/01\/00000000-0000-4000-8000-000000000000.*missing from the local store/,
    );
    expect(readdirSync(work).filter((f) => f.startsWith('missing-blob'))).toEqual([]);
  });
});

describe('congso restore', () => {
  it('restores an identical platform into a brand-new database and file store', {
    timeout: 60_000,
  }, async () => {
    const target = await newDatabase('empty');
    const targetBlobs = createLocalDiskStore(blobDir());
    const result = await restoreBackup({
      file: archive,
      databaseUrl: target,
      blobs: targetBlobs,
      secretKey: SECRET,
    });

    expect(result.audit).toEqual({ ok: true, checked: seeded.auditEntries });
    expect(result.warnings).toEqual([]);
    expect(result.appliedMigrations).toEqual([]);
    expect(result.blobs.count).toBe(seeded.blobs.length);
    expect(await dumpDatabase(target)).toEqual(sourceDump);
    for (const blob of seeded.blobs) {
      const restored = await text(await targetBlobs.get(blob.key));
      expect(restored).toEqual(await text(await sourceBlobs.get(blob.key)));
    }

    // identity and sequences continue from where the source was: the next entry gets the same id in both,
    // chains onto the restored log, and the chain verifies
    const next: number[] = [];
    for (const url of [source, target]) {
      const handle = openDatabase(url, { max: 1 });
      await handle.db
        .transaction()
        .execute((trx) => recordAudit(trx, systemContext('test'), { action: 'test.after_restore' }));
      next.push(
        (await handle.db.selectFrom('auditLog').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow())
          .id,
      );
      expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: seeded.auditEntries + 1 });
      await handle.close();
    }
    expect(next).toEqual([seeded.auditEntries + 1, seeded.auditEntries + 1]);
    await query(source, "delete from sessions where id = 'no-op'"); // source stays usable
  });

  it('writes and restores zstd archives (.tar.zst) the same way', async () => {
    const zst = path.join(work, 'platform.tar.zst');
    await createBackup({ file: zst, databaseUrl: source, blobs: sourceBlobs });
    expect(readFileSync(zst).subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const target = await newDatabase('empty');
    const targetBlobs = createLocalDiskStore(blobDir());
    const result = await restoreBackup({ file: zst, databaseUrl: target, blobs: targetBlobs });
    expect(result.audit.ok).toBe(true);
    const restored = await dumpDatabase(target);
    // the source gained one audit entry in the test above; compare everything else
    for (const [key, rows] of Object.entries(sourceDump))
      if (key !== 'table audit_log' && key !== 'sequence audit_log_id_seq')
        expect(restored[key], key).toEqual(rows);
    expect(await text(await targetBlobs.get(seeded.blobs[1]!.key))).toContain('Quyết định');
  });

  it('warns when the target platform has a different SECRET_KEY', async () => {
    const target = await newDatabase('empty');
    const result = await restoreBackup({
      file: archive,
      databaseUrl: target,
      blobs: createLocalDiskStore(blobDir()),
      secretKey: 'another-key-another-key-another-key',
    });
    expect(result.warnings.join('\n')).toMatch(/SECRET_KEY differs/);
  });

  describe('refuses a damaged or altered archive, leaving the target as it was', () => {
    let target: string;
    let dir: string;
    beforeAll(async () => {
      target = await newDatabase('empty');
      dir = blobDir();
    });

    async function refused(
      name: string,
      change: (p: string, c: Buffer) => Buffer | null,
      message: RegExp,
      kind: typeof BackupError = ArchiveDamagedError,
    ) {
      const file = path.join(work, `${name}.tar.gz`);
      await rewriteArchive(archive, file, change);
      const attempt = restoreBackup({ file, databaseUrl: target, blobs: createLocalDiskStore(dir) });
      await expect(attempt).rejects.toThrow(kind);
      await expect(attempt).rejects.toThrow(message);
      await expect(attempt).rejects.toThrow(/target database was not changed/);
      expect(await publicTables(target)).toBe(0);
      expect(filesIn(dir)).toEqual([]);
    }

    it('a changed row', () =>
      refused(
        'changed-row',
        (p, c) =>
          p.startsWith('tables/agencies/')
            ? Buffer.from(c.toString().replace('Sở Tài chính', 'Sở Tài chánh'))
            : c,
        /bảng agencies: .*checksum mismatch \(manifest sha256 [0-9a-f]{64}, content [0-9a-f]{64}\)/,
      ));

    it('a removed row, row count in the manifest adjusted', () =>
      refused(
        'removed-row',
        (p, c) => {
          if (p === 'tables/audit_log/000001.tsv')
            return Buffer.from(c.toString().split('\n').slice(1).join('\n'));
          if (p === 'manifest.json') {
            const m = JSON.parse(c.toString()) as BackupManifest;
            m.tables.find((t) => t.name === 'audit_log')!.rows -= 1;
            return Buffer.from(JSON.stringify(m));
          }
          return c;
        },
        /bảng audit_log: .*checksum mismatch/,
      ));

    it('a removed row that other rows reference: PostgreSQL refuses it before the checksums are read', () =>
      refused(
        'removed-referenced-row',
        (p, c) =>
          p.startsWith('tables/roles/')
            ? Buffer.from(
                c
                  .toString()
                  .split('\n')
                  .filter((line) => !line.startsWith('archivist\t'))
                  .join('\n'),
              )
            : c,
        /Bảng role_assignments: .*PostgreSQL refused the rows: .*violates foreign key constraint/,
        BackupError,
      ));

    it('a missing file', () => {
      const gone = seeded.blobs[2]!.key;
      return refused(
        'missing-blob',
        (p, c) => (p === `blobs/${gone}` ? null : c),
        /files missing from the archive/,
      );
    });

    it('a file with other content', () => {
      const changed = seeded.blobs[1]!.key;
      return refused(
        'changed-blob',
        (p, c) => (p === `blobs/${changed}` ? Buffer.from(c.toString().replace('Quyết', 'Quyệt')) : c),
        new RegExp(`tệp ${changed}: SHA-256 [0-9a-f]{64} khác bảng blobs`),
      );
    });

    it('a file of another size', () => {
      const changed = seeded.blobs[3]!.key;
      return refused(
        'resized-blob',
        (p, c) => (p === `blobs/${changed}` ? Buffer.concat([c, Buffer.from('%%EOF')]) : c),
        new RegExp(`tệp ${changed}: \\d+ byte trong bản sao lưu, bảng blobs ghi \\d+ / size differs`),
      );
    });

    it('a wrong checksum in the manifest', () =>
      refused(
        'wrong-checksum',
        (p, c) => {
          if (p !== 'manifest.json') return c;
          const m = JSON.parse(c.toString()) as BackupManifest;
          m.tables.find((t) => t.name === 'audit_log')!.sha256 = '0'.repeat(64);
          return Buffer.from(JSON.stringify(m));
        },
        /bảng audit_log: .*checksum mismatch \(manifest sha256 0{64}/,
      ));

    it('a missing manifest (incomplete archive)', () =>
      refused('no-manifest', (p, c) => (p === 'manifest.json' ? null : c), /the manifest is missing/));

    it('a truncated file', async () => {
      const file = path.join(work, 'truncated.tar.gz');
      const bytes = readFileSync(archive);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const attempt = restoreBackup({ file, databaseUrl: target, blobs: createLocalDiskStore(dir) });
      await expect(attempt).rejects.toThrow(/truncated/);
      expect(await publicTables(target)).toBe(0);
      expect(filesIn(dir)).toEqual([]);
    });

    it('a file that is not a backup', async () => {
      const file = path.join(work, 'not-a-backup.tar.gz');
      await rewriteArchive(archive, file, (p, c) => (p === 'congso-backup.json' ? null : c));
      await expect(
        restoreBackup({ file, databaseUrl: target, blobs: createLocalDiskStore(dir) }),
      ).rejects.toThrow(/not a CôngSở backup/);
    });
  });

  it('refuses a database that holds data, and replaces it with --force (atomically)', {
    timeout: 60_000,
  }, async () => {
    const target = await newDatabase('template');
    const handle = openDatabase(target, { max: 1 });
    await seedDirectoryFixture(handle.db);
    await handle.close();
    await query(
      target,
      'create schema pgboss; create table pgboss.job (id int); insert into pgboss.job values (1)',
    );
    const before = await dumpDatabase(target);
    const dir = blobDir();

    const plain = restoreBackup({ file: archive, databaseUrl: target, blobs: createLocalDiskStore(dir) });
    await expect(plain).rejects.toThrow(BackupError);
    await expect(plain).rejects.toThrow(/target database is not empty.*use --force/s);
    expect(await dumpDatabase(target)).toEqual(before);

    // a --force restore that fails keeps the old data: dropping the schema is part of the transaction
    const damaged = path.join(work, 'force-damaged.tar.gz');
    await rewriteArchive(archive, damaged, (p, c) => (p === `blobs/${seeded.blobs[0]!.key}` ? null : c));
    await expect(
      restoreBackup({ file: damaged, databaseUrl: target, blobs: createLocalDiskStore(dir), force: true }),
    ).rejects.toThrow(/files missing from the archive/);
    expect(await dumpDatabase(target)).toEqual(before);
    expect(filesIn(dir)).toEqual([]);

    const result = await restoreBackup({
      file: archive,
      databaseUrl: target,
      blobs: createLocalDiskStore(dir),
      force: true,
    });
    expect(result.audit.ok).toBe(true);
    expect(await dumpDatabase(target)).toEqual(sourceDump);

    // again with --force into the same file store, from a copy whose file was altered: refused, and the
    // good file already in the store is not overwritten by the bad copy
    const changed = seeded.blobs[1]!;
    const altered = path.join(work, 'force-altered-blob.tar.gz');
    await rewriteArchive(archive, altered, (p, c) =>
      p === `blobs/${changed.key}` ? Buffer.from(c.toString().replace('Quyết', 'Quyệt')) : c,
    );
    await expect(
      restoreBackup({ file: altered, databaseUrl: target, blobs: createLocalDiskStore(dir), force: true }),
    ).rejects.toThrow(new RegExp(`tệp ${changed.key}: SHA-256`));
    expect(await dumpDatabase(target)).toEqual(sourceDump);
    expect(readFileSync(path.join(dir, changed.key))).toEqual(
      readFileSync(path.join(work, 'source-blobs', changed.key)),
    );
    expect(await query(target, "select 1 from pg_namespace where nspname = 'pgboss'")).toEqual([]);
    // schema public keeps PostgreSQL's default ownership and grants
    expect(
      (
        await query<{ owner: string }>(
          target,
          "select nspowner::regrole::text as owner from pg_namespace where nspname = 'public'",
        )
      )[0]!.owner,
    ).toBe('pg_database_owner');
  });

  it('needs no superuser: restores, and replaces with --force, as the owner of an ordinary database', {
    timeout: 60_000,
  }, async () => {
    const role = `congso_app_${Math.random().toString(36).slice(2, 8)}`;
    const admin = inject('pgAdminUrl');
    await query(
      admin,
      `create role ${role} login password 'app-password' nosuperuser nocreatedb nocreaterole`,
    );
    const name = `congso_backup_owned_${role.slice(-6)}`;
    await query(admin, `create database ${name} owner ${role}`);
    try {
      const url = new URL(admin);
      url.username = role;
      url.password = 'app-password';
      url.pathname = `/${name}`;
      const target = url.toString();
      const dir = blobDir();
      await restoreBackup({ file: archive, databaseUrl: target, blobs: createLocalDiskStore(dir) });
      expect(await dumpDatabase(target)).toEqual(sourceDump);
      const forced = await restoreBackup({
        file: archive,
        databaseUrl: target,
        blobs: createLocalDiskStore(dir),
        force: true,
      });
      expect(forced.warnings).toEqual([]);
      expect(await dumpDatabase(target)).toEqual(sourceDump);
    } finally {
      await query(admin, `drop database if exists ${name} with (force)`);
      await query(admin, `drop role if exists ${role}`);
    }
  });

  it('refuses while other clients are connected to the target', async () => {
    const target = await newDatabase('empty');
    const other = new pg.Client({ connectionString: target, application_name: 'someone-else' });
    await other.connect();
    try {
      await expect(
        restoreBackup({ file: archive, databaseUrl: target, blobs: createLocalDiskStore(blobDir()) }),
      ).rejects.toThrow(/1 other connections.*someone-else|someone-else.*1 other connections/s);
    } finally {
      await other.end();
    }
  });

  describe('across schema versions', () => {
    // A later migration, with what makes loading hard: a foreign-key cycle, rows inserted by the migration
    // itself, a trigger that rewrites rows on insert, and a materialised view.
    const newer = path.join(work, 'migrations-newer');
    const next = readMigrations().length + 1;
    let newerArchive: string;
    let newerSource: string;

    beforeAll(async () => {
      cpSync(migrationsDir, newer, { recursive: true });
      writeFileSync(
        path.join(newer, `${String(next).padStart(4, '0')}_cycle.sql`),
        `create table cyc_a (id int primary key, b_id int, note text);
         create table cyc_b (id int primary key, a_id int references cyc_a (id), note text);
         alter table cyc_a add foreign key (b_id) references cyc_b (id);
         create table lookup (code text primary key, label text not null);
         insert into lookup values ('a', 'Loại A'), ('b', 'Loại B');
         create function stamp() returns trigger language plpgsql as
           $$ begin new.note := 'stamped ' || coalesce(new.note, ''); return new; end $$;
         create trigger cyc_b_stamp before insert on cyc_b for each row execute function stamp();
         create materialized view lookup_count as select count(*) as n from lookup;`,
      );
      newerSource = await newDatabase('empty');
      await migrate(newerSource, newer);
      await query(
        newerSource,
        `insert into cyc_a values (1, null, 'a1'); insert into cyc_b values (1, 1, 'b1');
         update cyc_a set b_id = 1; delete from lookup where code = 'b'; insert into lookup values ('c', 'Loại C');
         refresh materialized view lookup_count`,
      );
      newerArchive = path.join(work, 'newer.tar.gz');
      await createBackup({
        file: newerArchive,
        databaseUrl: newerSource,
        blobs: createLocalDiskStore(blobDir()),
      });
    });

    it('refuses an archive from a newer schema version than the code knows', async () => {
      const target = await newDatabase('empty');
      await expect(
        restoreBackup({ file: newerArchive, databaseUrl: target, blobs: createLocalDiskStore(blobDir()) }),
      ).rejects.toThrow(
        new RegExp(`newer CôngSở: lược đồ / schema v${next} .* this code knows up to v${next - 1}`),
      );
      expect(await publicTables(target)).toBe(0);
    });

    it('restores cycles, migration-inserted rows, triggers and materialised views identically', async () => {
      const target = await newDatabase('empty');
      const result = await restoreBackup({
        file: newerArchive,
        databaseUrl: target,
        blobs: createLocalDiskStore(blobDir()),
        migrationsDir: newer,
      });
      expect(result.schemaVersion).toBe(next);
      expect(await dumpDatabase(target)).toEqual(await dumpDatabase(newerSource));
      expect(await query(target, 'select note from cyc_b')).toEqual([{ note: 'stamped b1' }]);
      expect(await query(target, 'select n::int from lookup_count')).toEqual([{ n: 2 }]);
      // the cyclic foreign key is back and enforced
      await expect(query(target, 'update cyc_a set b_id = 99')).rejects.toThrow(/foreign key/);
    });

    it('restores an older archive and migrates it forward', async () => {
      const target = await newDatabase('empty');
      const result = await restoreBackup({
        file: archive,
        databaseUrl: target,
        blobs: createLocalDiskStore(blobDir()),
        migrationsDir: newer,
      });
      expect(result.appliedMigrations).toEqual([`${String(next).padStart(4, '0')}_cycle`]);
      const restored = await dumpDatabase(target);
      for (const [key, rows] of Object.entries(sourceDump))
        if (key !== 'table schema_migrations') expect(restored[key], key).toEqual(rows);
      expect(restored['table lookup']).toHaveLength(2);
    });
  });
});
