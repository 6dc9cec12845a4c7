import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ConfigError } from '../config/config.ts';
import {
  assertBlobKey,
  assertMaxBytes,
  BlobNotFoundError,
  type BlobStore,
  newBlobKey,
  type PutOptions,
  type StoredBlob,
} from './blob-store.ts';
import { HashingLimiter } from './hashing-stream.ts';

/** Temporary files older than this are left-overs of a crash; `check()` removes them. */
const STALE_PARTIAL_MS = 24 * 60 * 60 * 1000;

/**
 * Files on local disk: the blob with key `YYYY/MM/<uuid>` is the file `root/YYYY/MM/<uuid>` (mode 0600).
 *
 * - Writes stream into `root/.partial/<uuid>` (same file system), are flushed to disk (fsync) and then
 *   renamed onto the key, so a reader never sees a half-written file and a crash never leaves one under a
 *   real key. Over the limit, or when the source stream fails, the temporary file is removed and the
 *   error is rethrown. `putAt` replaces an existing file atomically.
 * - Keys are checked against the key pattern before any path is built: no `..`, no absolute paths.
 * - `contentType` is not kept (the database row referencing the blob has it).
 * - `check()` creates the root if needed, proves it writable and sweeps temporary files older than a day
 *   (left by a crash). Several processes may share the root (e.g. over NFS): every write uses its own
 *   temporary name.
 */
export function createLocalDiskStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);
  const partialDir = path.join(root, '.partial');
  const fileOf = (key: string) => {
    assertBlobKey(key);
    return path.join(root, ...key.split('/'));
  };

  async function putAt(key: string, content: Readable, options: PutOptions): Promise<StoredBlob> {
    const file = fileOf(key);
    assertMaxBytes(options.maxBytes);
    const limiter = new HashingLimiter(options.maxBytes);
    const temp = path.join(partialDir, randomUUID());
    let handle: FileHandle | undefined;
    try {
      await Promise.all([
        mkdir(partialDir, { recursive: true, mode: 0o700 }),
        mkdir(path.dirname(file), { recursive: true, mode: 0o700 }),
      ]);
      handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      // the stream closes the handle when it finishes or is destroyed; `flush` fsyncs before closing
      await pipeline(content, limiter, handle.createWriteStream({ flush: true }));
      await rename(temp, file);
    } catch (error) {
      content.destroy();
      if (handle) {
        await handle.close().catch(() => {});
        await rm(temp, { force: true });
      }
      throw error;
    }
    await syncDir(path.dirname(file));
    return { key, sha256: limiter.digest(), size: limiter.bytesSeen };
  }

  return {
    driver: 'local',
    put: (content, options) => putAt(newBlobKey(), content, options),
    putAt,
    async get(key) {
      const file = fileOf(key);
      let handle: FileHandle;
      try {
        handle = await open(file, 'r');
      } catch (error) {
        if (isCode(error, 'ENOENT')) throw new BlobNotFoundError(key);
        throw error;
      }
      // opened before returning: a delete after this point does not break the reader
      return handle.createReadStream();
    },
    async exists(key) {
      const file = fileOf(key);
      try {
        return (await stat(file)).isFile();
      } catch (error) {
        if (isCode(error, 'ENOENT')) return false;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async check() {
      try {
        await mkdir(partialDir, { recursive: true, mode: 0o700 });
        const probe = path.join(partialDir, `check-${randomUUID()}`);
        const handle = await open(probe, 'wx', 0o600);
        await handle.close();
        await rm(probe);
      } catch (error) {
        throw new ConfigError(
          `Thư mục lưu tệp không ghi được (BLOB_DIR is not a writable folder): ${root} — ${describe(error)}`,
        );
      }
      const cutoff = Date.now() - STALE_PARTIAL_MS;
      for (const name of await readdir(partialDir)) {
        const temp = path.join(partialDir, name);
        const info = await stat(temp).catch(() => undefined);
        if (info && info.mtimeMs < cutoff) await rm(temp, { force: true, recursive: true });
      }
    },
  };
}

/** Makes a rename durable (best effort: not every file system lets a folder be fsynced). */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // ignored: the file itself is already on disk
  } finally {
    await handle?.close().catch(() => {});
  }
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
