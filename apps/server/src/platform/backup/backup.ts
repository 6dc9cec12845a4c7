import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { MIGRATION_LOCK } from '../db/migrate.ts';
import { BlobNotFoundError, type BlobStore } from '../storage/blob-store.ts';
import {
  type Compression,
  compressionOf,
  compressor,
  END_OF_ARCHIVE,
  entryHeader,
  entryPadding,
  smallEntry,
} from './archive.ts';
import { listForeignKeys, listSequences, listTables, loadOrder, type TableInfo } from './catalog.ts';
import { BackupError } from './errors.ts';
import {
  applySessionSettings,
  type BackupHeader,
  type BackupManifest,
  blobListPartPath,
  blobPath,
  CopyStats,
  FORMAT,
  FORMAT_VERSION,
  HEADER_ENTRY,
  MANIFEST_ENTRY,
  PART_SIZE,
  platformVersion,
  qualified,
  quoteIdent,
  secretKeyId,
  tablePartPath,
} from './format.ts';

export interface BackupOptions {
  /** Archive to write; must not exist yet. */
  file: string;
  databaseUrl: string;
  blobs: BlobStore;
  /** The platform's secret key material: only its fingerprint goes into the archive, never the key. */
  secretKey?: string | undefined;
  /** Default: from the file name, zstd for `.tar.zst`, otherwise gzip. */
  compression?: Compression;
  /** gzip 1 (fast) to 9 (small), default 6; zstd 1 to 19, default 3. */
  compressionLevel?: number;
  log?: (message: string) => void;
}

export interface BackupResult {
  file: string;
  bytes: number;
  schemaVersion: number;
  tables: { name: string; rows: number }[];
  blobs: { count: number; bytes: number };
  durationMs: number;
}

