import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { z } from 'zod';
import { type ChainVerdict, verifyAuditChain } from '../audit/verify.ts';
import { openDatabase } from '../db/database.ts';
import {
  applyMigration,
  MIGRATION_LOCK,
  type Migration,
  migrate,
  readMigrations,
  SCHEMA_MIGRATIONS_DDL,
} from '../db/migrate.ts';
import { type BlobStore, isBlobKey } from '../storage/blob-store.ts';
import { type ArchiveEntry, openArchive } from './archive.ts';
import {
  type ForeignKey,
  listForeignKeys,
  listMaterializedViews,
  listSequences,
  listTables,
} from './catalog.ts';
import { ArchiveDamagedError, BackupError } from './errors.ts';
import {
  applySessionSettings,
  type BackupHeader,
  type BackupManifest,
  CopyStats,
  EMPTY_SHA256,
  FORMAT_VERSION,
  HEADER_ENTRY,
  headerSchema,
  MANIFEST_ENTRY,
  MAX_JSON_ENTRY,
  manifestSchema,
  parseBlobListPart,
  parseTablePart,
  qualified,
  quoteIdent,
  secretKeyId,
} from './format.ts';

export interface RestoreOptions {
  file: string;
  /** The target database. */
  databaseUrl: string;
  /** The target file store; files are written with putAt under their original keys. */
  blobs: BlobStore;
  /** Replace whatever the target database holds (schema `public` and the job queue `pgboss`). */
  force?: boolean;
  /** The target platform's secret key material, to warn when it differs from the backed-up one. */
  secretKey?: string | undefined;
  /** Migrations of this code (tests point elsewhere). */
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface RestoreResult {
  createdAt: string;
  platformVersion: string;
  /** Schema version of the archive; the data is loaded at this version, then migrated forward. */
  schemaVersion: number;
  appliedMigrations: string[];
  tables: { name: string; rows: number }[];
  blobs: { count: number; bytes: number };
  audit: ChainVerdict;
  warnings: string[];
  durationMs: number;
}

const number = (n: number) => n.toLocaleString('vi-VN');
const megabytes = (n: number) =>
  `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * Restores an archive written by createBackup into an empty database and a file store.
 *
 * Everything that touches the database happens in ONE transaction: (with --force) dropping the old schema,
 * applying the migrations up to the archive's schema version, loading every table, setting the sequences
 * and checking the result against the manifest. Any failure, a damaged archive included, rolls it all back
 * and removes the files this restore created, so the target is left as it was. Only then are later
 * migrations of this code applied (as at any start) and the audit chain verified.
 *
 * Rows are loaded with COPY in the archive's order, tables referenced before tables referencing them.
 * Identity columns take the archived values (COPY FROM writes them as OVERRIDING SYSTEM VALUE does) and
 * every sequence is set to its archived position. User triggers are disabled while loading (the table
 * owner may do that; no superuser needed): the rows are already what the triggers produced the first
 * time. Foreign keys stay on and are checked by PostgreSQL; the only exception is a reference cycle
 * between tables, whose forward references are dropped for the load and added back, which re-checks
 * every row (deferrable ones are just deferred to the end of the transaction).
 *
 * The job queue (schema `pgboss`) is not in the archive: it holds transient work (retries, schedules the
 * workers register again at start). With --force it is dropped, so jobs queued for the replaced data do
 * not run against the restored one; pg-boss recreates it at the next start.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const file = path.resolve(options.file);
  if (!existsSync(file) || !statSync(file).isFile())
    throw new BackupError(`Không tìm thấy tệp sao lưu / backup file not found: ${file}`);
  const restore = new Restore(file, options);
  return restore.run();
}

interface LoadedTable {
  stats: CopyStats;
  parts: number;
  copiedRows: number;
}

class Restore {
  readonly #options: RestoreOptions;
  readonly #log: (message: string) => void;
  readonly #migrations: Migration[];
  readonly #archive: ReturnType<typeof openArchive>;
  readonly #client: pg.Client;
  readonly #warnings: string[] = [];
  readonly #createdBlobs: string[] = [];
  readonly #started = Date.now();
  #entry: ArchiveEntry | undefined;

  constructor(file: string, options: RestoreOptions) {
    this.#options = options;
    this.#log = options.log ?? (() => {});
    this.#migrations = readMigrations(options.migrationsDir);
    this.#archive = openArchive(file);
    this.#client = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: 'congso-restore',
    });
  }

  async #next(): Promise<ArchiveEntry | undefined> {
    const next = await this.#archive.entries.next();
    this.#entry = next.done ? undefined : next.value;
    return this.#entry;
  }

  async run(): Promise<RestoreResult> {
    let header: BackupHeader;
    let loaded: { tables: RestoreResult['tables']; blobs: RestoreResult['blobs'] };
    let connected = false;
    try {
      header = await this.#readHeader();
      this.#checkCompatible(header);
      this.#log(
        `Khôi phục / restoring: bản sao lưu lúc / archive of ${header.createdAt}, CôngSở ${header.platformVersion}, ` +
          `lược đồ / schema v${header.schemaVersion}, ${header.tables.length} bảng / tables, ` +
          `${number(header.blobs.count)} tệp / files (${megabytes(header.blobs.bytes)})`,
      );
      try {
        await this.#client.connect();
      } catch (error) {
        throw new BackupError(
          `Không kết nối được cơ sở dữ liệu đích / cannot connect to the target database: ${(error as Error).message}`,
        );
      }
      connected = true;
      await applySessionSettings(this.#client);
      await this.#client.query('begin');
      loaded = await this.#restoreInTransaction(header);
      try {
        await this.#client.query('commit');
      } catch (error) {
        // deferred foreign keys are checked here
        throw new BackupError(
          `PostgreSQL từ chối dữ liệu / PostgreSQL refused the data: ${(error as Error).message}`,
        );
      }
    } catch (error) {
      if (connected) await this.#client.query('rollback').catch(() => {});
      const removed = await this.#removeCreatedBlobs();
      if (connected) await this.#client.end().catch(() => {});
      this.#archive.close();
      if (!connected) throw error;
      const failure =
        error instanceof BackupError
          ? error
          : new BackupError(`Khôi phục thất bại / restore failed: ${(error as Error).message}`, {
              cause: error,
            });
      failure.message +=
        '\n→ Cơ sở dữ liệu đích không bị thay đổi / the target database was not changed' +
        (removed > 0 ? `; đã xóa ${removed} tệp vừa ghi / removed the ${removed} files written` : '');
      throw failure;
    }
    await this.#client.end().catch(() => {});
    this.#archive.close();

    let applied: string[] = [];
    try {
      applied = (await migrate(this.#options.databaseUrl, this.#options.migrationsDir)).applied;
    } catch (error) {
      throw new BackupError(
        `Dữ liệu đã khôi phục ở lược đồ v${header.schemaVersion} nhưng nâng cấp lược đồ thất bại / ` +
          `the data was restored at schema v${header.schemaVersion} but migrating it forward failed: ` +
          `${(error as Error).message}`,
      );
    }
    if (applied.length > 0) this.#log(`Đã nâng cấp lược đồ / applied migrations: ${applied.join(', ')}`);

    this.#log('Kiểm tra chuỗi nhật ký / verifying the audit chain…');
    const database = openDatabase(this.#options.databaseUrl, { max: 2 });
    let audit: ChainVerdict;
    try {
      audit = await verifyAuditChain(database.db);
    } finally {
      await database.close();
    }
    return {
      createdAt: header.createdAt,
      platformVersion: header.platformVersion,
      schemaVersion: header.schemaVersion,
      appliedMigrations: applied,
      ...loaded,
      audit,
      warnings: this.#warnings,
      durationMs: Date.now() - this.#started,
    };
  }

  async #readHeader(): Promise<BackupHeader> {
    const first = await this.#next();
    if (!first || first.path !== HEADER_ENTRY)
      throw new BackupError(
        `Tệp không phải bản sao lưu CôngSở / not a CôngSở backup (expected ${HEADER_ENTRY} first, found ${first?.path ?? 'nothing'})`,
      );
    return parseJson(headerSchema, await first.read(MAX_JSON_ENTRY), HEADER_ENTRY);
  }

  #checkCompatible(header: BackupHeader): void {
    if (header.formatVersion > FORMAT_VERSION)
      throw new BackupError(
        `Định dạng sao lưu v${header.formatVersion} mới hơn phiên bản này hiểu (v${FORMAT_VERSION}) / ` +
          'the archive format is newer than this CôngSở understands: upgrade CôngSở first',
      );
    const latest = this.#migrations.at(-1)?.version ?? 0;
    if (header.schemaVersion > latest)
      throw new BackupError(
        `Bản sao lưu từ phiên bản CôngSở mới hơn / the archive comes from a newer CôngSở: lược đồ / schema ` +
          `v${header.schemaVersion} (CôngSở ${header.platformVersion}), mã này chỉ biết đến / this code knows up to ` +
          `v${latest}. Hãy cập nhật CôngSở rồi khôi phục / upgrade CôngSở, then restore.`,
      );
    if (
      header.migrations.length !== header.schemaVersion ||
      header.migrations.some((m, i) => m.version !== i + 1)
    )
      throw new ArchiveDamagedError(
        'danh sách migration không liên tục / the migration list is not contiguous',
      );
    for (const archived of header.migrations) {
      const known = this.#migrations.find((m) => m.version === archived.version)!;
      if (known.checksum !== archived.checksum || known.name !== archived.name)
        throw new BackupError(
          `Migration ${archived.version} (${archived.name}) của bản sao lưu khác với mã này / differs from this ` +
            "code's migration: the archive was made by a different code base and cannot be restored by this one",
        );
    }
  }

  async #restoreInTransaction(
    header: BackupHeader,
  ): Promise<{ tables: RestoreResult['tables']; blobs: RestoreResult['blobs'] }> {
    const client = this.#client;
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await this.#refuseIfInUse();
    await this.#checkEncoding(header);
    const current = await this.#prepareTarget(header);
    await this.#migrateTo(current, header.schemaVersion);
    const { triggersOff, droppedKeys } = await this.#prepareLoad(header);

    const tables = await this.#loadTables(header);
    const blobList = await this.#readBlobList();
    const blobs = await this.#restoreBlobs(header);
    const manifest = await this.#readManifest();
    this.#checkAgainstManifest(header, manifest, tables, blobList, blobs);
    await this.#checkBlobs(manifest);

    for (const fk of droppedKeys)
      await client.query(
        `alter table ${qualified(fk.table)} add constraint ${quoteIdent(fk.name)} ${fk.definition}`,
      );
    for (const table of triggersOff)
      await client.query(`alter table ${qualified(table)} enable trigger user`);
    await this.#setSequences(manifest);
    for (const view of await listMaterializedViews(client))
      await client.query(`refresh materialized view ${qualified(view)}`);
    await this.#verifyLoaded(header, tables);
    await this.#checkSecretKey(header);
    return {
      tables: header.tables.map((t) => ({ name: t.name, rows: tables.get(t.name)?.stats.rows ?? 0 })),
      blobs,
    };
  }

  /** A running platform would write into the database while it is replaced: ask for it to be stopped. */
  async #refuseIfInUse(): Promise<void> {
    const { rows } = await this.#client.query<{ n: number; who: string | null }>(`
      select count(*)::int as n,
             string_agg(distinct coalesce(nullif(application_name, ''), usename::text, '?'), ', ') as who
      from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`);
    const { n, who } = rows[0]!;
    if (n > 0)
      throw new BackupError(
        `Cơ sở dữ liệu đích đang có ${n} kết nối khác (${who}) / the target database has ${n} other ` +
          'connections: dừng CôngSở và các công cụ đang kết nối rồi thử lại / stop CôngSở and other clients, then retry',
      );
  }

  async #checkEncoding(header: BackupHeader): Promise<void> {
    const { rows } = await this.#client.query<{ encoding: string }>(
      'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()',
    );
    if (rows[0]!.encoding !== header.postgres.encoding)
      throw new BackupError(
        `Bảng mã của cơ sở dữ liệu đích (${rows[0]!.encoding}) khác bản sao lưu (${header.postgres.encoding}) / ` +
          'the target database encoding differs from the archive: create the database with ENCODING ' +
          `'${header.postgres.encoding}'`,
      );
  }

  /**
   * Refuses a target that holds data, unless forced; with --force, drops the schema. Returns the schema
   * version the target is at (0 for a database without CôngSở tables).
   *
   * --force drops and recreates schema `public` (not the database): that needs only the rights of the
   * schema's owner (in PostgreSQL 15+ the database owner), not CREATEDB or access to the maintenance
   * database, and it keeps the database's own settings, owner and grants. Being inside the restore
   * transaction, it is undone if anything later fails, so the old data survives a failed restore.
   */
  async #prepareTarget(header: BackupHeader): Promise<number> {
    const client = this.#client;
    const tables = await listTables(client);
    const withRows: string[] = [];
    for (const table of tables) {
      if (table.name === 'schema_migrations') continue;
      const { rows } = await client.query(`select exists (select 1 from ${qualified(table.name)}) as has`);
      if (rows[0].has) withRows.push(table.name);
    }
    const hasMigrations = tables.some((t) => t.name === 'schema_migrations');
    if (this.#options.force) {
      if (tables.length > 0)
        this.#log(
          `--force: xóa dữ liệu hiện có / dropping the existing data (${withRows.length} bảng có dữ liệu)`,
        );
      await this.#dropSchema();
      return 0;
    }
    if (withRows.length > 0)
      throw new BackupError(
        `Cơ sở dữ liệu đích đã có dữ liệu (${listSome(withRows)}) / the target database is not empty. ` +
          'Khôi phục cần cơ sở dữ liệu trống; dùng --force để thay thế toàn bộ / restore needs an empty ' +
          'database; use --force to replace everything in it',
      );
    if (!hasMigrations) {
      if (tables.length > 0)
        throw new BackupError(
          `Cơ sở dữ liệu đích có bảng không thuộc CôngSở (${listSome(tables.map((t) => t.name))}) / the target ` +
            'has tables that are not CôngSở\'s: use an empty database, or --force to drop schema "public"',
        );
      return 0;
    }
    const { rows: applied } = await client.query<{ version: number; checksum: string }>(
      'select version, checksum from schema_migrations order by version',
    );
    for (const row of applied) {
      const archived = header.migrations.find((m) => m.version === row.version);
      if (!archived)
        throw new BackupError(
          `Cơ sở dữ liệu đích ở lược đồ v${applied.at(-1)!.version}, mới hơn bản sao lưu (v${header.schemaVersion}) / ` +
            "the target schema is newer than the archive; data is loaded at the archive's version: use an " +
            'empty database or --force',
        );
      if (archived.checksum !== row.checksum)
        throw new BackupError(
          `Migration ${row.version} của cơ sở dữ liệu đích khác bản sao lưu / the target's migration differs ` +
            "from the archive's: use an empty database or --force",
        );
    }
    return applied.at(-1)?.version ?? 0;
  }

  async #dropSchema(): Promise<void> {
    const client = this.#client;
    const { rows } = await client.query<{ owner: string; comment: string | null }>(
      `select pg_get_userbyid(nspowner) as owner, obj_description(oid, 'pg_namespace') as comment
       from pg_namespace where nspname = 'public'`,
    );
    const { rows: grants } = await client.query<{ grantee: string; privilege: string; grantable: boolean }>(
      `select case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee) end as grantee,
              a.privilege_type as privilege, a.is_grantable as grantable
       from pg_namespace n, aclexplode(n.nspacl) a
       where n.nspname = 'public' and a.grantee <> n.nspowner`,
    );
    try {
      await client.query('drop schema if exists public cascade');
      await client.query('create schema public');
    } catch (error) {
      throw new BackupError(
        `--force: không xóa được schema "public" / cannot drop schema "public" (${(error as Error).message}). ` +
          'Cần quyền chủ sở hữu cơ sở dữ liệu; hoặc tạo một cơ sở dữ liệu trống / this needs the database ' +
          "owner's rights; alternatively create an empty database and restore into it",
      );
    }
    // Put back the schema's owner, grants and comment as they were (PostgreSQL 15+: pg_database_owner,
    // USAGE for everyone). Not being able to is worth a warning, not a failed restore.
    const owner = rows[0]?.owner;
    const steps = [
      ...(owner ? [`alter schema public owner to ${quoteIdent(owner)}`] : []),
      ...grants.map(
        (g) =>
          `grant ${g.privilege} on schema public to ${g.grantee === 'public' ? 'public' : quoteIdent(g.grantee)}` +
          (g.grantable ? ' with grant option' : ''),
      ),
      ...(rows[0]?.comment ? [`comment on schema public is ${client.escapeLiteral(rows[0].comment)}`] : []),
    ];
    for (const step of steps) await this.#tryStep(step, 'schema public');
    // the job queue belongs to the data being replaced (see above)
    await this.#tryStep('drop schema if exists pgboss cascade', 'job queue');
  }

  async #tryStep(sql: string, what: string): Promise<void> {
    await this.#client.query('savepoint restore_step');
    try {
      await this.#client.query(sql);
      await this.#client.query('release savepoint restore_step');
    } catch (error) {
      await this.#client.query('rollback to savepoint restore_step');
      this.#warnings.push(`${what}: "${sql}" failed: ${(error as Error).message}`);
    }
  }

  /** Applies this code's migrations (current, target] inside the restore transaction, as migrate() would. */
  async #migrateTo(current: number, target: number): Promise<void> {
    await this.#client.query(SCHEMA_MIGRATIONS_DDL);
    for (const migration of this.#migrations.filter((m) => m.version > current && m.version <= target)) {
      try {
        await applyMigration(this.#client, migration);
      } catch (error) {
        throw new BackupError(
          `Migration ${migration.version} (${migration.name}) thất bại / failed: ${(error as Error).message}`,
        );
      }
    }
  }

  /** Checks the target has the archive's tables and columns, and readies them for loading. */
  async #prepareLoad(header: BackupHeader): Promise<{ triggersOff: string[]; droppedKeys: ForeignKey[] }> {
    const client = this.#client;
    const target = new Map((await listTables(client)).map((t) => [t.name, t]));
    for (const table of header.tables) {
      const found = target.get(table.name);
      if (!found)
        throw new BackupError(
          `Bảng ${table.name} của bản sao lưu không có ở lược đồ v${header.schemaVersion} của mã này / the ` +
            "archive's table does not exist in this code's schema (created outside migrations?)",
        );
      const archived = [...table.columns].sort().join(', ');
      const present = [...found.columns].sort().join(', ');
      if (archived !== present)
        throw new BackupError(
          `Bảng ${table.name}: cột khác nhau / columns differ (archive: ${archived}; database: ${present})`,
        );
    }
    const names = header.tables.map((t) => t.name);
    for (const name of target.keys())
      if (!names.includes(name))
        this.#warnings.push(`table ${name} is not in the archive; left as migrations made it`);

    await client.query('set constraints all deferred');
    for (const name of names) await client.query(`alter table ${qualified(name)} disable trigger user`);
    // rows a migration inserted are in the archive too (as the backed-up database had them)
    const filled: string[] = [];
    for (const name of names) {
      const { rows } = await client.query(`select exists (select 1 from ${qualified(name)}) as has`);
      if (rows[0].has) filled.push(name);
    }
    if (filled.length > 0) await client.query(`truncate ${filled.map(qualified).join(', ')} cascade`);

    const position = new Map(names.map((n, i) => [n, i]));
    const droppedKeys = (await listForeignKeys(client)).filter((fk) => {
      const from = position.get(fk.table);
      const to = position.get(fk.references);
      return from !== undefined && to !== undefined && to > from && !fk.deferrable;
    });
    for (const fk of droppedKeys)
      await client.query(`alter table ${qualified(fk.table)} drop constraint ${quoteIdent(fk.name)}`);
    await client.query('create temporary table restored_blobs (storage_key text primary key) on commit drop');
    return { triggersOff: names, droppedKeys };
  }

  async #loadTables(header: BackupHeader): Promise<Map<string, LoadedTable>> {
    const loaded = new Map<string, LoadedTable>();
    let position = 0;
    let entry = await this.#next();
    while (entry) {
      const first = parseTablePart(entry.path);
      if (!first) break;
      const index = header.tables.findIndex((t, i) => i >= position && t.name === first.table);
      if (index === -1)
        throw new ArchiveDamagedError(
          `${entry.path}: bảng không có trong tiêu đề hoặc sai thứ tự / table not in the header, or out of order`,
        );
      position = index + 1;
      const table = header.tables[index]!;
      const stats = new CopyStats();
      let parts = 0;
      const copy = this.#client.query(
        copyFrom(`copy ${qualified(table.name)} (${table.columns.map(quoteIdent).join(', ')}) from stdin`),
      );
      const self = this;
      async function* tableData(): AsyncGenerator<Buffer> {
        while (entry) {
          const part = parseTablePart(entry.path);
          if (!part || part.table !== table.name) return;
          if (part.part !== parts + 1)
            throw new ArchiveDamagedError(`${entry.path}: thiếu phần trước / a part is missing before it`);
          parts += 1;
          for await (const chunk of entry.body) {
            stats.update(chunk);
            yield chunk;
          }
          entry = await self.#next();
        }
      }
      try {
        await pipeline(tableData, copy);
      } catch (error) {
        if (error instanceof BackupError) throw error;
        throw new BackupError(
          `Bảng ${table.name}: PostgreSQL từ chối dữ liệu / PostgreSQL refused the rows: ${(error as Error).message}`,
        );
      }
      if (stats.partialRow)
        throw new ArchiveDamagedError(`bảng ${table.name}: dòng cuối bị cắt / the last row is cut short`);
      loaded.set(table.name, { stats, parts, copiedRows: copy.rowCount });
      this.#log(`  ${table.name}: ${number(stats.rows)} dòng / rows`);
    }
    return loaded;
  }

  async #readBlobList(): Promise<{ stats: CopyStats; parts: number }> {
    const stats = new CopyStats();
    let parts = 0;
    let entry = this.#entry;
    while (entry) {
      const part = parseBlobListPart(entry.path);
      if (part === undefined) break;
      if (part !== parts + 1)
        throw new ArchiveDamagedError(`${entry.path}: thiếu phần trước / a part is missing`);
      parts += 1;
      for await (const chunk of entry.body) stats.update(chunk);
      entry = await this.#next();
    }
    return { stats, parts };
  }

  async #restoreBlobs(header: BackupHeader): Promise<RestoreResult['blobs']> {
    const client = this.#client;
    const blobs = this.#options.blobs;
    const done = { count: 0, bytes: 0 };
    let lastReport = Date.now();
    let entry = this.#entry;
    while (entry?.path.startsWith('blobs/')) {
      const key = entry.path.slice('blobs/'.length);
      if (!isBlobKey(key))
        throw new ArchiveDamagedError(`${entry.path}: không phải khóa tệp / not a blob key`);
      const { rows } = await client.query<{ sha256: string; size: string; content_type: string }>(
        'select sha256, size::text as size, content_type from blobs where storage_key = $1',
        [key],
      );
      const row = rows[0];
      if (!row)
        throw new ArchiveDamagedError(
          `tệp ${key} không có trong bảng blobs / the archive holds a file the blobs table does not list`,
        );
      const size = Number(row.size);
      if (entry.size !== size)
        throw new ArchiveDamagedError(
          `tệp ${key}: ${entry.size} byte trong bản sao lưu, bảng blobs ghi ${size} / size differs from its blobs row`,
        );
      const inserted = await client.query('insert into restored_blobs values ($1) on conflict do nothing', [
        key,
      ]);
      if (inserted.rowCount === 0)
        throw new ArchiveDamagedError(`tệp ${key} xuất hiện hai lần / appears twice`);
      let existed: boolean;
      try {
        existed = await blobs.exists(key);
      } catch (error) {
        throw new BackupError(
          `Không đọc được kho tệp / cannot reach the file store (${key}): ${(error as Error).message}`,
        );
      }
      let stored: { sha256: string; size: number };
      try {
        // A file already under this key with the right content is kept rather than rewritten: never replace
        // good content with what could turn out to be a damaged copy (a --force restore into the store
        // the platform already uses). The archive's copy is still checked.
        stored =
          existed && (await hashOf(await blobs.get(key))).sha256 === row.sha256
            ? await hashOf(entry.body)
            : await blobs.putAt(key, Readable.from(entry.body, { objectMode: false }), {
                maxBytes: size,
                contentType: row.content_type,
              });
      } catch (error) {
        if (!existed) await blobs.delete(key).catch(() => {});
        if (error instanceof BackupError) throw error;
        throw new BackupError(`Không ghi được tệp / cannot store file ${key}: ${(error as Error).message}`);
      }
      if (!existed) this.#createdBlobs.push(key);
      if (stored.sha256 !== row.sha256 || stored.size !== size)
        throw new ArchiveDamagedError(
          `tệp ${key}: SHA-256 ${stored.sha256} khác bảng blobs (${row.sha256}) / content does not match its checksum`,
        );
      done.count += 1;
      done.bytes += size;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        this.#log(
          `  tệp / files: ${number(done.count)}/${number(header.blobs.count)} (${megabytes(done.bytes)})`,
        );
      }
      entry = await this.#next();
    }
    if (header.blobs.count > 0) this.#log(`  tệp / files: ${number(done.count)} (${megabytes(done.bytes)})`);
    return done;
  }

  async #readManifest(): Promise<BackupManifest> {
    const entry = this.#entry;
    if (!entry)
      throw new ArchiveDamagedError(`thiếu ${MANIFEST_ENTRY} / the manifest is missing (incomplete archive)`);
    if (entry.path !== MANIFEST_ENTRY)
      throw new ArchiveDamagedError(`mục không mong đợi / unexpected entry ${entry.path}`);
    const manifest = parseJson(manifestSchema, await entry.read(MAX_JSON_ENTRY), MANIFEST_ENTRY);
    const after = await this.#next();
    if (after)
      throw new ArchiveDamagedError(`mục sau manifest / unexpected entry after the manifest: ${after.path}`);
    return manifest;
  }

  #checkAgainstManifest(
    header: BackupHeader,
    manifest: BackupManifest,
    tables: Map<string, LoadedTable>,
    blobList: { stats: CopyStats; parts: number },
    blobs: RestoreResult['blobs'],
  ): void {
    if (manifest.schemaVersion !== header.schemaVersion || manifest.createdAt !== header.createdAt)
      throw new ArchiveDamagedError(
        'manifest và tiêu đề không khớp / the manifest does not match the header',
      );
    const names = (list: { name: string }[]) => list.map((t) => t.name).join(', ');
    if (names(manifest.tables) !== names(header.tables))
      throw new ArchiveDamagedError('danh sách bảng khác tiêu đề / the table list differs from the header');
    for (const expected of manifest.tables) {
      const got = tables.get(expected.name);
      const sha256 = got?.stats.sha256() ?? EMPTY_SHA256;
      if (sha256 !== expected.sha256)
        throw new ArchiveDamagedError(
          `bảng ${expected.name}: sai tổng kiểm / checksum mismatch (manifest sha256 ${expected.sha256}, ` +
            `content ${sha256})`,
        );
      const rows = got?.stats.rows ?? 0;
      if (rows !== expected.rows || (got && got.copiedRows !== expected.rows))
        throw new ArchiveDamagedError(
          `bảng ${expected.name}: ${rows} dòng, manifest ghi ${expected.rows} / row count differs from the manifest`,
        );
      if ((got?.parts ?? 0) !== expected.parts)
        throw new ArchiveDamagedError(`bảng ${expected.name}: thiếu phần / parts missing`);
    }
    if (
      blobList.stats.sha256() !== manifest.blobs.list.sha256 ||
      blobList.parts !== manifest.blobs.list.parts
    )
      throw new ArchiveDamagedError(
        `danh sách tệp sai tổng kiểm / the blob list checksum differs (manifest ${manifest.blobs.list.sha256}, ` +
          `content ${blobList.stats.sha256()})`,
      );
    if (blobs.count !== manifest.blobs.count || blobs.bytes !== manifest.blobs.bytes)
      throw new ArchiveDamagedError(
        `có ${blobs.count} tệp (${blobs.bytes} byte), manifest ghi ${manifest.blobs.count} (${manifest.blobs.bytes}) / ` +
          'files missing from the archive',
      );
  }

  /** Every file the restored blobs table lists was restored, and the list is the archived one. */
  async #checkBlobs(manifest: BackupManifest): Promise<void> {
    const client = this.#client;
    if (!(await client.query('select to_regclass($1) as t', ['public.blobs'])).rows[0].t) return;
    const { rows: missing } = await client.query<{ storage_key: string }>(`
      select storage_key from blobs b
      where not exists (select 1 from restored_blobs r where r.storage_key = b.storage_key)
      order by storage_key collate "C" limit 5`);
    if (missing.length > 0)
      throw new ArchiveDamagedError(
        `thiếu tệp / files listed in table blobs are missing from the archive: ${missing.map((m) => m.storage_key).join(', ')}`,
      );
    const stats = new CopyStats();
    const stream = client.query(
      copyTo(`copy (select storage_key, sha256, size from blobs order by storage_key collate "C") to stdout`),
    );
    for await (const chunk of stream as AsyncIterable<Buffer>) stats.update(chunk);
    if (stats.sha256() !== manifest.blobs.list.sha256)
      throw new ArchiveDamagedError('bảng blobs khác danh sách tệp / table blobs differs from the blob list');
  }

  async #setSequences(manifest: BackupManifest): Promise<void> {
    const present = new Set(await listSequences(this.#client));
    for (const sequence of manifest.sequences) {
      if (!present.has(sequence.name))
        throw new BackupError(`Không có sequence ${sequence.name} ở đích / the target has no such sequence`);
      await this.#client.query('select setval($1::regclass, $2::bigint, $3)', [
        qualified(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
      present.delete(sequence.name);
    }
    for (const name of present) this.#warnings.push(`sequence ${name} is not in the archive; left as is`);
  }

  /** Reads every table back and compares its rows with those loaded (order-independent digest). */
  async #verifyLoaded(header: BackupHeader, tables: Map<string, LoadedTable>): Promise<void> {
    this.#log('Kiểm tra dữ liệu đã nạp / verifying the loaded rows…');
    for (const table of header.tables) {
      const stats = new CopyStats();
      const stream = this.#client.query(
        copyTo(`copy ${qualified(table.name)} (${table.columns.map(quoteIdent).join(', ')}) to stdout`),
      );
      for await (const chunk of stream as AsyncIterable<Buffer>) stats.update(chunk);
      const expected = tables.get(table.name)?.stats.rowDigest() ?? new CopyStats().rowDigest();
      if (stats.rowDigest() !== expected)
        throw new BackupError(
          `Bảng ${table.name}: dữ liệu sau khi nạp khác bản sao lưu / the table's rows after loading differ from ` +
            `the archive (${stats.rows} rows found)`,
        );
    }
    const { rows } = await this.#client.query<{ version: number; name: string; checksum: string }>(
      'select version, name, checksum from schema_migrations order by version',
    );
    const same =
      rows.length === header.migrations.length &&
      rows.every((r, i) => {
        const m = header.migrations[i]!;
        return r.version === m.version && r.name === m.name && r.checksum === m.checksum;
      });
    if (!same)
      throw new ArchiveDamagedError(
        'bảng schema_migrations khác tiêu đề / schema_migrations differs from the header',
      );
  }

  async #checkSecretKey(header: BackupHeader): Promise<void> {
    const mine = secretKeyId(this.#options.secretKey);
    if (!header.secretKeyId || !mine || mine === header.secretKeyId) return;
    this.#warnings.push(
      'SECRET_KEY khác với máy đã sao lưu: các bí mật đã mã hóa (khóa TOTP xác thực hai bước) sẽ không đọc được. ' +
        'Đặt SECRET_KEY hoặc chép tệp secret.key của máy cũ / SECRET_KEY differs from the backed-up platform: ' +
        'encrypted secrets (two-factor TOTP seeds) cannot be read; set SECRET_KEY or copy secret.key from the old server',
    );
  }

  async #removeCreatedBlobs(): Promise<number> {
    let removed = 0;
    for (const key of this.#createdBlobs) {
      try {
        await this.#options.blobs.delete(key);
        removed += 1;
      } catch {
        this.#warnings.push(`could not remove ${key}`);
      }
    }
    this.#createdBlobs.length = 0;
    return removed;
  }
}

async function hashOf(content: AsyncIterable<Buffer> | Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

function listSome(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, … (+${names.length - 5})` : names.join(', ');
}

function parseJson<T>(schema: z.ZodType<T>, content: Buffer, entry: string): T {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw new ArchiveDamagedError(`${entry} không phải JSON / is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ArchiveDamagedError(`${entry}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
