import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { fixturesDir } from '../../test/global-setup.ts';
import { seedBundledSchedules } from '../modules/calendar/index.ts';
import { seedDemoOneStop } from './demo-one-stop.ts';
import { seedDemoProvince } from './demo-province.ts';
import { DEMO_PASSWORD } from './demo-province-data.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoProvince(t.db.db, fixturesDir);
  await seedBundledSchedules(t.db.db);
}, 120_000);

describe('demo one-stop shop', () => {
  it('loads the national catalogue, steps at the centre and dossiers in every everyday state, once', async () => {
    const seeded = await seedDemoOneStop(t.db.db, fixturesDir);
    // 2 of the 2,642 records fail the import's checks (see packages/one-stop/README.md)
    expect(seeded).toEqual({ procedures: 2640, dossiers: 4 });
    expect(await seedDemoOneStop(t.db.db, fixturesDir)).toEqual({ procedures: 0, dossiers: 0 });

    const counter = await t.login('motcua.ttpvhcc', DEMO_PASSWORD);
    const offered = (await counter.get('/api/dossiers/procedures')).body;
    const codes = (offered.items ?? offered).map((p: { code: string }) => p.code).sort();
    expect(codes).toEqual(['1.000426', '1.000802', '1.002010', '1.002153', '1.008922']);
    const all = (await counter.get('/api/dossiers')).body.items;
    expect(all.map((d: { status: string }) => d.status).sort()).toEqual([
      'processing',
      'processing',
      'supplement_requested',
      'waiting',
    ]);
    expect((await counter.get('/api/dossiers?queue=waiting')).body.items).toHaveLength(1);

    // the specialist of Sở Tư pháp has the two in progress in the queue; the late one needs an apology
    const specialist = await t.login('chuyenvien.stp', DEMO_PASSWORD);
    const mine = (await specialist.get('/api/dossiers?queue=mine')).body.items;
    expect(mine).toHaveLength(2);
    const overdue = (await specialist.get('/api/dossiers?queue=overdue')).body.items;
    expect(
      overdue.map(
        (d: { applicant?: { name: string }; applicantName?: string }) => d.applicantName ?? d.applicant?.name,
      ),
    ).toEqual(['Trần Văn Hùng']);
  });
});