const number = (n: number) => n.toLocaleString('vi-VN');
const megabytes = (n: number) =>
  `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * Writes one archive holding the database (schema `public`) and every file the database references.
 *
 * Consistency: everything read from PostgreSQL comes from one REPEATABLE READ, READ ONLY transaction,
 * i.e. one snapshot, taken while holding the migration lock (shared) so that the schema version and the
 * tables' shape agree; ACCESS SHARE locks on every table then keep migrations from altering them until
 * the backup ends (writes by the running platform go on meanwhile, unseen by the snapshot).
 *
 * Files: the blob list comes from the `blobs` table in the same snapshot, and each file is read through the
 * BlobStore (local disk or S3 alike). Files written after the snapshot are not needed: a file is stored
 * before the row that references it is committed, so every file that a row in the snapshot references was
 * complete before the snapshot, and files stored later are referenced only by rows the snapshot does not
 * contain. Files cannot vanish or change while the backup reads them: a stored file is immutable (the
 * store picks a fresh key for every put) and nothing deletes files yet, because there is no garbage
 * collection of unreferenced blobs. When one is added, it must spare files younger than the longest
 * backup, or take a lock that backups hold. A file that is missing or whose SHA-256 differs from its
 * `blobs` row fails the backup with its key: the archive would not restore an identical platform.
 *
 * Streaming: COPY output and file contents flow through the compressor to disk as they are read; at most one part
 * (PART_SIZE) of a table is held in memory. The archive is written under a temporary name, flushed to
 * disk, and renamed when complete, so a failed backup never leaves a half archive under the real name.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const file = path.resolve(options.file);
  if (existsSync(file))
    throw new BackupError(
      `Tệp ${file} đã tồn tại; chọn tên khác / the file already exists; choose another name`,
    );
  if (!existsSync(path.dirname(file)))
    throw new BackupError(`Thư mục ${path.dirname(file)} không tồn tại / the folder does not exist`);
  const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;

  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'congso-backup' });
  await client.connect();
  try {
    await applySessionSettings(client);
    // Waits for a migration in progress; none can start until the tables are locked below.
    await client.query('select pg_advisory_lock_shared($1)', [MIGRATION_LOCK]);
    await client.query('begin isolation level repeatable read, read only');
    const header = await readHeader(client, options.secretKey);
    const tables = header.tables.map((t) => t.name);
    await client.query(`lock table ${tables.map(qualified).join(', ')} in access share mode`);
    await client.query('select pg_advisory_unlock_shared($1)', [MIGRATION_LOCK]);
    log(
      `Sao lưu / backing up: lược đồ / schema v${header.schemaVersion}, ${tables.length} bảng / tables, ` +
        `${number(header.blobs.count)} tệp / files (${megabytes(header.blobs.bytes)})`,
    );

    const result: BackupResult = {
      file,
      bytes: 0,
      schemaVersion: header.schemaVersion,
      tables: [],
      blobs: { count: 0, bytes: 0 },
      durationMs: 0,
    };
    await pipeline(
      () => archiveContent(client, header, options.blobs, result, log),
      compressor(options.compression ?? compressionOf(file), options.compressionLevel),
      createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true }),
    );
    await client.query('commit');
    await rename(temporary, file);
    result.bytes = (await stat(file)).size;
    result.durationMs = Date.now() - started;
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function readHeader(client: pg.Client, secretKey: string | undefined): Promise<BackupHeader> {
  const now = await client.query<{ now: Date; version: string; encoding: string }>(
    `select now() as now, current_setting('server_version') as version,
            pg_encoding_to_char(encoding) as encoding
     from pg_database where datname = current_database()`,
  );
  const migrations = (await client.query('select to_regclass($1) as t', ['public.schema_migrations'])).rows[0]
    .t
    ? (
        await client.query<{ version: number; name: string; checksum: string }>(
          'select version, name, checksum from schema_migrations order by version',
        )
      ).rows
    : [];
  const tables: TableInfo[] = loadOrder(await listTables(client), await listForeignKeys(client));
  if (tables.length === 0)
    throw new BackupError('Cơ sở dữ liệu chưa có bảng nào / the database has no tables to back up');
  const empty = tables.find((t) => t.columns.length === 0);
  if (empty) throw new BackupError(`Bảng ${empty.name} không có cột lưu trữ / table has no stored columns`);
  const blobs = (await hasBlobsTable(client))
    ? (
        await client.query<{ count: string; bytes: string }>(
          'select count(*)::text as count, coalesce(sum(size), 0)::text as bytes from blobs',
        )
      ).rows[0]!
    : { count: '0', bytes: '0' };
  const row = now.rows[0]!;
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: row.now.toISOString(),
    platformVersion: platformVersion(),
    schemaVersion: migrations.at(-1)?.version ?? 0,
    migrations: migrations.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })),
    postgres: { serverVersion: row.version, encoding: row.encoding },
    secretKeyId: secretKeyId(secretKey),
    tables,
    blobs: { count: Number(blobs.count), bytes: Number(blobs.bytes) },
  };
}

async function hasBlobsTable(client: pg.Client): Promise<boolean> {
  return Boolean((await client.query('select to_regclass($1) as t', ['public.blobs'])).rows[0].t);
}

/** The tar stream: header, tables, blob list, files, manifest. */
async function* archiveContent(
  client: pg.Client,
  header: BackupHeader,
  blobs: BlobStore,
  result: BackupResult,
  log: (message: string) => void,
): AsyncGenerator<Buffer> {
  const mtime = new Date(header.createdAt);
  yield* smallEntry(HEADER_ENTRY, Buffer.from(`${JSON.stringify(header, null, 2)}\n`), mtime);

  const tables: BackupManifest['tables'] = [];
  for (const table of header.tables) {
    const stats = new CopyStats();
    const columns = table.columns.map(quoteIdent).join(', ');
    const parts = yield* copyParts(
      client,
      `copy ${qualified(table.name)} (${columns}) to stdout`,
      (part) => tablePartPath(table.name, part),
      mtime,
      stats,
    );
    tables.push({ name: table.name, rows: stats.rows, bytes: stats.bytes, parts, sha256: stats.sha256() });
    result.tables.push({ name: table.name, rows: stats.rows });
    log(`  ${table.name}: ${number(stats.rows)} dòng / rows`);
  }

  const withBlobs = await hasBlobsTable(client);
  const listStats = new CopyStats();
  const listParts = withBlobs
    ? yield* copyParts(
        client,
        `copy (select storage_key, sha256, size from blobs order by storage_key collate "C") to stdout`,
        blobListPartPath,
        mtime,
        listStats,
      )
    : 0;
  if (withBlobs) yield* blobContents(client, header, blobs, result, mtime, log);

  // Read after the rows: sequences only move forward, so these values are at least those the rows used.
  const sequences: BackupManifest['sequences'] = [];
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text as last_value, is_called from ${qualified(name)}`,
    );
    sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }

  const manifest: BackupManifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: header.createdAt,
    completedAt: new Date().toISOString(),
    platformVersion: header.platformVersion,
    schemaVersion: header.schemaVersion,
    tables,
    sequences,
    blobs: {
      count: result.blobs.count,
      bytes: result.blobs.bytes,
      list: { rows: listStats.rows, parts: listParts, sha256: listStats.sha256() },
      listEntry: 'blob-list/',
    },
  };
  yield* smallEntry(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), mtime);
  yield END_OF_ARCHIVE;
}

