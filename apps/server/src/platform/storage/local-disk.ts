import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobNotFoundError, type BlobStore, type StoredBlob } from './blob-store.ts';
import { HashingLimiter } from './hashing-stream.ts';

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/**
 * Files on local disk under `root/YYYY/MM/<uuid>`. Written to a temporary name in the same folder and
 * renamed when complete, so a crash never leaves a half-written file under a real key.
 */
export function createLocalDiskStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new BlobNotFoundError(key);
    return path.join(root, key);
  };
  return {
    driver: 'local',
    async put(content: Readable, options): Promise<StoredBlob> {
      const now = new Date();
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
      return this.putAt(key, content, options);
    },
    async putAt(key: string, content: Readable, { maxBytes }): Promise<StoredBlob> {
      const file = fileOf(key);
      const temp = `${file}.${randomUUID()}.partial`;
      await mkdir(path.dirname(file), { recursive: true });
      const limiter = new HashingLimiter(maxBytes);
      try {
        await pipeline(content, limiter, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { key, sha256: limiter.digest(), size: limiter.size };
    },
    async get(key) {
      const file = fileOf(key);
      try {
        await access(file);
      } catch {
        throw new BlobNotFoundError(key);
      }
      return createReadStream(file);
    },
    async exists(key) {
      try {
        await access(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
