import type { Readable } from 'node:stream';

/** What a driver reports after storing a file. */
export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
}

export class BlobTooLargeError extends Error {
  constructor(limit: number) {
    super(`Blob exceeds the limit of ${limit} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`No blob stored under ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

/**
 * Where files live. Content is streamed in and out, never held whole in memory; the SHA-256 and size are
 * computed while writing and the write fails (leaving nothing behind) past `maxBytes`. Keys are chosen by
 * the store. Drivers: `local` (disk, default) and `s3`.
 */
export interface BlobStore {
  readonly driver: 'local' | 's3';
  put(content: Readable, options: { maxBytes: number; contentType?: string }): Promise<StoredBlob>;
  /** Stores content under a key this store handed out earlier (restoring a backup); replaces what is there. */
  putAt(
    key: string,
    content: Readable,
    options: { maxBytes: number; contentType?: string },
  ): Promise<StoredBlob>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}
