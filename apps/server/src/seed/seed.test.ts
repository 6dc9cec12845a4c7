import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { fixturesDir } from '../../test/global-setup.ts';
import { repoRoot } from '../platform/config/config.ts';
import { searchKey } from '../platform/db/search.ts';
import { seedDemoDocuments } from './demo-documents.ts';
import { seedDemoProvince } from './demo-province.ts';
import { DEMO_PASSWORD, demoAccounts, provincialAgencies } from './demo-province-data.ts';

const run = promisify(execFile);
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoProvince(t.db.db, fixturesDir);
}, 120_000);

/** Another compilation of the same units (the NSO-derived nested list), to cross-check ours against. */
function nsoList(): Map<string, string> {
  const provinces = JSON.parse(
    readFileSync(path.join(fixturesDir, 'admin-units/nso-conversion/nested-divisions-2025.json'), 'utf8'),
  ) as {
    wards: { code: number; name: string }[];
  }[];
  return new Map(
    provinces.flatMap((p) => p.wards.map((w) => [String(w.code).padStart(5, '0'), w.name] as const)),
  );
}

describe('administrative units (2025 list)', () => {
  it('has the 34 provinces and 3,321 communes with official codes', async () => {
    const counts = await t.db.db
      .selectFrom('adminUnits')
      .select(['level'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('level')
      .execute();
    expect(Object.fromEntries(counts.map((c) => [c.level, Number(c.n)]))).toEqual({
      province: 34,
      commune: 3321,
    });
  });

  it('agrees with an independent compilation except where that one contradicts the official text', async () => {
    const other = nsoList();
    const ours = await t.db.db
      .selectFrom('adminUnits')
      .select(['code', 'name'])
      .where('level', '=', 'commune')
      .execute();
    // spelling variants (Hoà/Hòa, ’/') are the same name; codes must agree
    const same = (a: string, b: string) =>
      searchKey(a).replace(/’/g, "'") === searchKey(b).replace(/’/g, "'");
    const differences = ours
      .filter((u) => !other.has(u.code) || !same(other.get(u.code)!, u.name))
      .map((u) => `${u.code} ${u.name}`);
    // Công văn 1027/CTK-CSCL lists Xã Ia Mơ (Gia Lai) as 23737; the NSO compilation keeps the old 23938
    expect(differences).toEqual(['23737 Xã Ia Mơ']);
    expect(other.get('23938')).toBe('Xã Ia Mơ');
  });

  it('is searchable by name without diacritics', async () => {
    const sys = await t.login('admin', DEMO_PASSWORD);
    const found = await sys.get('/api/admin-units?q=sa%20pa&provinceCode=15');
    expect(found.body.items.map((u: { name: string }) => u.name)).toEqual(['Phường Sa Pa']);
  });
});

describe('demo province', () => {
  it('has the People’s Committee, its provincial agencies and every commune of Lào Cai', async () => {
    const agencies = await t.db.db
      .selectFrom('agencies')
      .select(['level', 'abbreviation', 'name', 'code', 'adminUnitCode'])
      .execute();
    const communes = agencies.filter((a) => a.level === 'commune');
    expect(communes).toHaveLength(99);
    const province = await t.db.db
      .selectFrom('adminUnits')
      .select('code')
      .where('provinceCode', '=', '15')
      .execute();
    expect(new Set(communes.map((c) => c.adminUnitCode))).toEqual(new Set(province.map((p) => p.code)));
    expect(agencies.filter((a) => a.level === 'province')).toHaveLength(1 + provincialAgencies.length);
    expect(provincialAgencies.length).toBeGreaterThanOrEqual(18);
    expect(agencies.find((a) => a.abbreviation === 'SNV')?.name).toBe('Sở Nội vụ');
    expect(communes.find((c) => c.adminUnitCode === '02671')?.name).toBe('Ủy ban nhân dân phường Cam Đường');
    expect(new Set(agencies.map((a) => a.code)).size).toBe(agencies.length);
  });

  it('every demo account logs in and lands in its agency with its role', async () => {
    for (const account of demoAccounts) {
      const client = await t.login(account.username, DEMO_PASSWORD);
      const me = (await client.get('/api/me')).body;
      expect(
        me.roles.map((r: { role: string }) => r.role),
        account.username,
      ).toEqual([account.role]);
      expect(me.agency, account.username).not.toBeNull();
    }
  });

  it('puts demo documents at every step, made through the real services', async () => {
    expect(await seedDemoDocuments(t.db.db)).toBe(4);
    expect(await seedDemoDocuments(t.db.db)).toBe(0); // only once
    const leader = await t.login('lanhdao.snv', DEMO_PASSWORD);
    const work = (await leader.get('/api/documents/worklist')).body;
    expect(work.items[0].document).toMatchObject({
      urgency: 'flash',
      documentType: 'cong_dien',
      status: 'submitted',
    });
    const specialist = await t.login('chuyenvien.snv', DEMO_PASSWORD);
    const mine = (await specialist.get('/api/documents/worklist')).body.items;
    expect(mine.map((i: { document: { reference: string } }) => i.document.reference)).toEqual([
      '245/KH-UBND',
    ]);
    const clerk = await t.login('vanthu.snv', DEMO_PASSWORD);
    expect((await clerk.get('/api/documents/worklist')).body.counts.toRegister).toBe(1);
    const clerkStc = await t.login('vanthu.stc', DEMO_PASSWORD);
    const issued = (await clerkStc.get('/api/documents?direction=outgoing')).body.items;
    expect(issued.map((d: { reference: string }) => d.reference)).toEqual(['01/STC']);
  });

  it('`congso seed --reset` rebuilds the province and keeps the audit log', async () => {
    const before = await t.db.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await t.db.db
      .insertInto('agencies')
      .values({
        id: crypto.randomUUID(),
        path: [],
        level: 'central',
        name: 'Cơ quan thừa',
        abbreviation: 'CQT',
      })
      .execute();
    const { stdout } = await run(
      process.execPath,
      [path.join(repoRoot, 'apps/server/src/cli/main.ts'), 'seed', '--reset'],
      {
        env: { ...process.env, DATABASE_URL: t.db.url, FIXTURES_DIR: fixturesDir },
      },
    );
    expect(stdout).toMatch(/119 cơ quan/);
    expect(
      await t.db.db.selectFrom('agencies').select('id').where('name', '=', 'Cơ quan thừa').executeTakeFirst(),
    ).toBeUndefined();
    const added = await t.db.db
      .selectFrom('auditLog')
      .select('action')
      .orderBy('id')
      .offset(Number(before.n))
      .execute();
    expect(added.map((a) => a.action)).toEqual(expect.arrayContaining(['seed.reset', 'seed.demo_province']));
  }, 60_000);
});