/** Runs a COPY … TO STDOUT and writes its output as tar entries of about PART_SIZE bytes each. */
async function* copyParts(
  client: pg.Client,
  sql: string,
  partPath: (part: number) => string,
  mtime: Date,
  stats: CopyStats,
): AsyncGenerator<Buffer, number> {
  const stream = client.query(copyTo(sql, { highWaterMark: 256 * 1024 }));
  let parts = 0;
  let held: Buffer[] = [];
  let heldBytes = 0;
  function* flush(): Generator<Buffer> {
    parts += 1;
    yield entryHeader(partPath(parts), heldBytes, mtime);
    yield* held;
    yield entryPadding(heldBytes);
    held = [];
    heldBytes = 0;
  }
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    stats.update(chunk);
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= PART_SIZE) yield* flush();
  }
  if (heldBytes > 0) yield* flush();
  return parts;
}

async function* blobContents(
  client: pg.Client,
  header: BackupHeader,
  blobs: BlobStore,
  result: BackupResult,
  mtime: Date,
  log: (message: string) => void,
): AsyncGenerator<Buffer> {
  await client.query(
    `declare backup_blobs no scroll cursor for
     select storage_key, sha256, size::text as size from blobs order by storage_key collate "C"`,
  );
  let lastReport = Date.now();
  while (true) {
    const { rows } = await client.query<{ storage_key: string; sha256: string; size: string }>(
      'fetch forward 200 from backup_blobs',
    );
    if (rows.length === 0) break;
    for (const blob of rows) {
      const size = Number(blob.size);
      let content: AsyncIterable<Buffer>;
      try {
        content = (await blobs.get(blob.storage_key)) as AsyncIterable<Buffer>;
      } catch (error) {
        if (error instanceof BlobNotFoundError)
          throw new BackupError(
            `Tệp ${blob.storage_key} có trong bảng blobs nhưng không có trong kho / ` +
              `the file is listed in table blobs but missing from the ${blobs.driver} store`,
          );
        throw new BackupError(
          `Không đọc được tệp / cannot read file ${blob.storage_key}: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      yield entryHeader(blobPath(blob.storage_key), size, mtime);
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of content) {
        bytes += chunk.length;
        if (bytes > size) break;
        hash.update(chunk);
        yield chunk;
      }
      if (bytes !== size || hash.digest('hex') !== blob.sha256)
        throw new BackupError(
          `Tệp ${blob.storage_key} trong kho khác với bản ghi / the stored file does not match its blobs row ` +
            `(expected ${size} bytes, sha256 ${blob.sha256}; the store holds something else): not backed up`,
        );
      yield entryPadding(size);
      result.blobs.count += 1;
      result.blobs.bytes += size;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(
          `  tệp / files: ${number(result.blobs.count)}/${number(header.blobs.count)} ` +
            `(${megabytes(result.blobs.bytes)})`,
        );
      }
    }
  }
  await client.query('close backup_blobs');
  if (result.blobs.count > 0)
    log(`  tệp / files: ${number(result.blobs.count)} (${megabytes(result.blobs.bytes)})`);
}
