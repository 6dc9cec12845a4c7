import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobTooLargeError } from './blob-store.ts';

/**
 * Passes bytes through while counting and hashing them; errors with BlobTooLargeError as soon as more than
 * `maxBytes` went by (the chunk that crosses the limit is not passed on).
 *
 * The count is deliberately not called `size` or `length`: @aws-sdk/lib-storage reads those properties of
 * an upload body as its total length, and would take a stream's running count for the final one.
 */
export class HashingLimiter extends Transform {
  readonly #hash = createHash('sha256');
  readonly #maxBytes: number;
  #bytes = 0;
  #digest: string | undefined;

  constructor(maxBytes: number) {
    super();
    this.#maxBytes = maxBytes;
  }

  /** Bytes passed through so far. */
  get bytesSeen(): number {
    return this.#bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.#maxBytes) {
      callback(new BlobTooLargeError(this.#maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  /** Hex SHA-256 of everything passed through; call once the stream has ended. */
  digest(): string {
    this.#digest ??= this.#hash.digest('hex');
    return this.#digest;
  }
}
