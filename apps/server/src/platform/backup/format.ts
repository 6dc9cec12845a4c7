import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { z } from 'zod';

/**
 * The backup archive, format version 1: a POSIX tar file compressed with gzip (`.tar.gz`, the default;
 * inspect it with `tar -tzvf`) or zstd (`.tar.zst`, chosen by the file name; `tar --zstd -tvf`). Restore
 * recognises either by its first bytes. Entries, in this order:
 *
 *   congso-backup.json          header: what the archive is, known before any data is written (format,
 *                               versions, migrations, tables with their columns, blob totals)
 *   tables/<table>/000001.tsv   the table's rows in PostgreSQL COPY text format, split into parts of about
 *   tables/<table>/000002.tsv   PART_SIZE bytes (a tar header must state its size up front; parts keep
 *                               memory flat without a temporary file). Tables come in foreign-key order.
 *   blob-list/000001.tsv        the blob list: storage_key, sha256, size per line (COPY text)
 *   blobs/<storage_key>         the content of each file, in storage_key order
 *   manifest.json               written last, once everything is counted: rows, bytes and SHA-256 of every
 *                               table, checksum of the blob list, sequence values, completion time
 *
 * COPY text rather than binary: text loads into any later PostgreSQL and into a column whose type a later
 * migration changed compatibly, where binary is tied to each type's internal wire format and fails on any
 * mismatch; text has exactly one row per line (newlines inside values are escaped), so rows can be counted
 * and compared without parsing; it reads and diffs with ordinary tools and compresses well. Values are
 * written in fixed styles (applySessionSettings) and floats in their shortest exact form, so text
 * round-trips exactly; the cost of formatting is small next to the I/O.
 *
 * Checksums detect damage and accidental edits (gzip and zstd also check the whole stream). They are not
 * signatures: whoever can write the file can recompute them, so keep archives where only administrators
 * can write (and encrypt them at rest: they hold personal data and password hashes).
 */
export const FORMAT = 'congso-backup';
export const FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'congso-backup.json';
export const MANIFEST_ENTRY = 'manifest.json';
export const PART_SIZE = 8 * 1024 * 1024;
/** Largest JSON entry (header, manifest) read into memory. */
export const MAX_JSON_ENTRY = 64 * 1024 * 1024;

export const tablePartPath = (table: string, part: number) =>
  `tables/${table}/${String(part).padStart(6, '0')}.tsv`;
export const blobListPartPath = (part: number) => `blob-list/${String(part).padStart(6, '0')}.tsv`;
export const blobPath = (key: string) => `blobs/${key}`;

const TABLE_PART = /^tables\/(.+)\/(\d{6})\.tsv$/;
const BLOB_LIST_PART = /^blob-list\/(\d{6})\.tsv$/;

export function parseTablePart(entryPath: string): { table: string; part: number } | undefined {
  const match = TABLE_PART.exec(entryPath);
  return match ? { table: match[1]!, part: Number(match[2]) } : undefined;
}

export function parseBlobListPart(entryPath: string): number | undefined {
  const match = BLOB_LIST_PART.exec(entryPath);
  return match ? Number(match[1]) : undefined;
}

const migrationSchema = z.object({
  version: z.number().int().positive(),
  name: z.string(),
  checksum: z.string(),
});

export const headerSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  platformVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  migrations: z.array(migrationSchema),
  postgres: z.object({ serverVersion: z.string(), encoding: z.string() }),
  /** Fingerprint of the platform's SECRET_KEY (not the key): restore warns when the target's differs. */
  secretKeyId: z.string().nullable(),
  /** Every table of schema `public`, in load order, with the columns dumped (generated ones left out). */
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()).min(1) })),
  blobs: z.object({ count: z.number().int().nonnegative(), bytes: z.number().nonnegative() }),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  completedAt: z.string(),
  platformVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  tables: z.array(
    z.object({
      name: z.string(),
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      parts: z.number().int().nonnegative(),
      sha256: sha256Hex,
    }),
  ),
  /** last_value / is_called of every sequence of schema `public` (identity columns included). */
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  blobs: z.object({
    count: z.number().int().nonnegative(),
    bytes: z.number().nonnegative(),
    list: z.object({
      rows: z.number().int().nonnegative(),
      parts: z.number().int().nonnegative(),
      sha256: sha256Hex,
    }),
    /** sha256 of every file, by storage key: the list is the entry `blob-list/…` (streamed, not inline). */
    listEntry: z.literal('blob-list/'),
  }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * Session settings for COPY text that means the same thing on every server: values are written and read
 * in one fixed style whatever the server or role defaults are (as pg_dump does). Row-level security off
 * makes a policy that would hide rows an error rather than a silently partial dump.
 */
export async function applySessionSettings(client: pg.Client): Promise<void> {
  await client.query(`
    set client_encoding = 'UTF8';
    set datestyle = 'ISO, YMD';
    set intervalstyle = 'postgres';
    set timezone = 'UTC';
    set extra_float_digits = 3;
    set bytea_output = 'hex';
    set standard_conforming_strings = on;
    set xmloption = content;
    set row_security = off;
    set statement_timeout = 0;
    set lock_timeout = 0;
    set idle_in_transaction_session_timeout = 0;
  `);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export const qualified = (name: string) => `public.${quoteIdent(name)}`;

/** A fingerprint of the secret key: says whether two platforms share a key without revealing it. */
export function secretKeyId(keyMaterial: string | undefined): string | null {
  if (!keyMaterial) return null;
  return createHash('sha256').update(`congso-secret-key-id\n${keyMaterial}`).digest('hex').slice(0, 16);
}

export function platformVersion(): string {
  const file = path.resolve(import.meta.dirname, '../../../package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Counts and fingerprints COPY text as it streams by: SHA-256 of the exact bytes (what the manifest
 * records), and an order-independent digest of the rows (one row per line in COPY text: newlines inside
 * values are escaped). The row digest lets restore compare what it loaded with what the table holds
 * afterwards without relying on the physical order of rows. It adds SHA-256(row) into eight 32-bit lanes,
 * so the same multiset of rows always gives the same digest.
 */
export class CopyStats {
  readonly #content = createHash('sha256');
  readonly #lanes = new Uint32Array(8);
  #row: Hash | undefined;
  bytes = 0;
  rows = 0;

  update(chunk: Buffer): void {
    this.#content.update(chunk);
    this.bytes += chunk.length;
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      this.#row ??= createHash('sha256');
      if (newline === -1) {
        this.#row.update(chunk.subarray(start));
        return;
      }
      this.#row.update(chunk.subarray(start, newline));
      const digest = this.#row.digest();
      for (let lane = 0; lane < 8; lane++)
        this.#lanes[lane] = this.#lanes[lane]! + digest.readUInt32BE(lane * 4);
      this.#row = undefined;
      this.rows += 1;
      start = newline + 1;
    }
  }

  /** Set when the data ended in the middle of a row (damaged input). */
  get partialRow(): boolean {
    return this.#row !== undefined;
  }

  sha256(): string {
    return this.#content.copy().digest('hex');
  }

  rowDigest(): string {
    return `${this.rows}:${Buffer.from(this.#lanes.buffer).toString('hex')}`;
  }
}

export const EMPTY_SHA256 = createHash('sha256').digest('hex');
