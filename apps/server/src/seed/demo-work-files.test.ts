import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { fixturesDir } from '../../test/global-setup.ts';
import { seedDemoDocuments } from './demo-documents.ts';
import { seedDemoProvince } from './demo-province.ts';
import { DEMO_PASSWORD } from './demo-province-data.ts';
import { seedDemoWorkFiles } from './demo-work-files.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoProvince(t.db.db, fixturesDir);
  await seedDemoDocuments(t.db.db);
}, 120_000);

describe('demo work files', () => {
  it('gives Sở Nội vụ a file plan and its specialist an open file holding a demo document, once', async () => {
    expect(await seedDemoWorkFiles(t.db.db)).toBe(3);
    expect(await seedDemoWorkFiles(t.db.db)).toBe(0);
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const clerk = await t.login('vanthu.snv', DEMO_PASSWORD);
    const plan = (await clerk.get(`/api/file-plans?year=${year}`)).body;
    expect(plan.can.manage).toBe(true);
    expect(plan.entries.map((e: { code: string }) => e.code)).toEqual(['01.TH', '02.TH', '01.TCCB']);

    const specialist = await t.login('chuyenvien.snv', DEMO_PASSWORD);
    const files = (await specialist.get('/api/work-files?mine=true&status=open')).body.items;
    expect(files).toHaveLength(1);
    const file = (await specialist.get(`/api/work-files/${files[0].id}`)).body;
    expect(file).toMatchObject({ code: '02.TH', planEntry: { code: '02.TH' }, retentionText: '10 năm' });
    expect(file.documents.map((d: { document: { reference: string } }) => d.document.reference)).toEqual([
      '245/KH-UBND',
    ]);
  });
});
