import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import { receiveAt } from '../../../test/fixtures/dossier-processing.ts';
import { contextOf, type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import { noticeDeadlines } from './deadlines.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let specialist: TestClient;
let specialistB: TestClient;
let overdue: { id: string; code: string };
let dueSoon: { id: string; code: string };
let fresh: { id: string; code: string };

const DAY = 86_400_000;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  const counter = await contextOf(t, await t.login('clerk.a', PASSWORD));
  specialist = await t.login('specialist.a', PASSWORD);
  specialistB = await t.login('specialist.b', PASSWORD);
  // received two weeks ago: its step and the dossier are overdue
  overdue = await receiveAt(t, counter, fx, new Date(Date.now() - 14 * DAY));
  // received now: nothing due for two working days…
  fresh = await receiveAt(t, counter, fx, new Date());
  // …and one whose step is due in two hours
  dueSoon = await receiveAt(t, counter, fx, new Date());
  await t.db.db
    .updateTable('dossierSteps')
    .set({ dueAt: new Date(Date.now() + 2 * 3_600_000) })
    .where('dossierId', '=', dueSoon.id)
    .where('position', '=', 2)
    .execute();
});

describe('warnings before the due date', () => {
  it('lists the steps I may act on that are overdue or due within a working day', async () => {
    const mine = await specialist.get('/api/dossiers/deadlines');
    expect(mine.status).toBe(200);
    const items = mine.body.items as {
      state: string;
      dossier: { id: string; code: string };
      step: { position: number };
    }[];
    expect(items.map((i) => [i.dossier.code, i.state, i.step.position])).toEqual([
      [overdue.code, 'overdue', 2],
      [dueSoon.code, 'due_soon', 2],
    ]);
    expect(items.some((i) => i.dossier.id === fresh.id)).toBe(false);
    // not B's steps
    expect((await specialistB.get('/api/dossiers/deadlines')).body.items).toEqual([]);
  });

  it('tells the handlers once a day per step, however often the job runs', async () => {
    const notices = () =>
      t.db.db
        .selectFrom('notifications')
        .select(['kind', 'title', 'link'])
        .where('userId', '=', f.users['specialist.a']!.id)
        .where('kind', 'in', ['dossier_overdue', 'dossier_due_soon'])
        .orderBy('kind')
        .execute();
    await noticeDeadlines(t.db.db);
    const first = await notices();
    expect(first).toEqual([
      {
        kind: 'dossier_due_soon',
        title: `Hồ sơ ${dueSoon.code} sắp đến hạn (bước “Thụ lý, thẩm định hồ sơ”)`,
        link: `/dossiers/${dueSoon.id}`,
      },
      {
        kind: 'dossier_overdue',
        title: `Hồ sơ ${overdue.code} đã quá hạn (bước “Thụ lý, thẩm định hồ sơ”)`,
        link: `/dossiers/${overdue.id}`,
      },
    ]);
    await noticeDeadlines(t.db.db);
    await Promise.all([noticeDeadlines(t.db.db), noticeDeadlines(t.db.db)]);
    expect(await notices()).toHaveLength(2);
    // nobody at B is told of A's steps
    const atB = await t.db.db
      .selectFrom('notifications')
      .select('id')
      .where('userId', '=', f.users['specialist.b']!.id)
      .execute();
    expect(atB).toEqual([]);

    // the notices were sent yesterday: today's run tells again
    await sql`update notifications set created_at = created_at - interval '1 day'`.execute(t.db.db);
    await noticeDeadlines(t.db.db);
    expect(await notices()).toHaveLength(4);
  });
});
