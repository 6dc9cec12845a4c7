import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.ts';
import { createLocalDiskStore } from './local-disk.ts';
import { describeBlobStore, listFiles } from './test/blob-store-suite.ts';

const sandboxes: string[] = [];
afterAll(async () => {
  for (const dir of sandboxes) await rm(dir, { recursive: true, force: true });
});

async function sandbox(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'congso-blob-local-'));
  sandboxes.push(dir);
  return dir;
}

describeBlobStore('local disk', async () => {
  const dir = await sandbox();
  // two levels down, so a key like ../../etc/passwd that escaped would still land inside the sandbox
  const root = path.join(dir, 'data', 'blobs');
  const store = createLocalDiskStore(root);
  await store.check();
  return {
    store,
    files: () => listFiles(dir),
    pending: () => listFiles(path.join(root, '.partial')),
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('local disk driver', () => {
  it('keeps a blob as root/YYYY/MM/<uuid>, readable by the owner only', async () => {
    const root = path.join(await sandbox(), 'blobs');
    const store = createLocalDiskStore(root);
    const { key } = await store.put(Readable.from([Buffer.from('hồ sơ')]), { maxBytes: 100 });
    const info = await stat(path.join(root, key));
    expect(info.size).toBe(Buffer.byteLength('hồ sơ'));
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('check() creates the root and sweeps temporary files older than a day, keeping recent ones', async () => {
    const root = path.join(await sandbox(), 'blobs');
    const store = createLocalDiskStore(root);
    await store.check();
    const partial = path.join(root, '.partial');
    await writeFile(path.join(partial, 'old'), 'x');
    await writeFile(path.join(partial, 'recent'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(path.join(partial, 'old'), twoDaysAgo, twoDaysAgo);
    await store.check();
    expect(await readdir(partial)).toEqual(['recent']);
  });

  it('check() names the folder when it cannot be used', async () => {
    const dir = await sandbox();
    await writeFile(path.join(dir, 'a-file'), 'not a folder');
    const store = createLocalDiskStore(path.join(dir, 'a-file', 'blobs'));
    const failure = store.check();
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(/BLOB_DIR is not a writable folder.*a-file/);
  });

  it('a reader opened before a delete still reads the whole blob', async () => {
    const root = path.join(await sandbox(), 'blobs');
    await mkdir(root, { recursive: true });
    const store = createLocalDiskStore(root);
    const data = Buffer.alloc(256 * 1024, 7);
    const { key } = await store.put(Readable.from([data]), { maxBytes: data.length });
    const reader = await store.get(key);
    await store.delete(key);
    const chunks: Buffer[] = [];
    for await (const chunk of reader) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
  });
});
