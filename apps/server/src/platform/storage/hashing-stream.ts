import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobTooLargeError } from './blob-store.ts';

/** Passes bytes through while counting and hashing them; errors once more than `maxBytes` went by. */
export class HashingLimiter extends Transform {
  readonly #hash = createHash('sha256');
  readonly #maxBytes: number;
  size = 0;

  constructor(maxBytes: number) {
    super();
    this.#maxBytes = maxBytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.#maxBytes) {
      callback(new BlobTooLargeError(this.#maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}
