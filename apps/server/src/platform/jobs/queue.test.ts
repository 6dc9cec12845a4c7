import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { type JobQueue, startJobQueue } from './queue.ts';

let db: TestDatabase;
let worker: JobQueue;
let web: JobQueue;

beforeAll(async () => {
  db = await createTestDatabase();
  worker = await startJobQueue({ connectionString: db.url, runWorkers: true });
  web = await startJobQueue({ connectionString: db.url, runWorkers: false });
});

afterAll(async () => {
  await web?.stop();
  await worker?.stop();
});

describe('job queue', () => {
  it('a job sent by a web node runs on the worker, with its data', async () => {
    const done = new Promise<{ dossier: string }>((resolve) => {
      void worker.work<{ dossier: string }>('test.echo', async (data) => resolve(data));
    });
    await web.send('test.echo', { dossier: '000.00.01.H38-251122-0001' });
    await expect(done).resolves.toEqual({ dossier: '000.00.01.H38-251122-0001' });
  });

  it('a web node never runs handlers', async () => {
    let ran = false;
    await web.work('test.web-only', async () => {
      ran = true;
    });
    await web.send('test.web-only', {});
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).toBe(false);
  });

  it('a failing job is retried', async () => {
    let attempts = 0;
    const succeeded = new Promise<void>((resolve) => {
      void worker.work('test.flaky', async () => {
        attempts += 1;
        if (attempts < 2) throw new Error('tạm thời lỗi');
        resolve();
      });
    });
    await web.send('test.flaky', {}, { retryLimit: 2 });
    await succeeded;
    expect(attempts).toBe(2);
  }, 60_000);
});
