import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config/config.ts';
import { createLocalDiskStore } from '../storage/local-disk.ts';
import { dumpDatabase, newDatabase, type Seeded, seedEverything } from './test-support.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'congso-backup-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const main = path.join(repoRoot, 'apps/server/src/cli/main.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `congso` command in a child process against the given database and file folder. */
function congso(args: string[], databaseUrl: string, blobDir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, ...args],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: databaseUrl,
          BLOB_DIR: blobDir,
          CONGSO_DATA_DIR: path.join(work, 'data'),
          SECRET_KEY: 'cli-test-secret-key-cli-test-secret-key',
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('congso backup / congso restore (child processes)', () => {
  let source: string;
  const sourceBlobs = path.join(work, 'source-blobs');
  let seeded: Seeded;
  const archive = path.join(work, 'congso.tar.gz');

  beforeAll(async () => {
    source = await newDatabase('template');
    seeded = await seedEverything(source, createLocalDiskStore(sourceBlobs));
  }, 120_000);

  it('backs up, restores into an empty database, refuses a non-empty one, and replaces it with --force', {
    timeout: 120_000,
  }, async () => {
    const backup = await congso(['backup', archive], source, sourceBlobs);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/audit_log: 60 dòng \/ rows/);
    expect(backup.stdout).toMatch(/Đã sao lưu \/ backed up: .*congso\.tar\.gz/);
    const sourceDump = await dumpDatabase(source);

    const again = await congso(['backup', archive], source, sourceBlobs);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const target = await newDatabase('empty');
    const targetBlobs = path.join(work, 'target-blobs');
    const restore = await congso(['restore', archive], target, targetBlobs);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Đã khôi phục \/ restored: .* 4 tệp \/ files/);
    expect(restore.stdout).toMatch(/audit log intact: 60 bản ghi/);
    expect(await dumpDatabase(target)).toEqual(sourceDump);
    for (const blob of seeded.blobs)
      expect(readFileSync(path.join(targetBlobs, blob.key))).toEqual(
        readFileSync(path.join(sourceBlobs, blob.key)),
      );

    const refused = await congso(['restore', archive], target, targetBlobs);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the target database is not empty.*use --force/s);

    const forced = await congso(['restore', archive, '--force'], target, path.join(work, 'forced-blobs'));
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(await dumpDatabase(target)).toEqual(sourceDump);

    const missing = await congso(['restore', path.join(work, 'nope.tar.gz')], target, targetBlobs);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/backup file not found/);
  });
});
