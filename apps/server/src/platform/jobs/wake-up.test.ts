import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { startWakeUpListener, type WakeUpListener, wakeUpOnCommit } from './wake-up.ts';

let db: TestDatabase;
let listener: WakeUpListener;

beforeAll(async () => {
  db = await createTestDatabase();
  listener = startWakeUpListener(db.url);
});

afterAll(async () => {
  await listener?.stop();
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await settle(20);
  }
}

describe('wake-ups', () => {
  it('runs the handler once on registering, then after each commit that woke its channel', async () => {
    let runs = 0;
    await listener.on('test_commit', async () => {
      runs++;
    });
    await waitUntil(() => runs === 1);
    await db.db.transaction().execute(async (trx) => {
      await wakeUpOnCommit(trx, 'test_commit');
      await wakeUpOnCommit(trx, 'test_commit');
      await settle(200);
      // nothing before the commit
      expect(runs).toBe(1);
    });
    await waitUntil(() => runs === 2);
    await settle(200);
    // two notifications of one transaction are one
    expect(runs).toBe(2);
  });

  it('never runs for a transaction that rolled back', async () => {
    let runs = 0;
    await listener.on('test_rollback', async () => {
      runs++;
    });
    await waitUntil(() => runs === 1);
    await expect(
      db.db.transaction().execute(async (trx) => {
        await wakeUpOnCommit(trx, 'test_rollback');
        throw new Error('annulé');
      }),
    ).rejects.toThrow('annulé');
    await settle(500);
    expect(runs).toBe(1);
  });

  it('never runs a handler twice at once: wake-ups during a run ask for one more run', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    await listener.on('test_overlap', async () => {
      running++;
      most = Math.max(most, running);
      await settle(150);
      running--;
      runs++;
    });
    await waitUntil(() => runs === 1);
    for (let i = 0; i < 5; i++) await wakeUpOnCommit(db.db, 'test_overlap');
    await waitUntil(() => runs >= 2);
    await settle(500);
    expect(most).toBe(1);
    // the first wake-up starts a run, the four during it fold into one more
    expect(runs).toBeLessThanOrEqual(3);
  });
});
