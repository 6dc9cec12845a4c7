import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/** What a driver reports after storing a file. */
export interface StoredBlob {
  key: string;
  /** Hex SHA-256 of the bytes stored, computed while they streamed through. */
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** The write fails with BlobTooLargeError, leaving nothing behind, once more bytes than this arrive. */
  maxBytes: number;
  /** Kept by the S3 driver as the object's Content-Type; the local driver ignores it. */
  contentType?: string;
}

export class BlobTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`Blob exceeds the limit of ${limit} bytes`);
    this.name = 'BlobTooLargeError';
    this.limit = limit;
  }
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`No blob stored under ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

/** A key that this store cannot have handed out (wrong shape, `..`, absolute path…): refused before any I/O. */
export class InvalidBlobKeyError extends Error {
  constructor(key: string) {
    super(`Not a blob key: ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)}`);
    this.name = 'InvalidBlobKeyError';
  }
}

/**
 * Where files live. Content is streamed in and out, never held whole in memory; the SHA-256 and size are
 * computed while writing and the write fails (leaving nothing behind) past `maxBytes` or when the source
 * stream fails. The content stream is consumed, or destroyed when the write fails.
 *
 * Keys are chosen by the store (`YYYY/MM/<uuid v4>`, see `isBlobKey`); every method refuses any other key
 * with InvalidBlobKeyError, so a key can never point outside the store. Drivers: `local` (disk, default,
 * local-disk.ts) and `s3` (s3.ts).
 */
export interface BlobStore {
  readonly driver: 'local' | 's3';
  put(content: Readable, options: PutOptions): Promise<StoredBlob>;
  /** Stores content under a key this store handed out earlier (restoring a backup); replaces what is there. */
  putAt(key: string, content: Readable, options: PutOptions): Promise<StoredBlob>;
  /** The content; BlobNotFoundError when nothing is stored under the key. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the blob; deleting a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Checks that the store is usable (folder writable, bucket reachable with these credentials); throws a
   * ConfigError that says what to fix. Run once at start-up.
   */
  check(): Promise<void>;
}

const KEY = /^\d{4}\/(0[1-9]|1[0-2])\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for keys of the shape the stores hand out: `YYYY/MM/<uuid>`. Nothing else is ever read or written. */
export function isBlobKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

export function assertBlobKey(key: unknown): asserts key is string {
  if (!isBlobKey(key)) throw new InvalidBlobKeyError(String(key));
}

/** A fresh key: the month of upload (UTC) and a random UUID. */
export function newBlobKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

export function assertMaxBytes(maxBytes: unknown): asserts maxBytes is number {
  if (typeof maxBytes !== 'number' || !Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a non-negative integer, got ${String(maxBytes)}`);
  }
}
