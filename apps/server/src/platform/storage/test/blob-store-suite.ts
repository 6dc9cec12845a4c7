import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  InvalidBlobKeyError,
  isBlobKey,
} from '../blob-store.ts';

/** One driver, set up in a sandbox folder of its own for the suite. */
export interface BlobStoreHarness {
  store: BlobStore;
  /**
   * Every file under the sandbox (the store's data and anything next to it), relative and sorted: blobs,
   * temporary files, multipart parts. A key that escaped the store's root would show up here too.
   */
  files(): Promise<string[]>;
  /** Writes still in progress: temporary files (local) or open multipart uploads (S3). */
  pending(): Promise<string[]>;
  teardown(): Promise<void>;
}

const MiB = 1024 * 1024;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Blob keys that must never reach the disk or a server. */
const BAD_KEYS = [
  '../../etc/passwd',
  '2026/01/../../../etc/passwd',
  '2026/01/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a/../../../x',
  '/etc/passwd',
  '2026/01/..',
  '..',
  '',
  '2026/13/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a',
  '2026/01/0B6F3B52-4C1D-4F6E-9A53-2B1F0C8D9E7A',
  '2026\\01\\0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a',
  '2026/01/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a/',
  '2026/01/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a\0',
];

/**
 * The behaviour every BlobStore driver must have, run against a real backing store. Sizes are chosen to
 * cross the S3 driver's 5 MiB part size, so multipart paths (and their clean-up) are exercised too.
 */
