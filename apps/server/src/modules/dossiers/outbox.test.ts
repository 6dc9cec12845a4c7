import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import type { OneStopFixture } from '../../../test/fixtures/dossiers.ts';
import { oneStopApp } from '../../../test/fixtures/dossiers.ts';
import { type DossierFeedEvent, drainDossierOutbox } from './outbox.ts';
import { submitOnline } from './receiving.ts';
import { insertEvent } from './repository.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;

const submit = (name: string) =>
  submitOnline(t.db.db, {
    agencyId: f.agencyA,
    procedureId: fx.procedureId,
    applicant: { kind: 'citizen', name, idNumber: '001190012345' },
  });

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
});

describe('the dossier change feed', () => {
  it('queues every history line once per consumer, in the transaction that wrote it', async () => {
    const id = await submit('Lê Thị Hoa');
    const rows = await t.db.db
      .selectFrom('dossierOutbox')
      .select(['consumer', 'status'])
      .where('dossierId', '=', id)
      .orderBy('consumer')
      .execute();
    expect(rows).toEqual([
      { consumer: 'applicant_notice', status: 'pending' },
      { consumer: 'national_portal', status: 'pending' },
    ]);
  });

  it('delivers in order, retries a failed line later and holds back the lines of its dossier meanwhile', async () => {
    await t.db.db
      .updateTable('dossierOutbox')
      .set({ status: 'skipped' })
      .where('status', '=', 'pending')
      .execute();
    const first = await submit('Trần Văn Một');
    const second = await submit('Trần Văn Hai');
    // a second line for the first dossier: a note written straight through the repository's insertEvent
    await insertEvent(t.db.db, { dossierId: first, actorId: null, actorAgencyId: null, kind: 'opinion' });

    const seen: string[] = [];
    let failFirst = true;
    const handler = async (_trx: unknown, event: DossierFeedEvent) => {
      if (event.dossierId === first && failFirst) throw new Error('endpoint down');
      seen.push(`${event.dossierId === first ? 'first' : 'second'}:${event.kind}`);
      return 'sent' as const;
    };
    let clock = new Date();
    const now = () => clock;
    const run1 = await drainDossierOutbox(t.db.db, 'national_portal', handler, { now });
    // the first dossier's line failed and its later line waited; the other dossier went through
    expect(run1).toEqual({ done: 1, failed: 1 });
    expect(seen).toEqual(['second:submit_online']);
    const failed = await t.db.db
      .selectFrom('dossierOutbox')
      .select(['status', 'attempts', 'lastError', 'nextAttemptAt'])
      .where('dossierId', '=', first)
      .where('consumer', '=', 'national_portal')
      .orderBy('id')
      .execute();
    expect(failed[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'endpoint down' });
    expect(failed[0]!.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());

    // nothing is due before the retry time
    expect(await drainDossierOutbox(t.db.db, 'national_portal', handler, { now })).toEqual({
      done: 0,
      failed: 0,
    });
    failFirst = false;
    clock = new Date(clock.getTime() + 31_000);
    expect(await drainDossierOutbox(t.db.db, 'national_portal', handler, { now })).toEqual({
      done: 2,
      failed: 0,
    });
    expect(seen).toEqual(['second:submit_online', 'first:submit_online', 'first:opinion']);
    // the other consumer still has its own copies
    const notices = await t.db.db
      .selectFrom('dossierOutbox')
      .select('status')
      .where('dossierId', 'in', [first, second])
      .where('consumer', '=', 'applicant_notice')
      .execute();
    expect(notices.map((n) => n.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('gives a line up as failed after the last attempt', async () => {
    await t.db.db
      .updateTable('dossierOutbox')
      .set({ status: 'skipped' })
      .where('status', '=', 'pending')
      .execute();
    const id = await submit('Phạm Văn Ba');
    const down = async () => {
      throw new Error('still down');
    };
    let clock = new Date();
    for (let attempt = 0; attempt < 3; attempt++) {
      await drainDossierOutbox(t.db.db, 'applicant_notice', down, { now: () => clock, maxAttempts: 3 });
      clock = new Date(clock.getTime() + 3_600_000);
    }
    const row = await t.db.db
      .selectFrom('dossierOutbox')
      .select(['status', 'attempts'])
      .where('dossierId', '=', id)
      .where('consumer', '=', 'applicant_notice')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', attempts: 3 });
  });
});