export function describeBlobStore(name: string, setup: () => Promise<BlobStoreHarness>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let h: BlobStoreHarness;
    beforeAll(async () => {
      h = await setup();
    });
    afterAll(async () => {
      await h?.teardown();
    });

    /** Runs `action` and checks that it left the backing storage exactly as it found it. */
    async function leavesNothingBehind(action: () => Promise<unknown>): Promise<void> {
      const before = await h.files();
      await action();
      expect(await h.pending()).toEqual([]);
      expect(await h.files()).toEqual(before);
    }

    // first, so that the process's memory is not yet inflated by the other tests' buffers
    it('streams a 150 MiB file in and out with bounded memory', { timeout: 300_000 }, async () => {
      // warm up first: code the first requests load (SDK modules, connections) is not per-upload memory
      const warmUp = await h.store.put(generated(6 * MiB).stream, { maxBytes: 6 * MiB });
      await readAll(await h.store.get(warmUp.key));
      await h.store.delete(warmUp.key);

      const size = 150 * MiB;
      const source = generated(size);
      const memory = watchMemory();
      const started = performance.now();
      const stored = await h.store.put(source.stream, { maxBytes: size });
      const seconds = (performance.now() - started) / 1000;
      const up = memory.stop();
      expect(stored).toMatchObject({ size, sha256: source.sha256() });

      const downMemory = watchMemory();
      const downStarted = performance.now();
      const hash = createHash('sha256');
      let read = 0;
      for await (const chunk of await h.store.get(stored.key)) {
        hash.update(chunk as Buffer);
        read += (chunk as Buffer).length;
      }
      const downSeconds = (performance.now() - downStarted) / 1000;
      const down = downMemory.stop();
      expect(read).toBe(size);
      expect(hash.digest('hex')).toBe(source.sha256());
      console.info(
        `[blob-store ${name}] 150 MiB put: ${(150 / seconds).toFixed(0)} MiB/s, RSS +${mib(up.rss)} MiB, ` +
          `heap+buffers +${mib(up.js)} MiB | get: ${(150 / downSeconds).toFixed(0)} MiB/s, ` +
          `RSS +${mib(down.rss)} MiB, heap+buffers +${mib(down.js)} MiB`,
      );
      for (const growth of [up.rss, up.js, down.rss, down.js]) expect(growth).toBeLessThan(64 * MiB);
      await h.store.delete(stored.key);
      expect(await h.pending()).toEqual([]);
    });

    it.each([
      ['a few bytes', 11],
      ['64 KiB + 1', 64 * 1024 + 1],
      ['exactly one S3 part (5 MiB)', 5 * MiB],
      ['several S3 parts (12 MiB + 3)', 12 * MiB + 3],
    ])('round-trips %s with the right SHA-256 and size', async (_label, size) => {
      const data = randomBytes(size);
      const stored = await h.store.put(chunked(data), { maxBytes: size, contentType: 'application/pdf' });
      expect(isBlobKey(stored.key)).toBe(true);
      expect(stored.size).toBe(size);
      expect(stored.sha256).toBe(sha256(data));
      expect((await readAll(await h.store.get(stored.key))).equals(data)).toBe(true);
      expect(await h.store.exists(stored.key)).toBe(true);
      expect(await h.pending()).toEqual([]);
    });

    it('stores an empty file', async () => {
      const stored = await h.store.put(Readable.from([]), { maxBytes: 0 });
      expect(stored).toMatchObject({ size: 0, sha256: EMPTY_SHA256 });
      expect(await h.store.exists(stored.key)).toBe(true);
      expect((await readAll(await h.store.get(stored.key))).length).toBe(0);
    });

    it('putAt replaces what is stored under a key (restore), and restores into an empty key', async () => {
      const first = randomBytes(1000);
      const second = randomBytes(7 * MiB);
      const { key } = await h.store.put(chunked(first), { maxBytes: MiB });
      const files = await h.files();
      const replaced = await h.store.putAt(key, chunked(second), { maxBytes: 8 * MiB });
      expect(replaced).toEqual({ key, size: second.length, sha256: sha256(second) });
      expect((await readAll(await h.store.get(key))).equals(second)).toBe(true);
      expect((await h.files()).length).toBe(files.length);

      const freshKey = '2020/02/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a';
      expect(await h.store.exists(freshKey)).toBe(false);
      const restored = await h.store.putAt(freshKey, chunked(first), { maxBytes: MiB });
      expect(restored).toEqual({ key: freshKey, size: first.length, sha256: sha256(first) });
      expect((await readAll(await h.store.get(freshKey))).equals(first)).toBe(true);
    });

    it('exists and delete', async () => {
      const before = await h.files();
      const { key } = await h.store.put(chunked(randomBytes(4096)), { maxBytes: 4096 });
      expect(await h.store.exists(key)).toBe(true);
      await h.store.delete(key);
      expect(await h.store.exists(key)).toBe(false);
      await expect(h.store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
      await h.store.delete(key); // deleting again is not an error
      expect(await h.files()).toEqual(before);
    });

    it('get of an unknown key is BlobNotFoundError; exists is false', async () => {
      const unknown = '2031/12/7d2c1a58-8a8e-4b5e-bb0e-6c8f1f4b9a10';
      await expect(h.store.get(unknown)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await h.store.exists(unknown)).toBe(false);
    });

    it('accepts content of exactly maxBytes', async () => {
      const data = randomBytes(1234);
      await expect(h.store.put(chunked(data), { maxBytes: 1234 })).resolves.toMatchObject({ size: 1234 });
    });

    it('refuses a small stream one byte over the limit and leaves nothing behind', async () => {
      await leavesNothingBehind(async () => {
        const source = chunked(randomBytes(101));
        await expect(h.store.put(source, { maxBytes: 100 })).rejects.toBeInstanceOf(BlobTooLargeError);
        expect(source.destroyed).toBe(true);
      });
    });

    it('refuses a stream over the limit after several parts were sent, and leaves nothing behind', async () => {
      await leavesNothingBehind(async () => {
        const source = generated(40 * MiB);
        const failure = h.store.put(source.stream, { maxBytes: 17 * MiB });
        await expect(failure).rejects.toBeInstanceOf(BlobTooLargeError);
        await expect(failure).rejects.toMatchObject({ limit: 17 * MiB });
        expect(source.stream.destroyed).toBe(true);
        expect(source.produced()).toBeLessThan(40 * MiB); // reading stopped at the limit
      });
    });

    it('a refused putAt leaves the blob already under that key untouched', async () => {
      const original = randomBytes(3000);
      const { key } = await h.store.put(chunked(original), { maxBytes: MiB });
      await leavesNothingBehind(async () => {
        await expect(
          h.store.putAt(key, generated(20 * MiB).stream, { maxBytes: 11 * MiB }),
        ).rejects.toBeInstanceOf(BlobTooLargeError);
        await expect(h.store.putAt(key, chunked(randomBytes(10)), { maxBytes: 9 })).rejects.toBeInstanceOf(
          BlobTooLargeError,
        );
      });
      expect((await readAll(await h.store.get(key))).equals(original)).toBe(true);
    });

    it.each([
      ['before the first byte', 0],
      ['after a few bytes', 10],
      ['after several S3 parts', 13 * MiB],
    ])(
      'a source stream failing %s rejects with its error and leaves nothing behind',
      async (_label, after) => {
        await leavesNothingBehind(async () => {
          const boom = new Error('disk of the uploader unplugged');
          const source = generated(30 * MiB, { failAfter: after, error: boom });
          await expect(h.store.put(source.stream, { maxBytes: 100 * MiB })).rejects.toBe(boom);
        });
      },
    );

    it('refuses keys that could escape the store (path traversal), before any I/O', async () => {
      await leavesNothingBehind(async () => {
        for (const key of BAD_KEYS) {
          const source = chunked(Buffer.from('root:x:0:0::/root:/bin/sh\n'));
          await expect(h.store.putAt(key, source, { maxBytes: MiB }), key).rejects.toBeInstanceOf(
            InvalidBlobKeyError,
          );
          await expect(h.store.get(key), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
          await expect(h.store.exists(key), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
          await expect(h.store.delete(key), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
        }
      });
    });

    it('refuses a maxBytes that is not a non-negative integer', async () => {
      for (const maxBytes of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        await expect(h.store.put(chunked(Buffer.from('x')), { maxBytes })).rejects.toBeInstanceOf(RangeError);
      }
    });

    it('stores concurrent puts independently', async () => {
      const payloads = [0, 1, 100, 4096, 65_536, 300_000, MiB, 6 * MiB, 6 * MiB + 1, 11 * MiB].map((size) =>
        randomBytes(size),
      );
      const stored = await Promise.all(
        payloads.map((data) => h.store.put(chunked(data), { maxBytes: 12 * MiB })),
      );
      expect(new Set(stored.map((s) => s.key)).size).toBe(payloads.length);
      for (const [i, data] of payloads.entries()) {
        expect(stored[i]).toMatchObject({ size: data.length, sha256: sha256(data) });
        expect((await readAll(await h.store.get(stored[i]!.key))).equals(data)).toBe(true);
      }
      expect(await h.pending()).toEqual([]);
    });
  });
}

/** Lists every file under `root`, relative, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A byte stream of `data` in 16 KiB chunks. */
function chunked(data: Buffer): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= data.length) {
        this.push(null);
        return;
      }
      this.push(data.subarray(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const POOL = randomBytes(MiB + 64 * 1024);

/**
 * `size` pseudo-random bytes made on the fly in 64 KiB chunks (views of one shared pool, so the source
 * itself allocates nothing), hashed as they are produced; optionally failing after `failAfter` bytes.
 */
function generated(size: number, options: { failAfter?: number; error?: Error } = {}) {
  const hash = createHash('sha256');
  let produced = 0;
  let chunkIndex = 0;
  const stream = new Readable({
    read() {
      if (options.failAfter !== undefined && produced >= options.failAfter) {
        this.destroy(options.error ?? new Error('source failed'));
        return;
      }
      if (produced >= size) {
        this.push(null);
        return;
      }
      const length = Math.min(64 * 1024, size - produced);
      const offset = (chunkIndex++ * 7919) % MiB;
      const chunk = POOL.subarray(offset, offset + length);
      hash.update(chunk);
      produced += length;
      this.push(chunk);
    },
  });
  let digest: string | undefined;
  return { stream, sha256: () => (digest ??= hash.digest('hex')), produced: () => produced };
}

/**
 * Peak growth of the process's memory (RSS, and V8 heap + Buffers) over the baseline at the start. Each
 * sample first runs a full garbage collection, so what is measured is memory held, not garbage V8 has not
 * yet collected (V8 lets up to ~64 MiB of dead Buffers pile up before it collects on its own).
 */
function watchMemory() {
  collectGarbage();
  const base = process.memoryUsage();
  const js = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external;
  let peakRss = base.rss;
  let peakJs = js(base);
  const sample = () => {
    collectGarbage();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakJs = Math.max(peakJs, js(m));
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rss: peakRss - base.rss, js: peakJs - js(base) };
    },
  };
}

let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  // twice: V8 updates its count of external (Buffer) memory freed by one collection only in the next
  gc();
  gc();
}

function mib(bytes: number): string {
  return (bytes / MiB).toFixed(1);
}
