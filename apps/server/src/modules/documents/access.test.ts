import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';

let t: TestApp;
let f: DirectoryFixture;
const clients: Record<string, TestClient> = {};
let secretId: string;
let ordinaryId: string;
const subject = 'Báo cáo tình hình an ninh biên giới quý IV';
const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

async function clear(username: string, clearance: 'none' | 'secret' | 'top_secret') {
  await t.db.db
    .updateTable('officials')
    .set({ clearance })
    .where('id', '=', f.users[username]!.officialId!)
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  for (const name of ['sysadmin', 'clerk.a', 'leader.a', 'specialist.a', 'clerk.b', 'leader.b'])
    clients[name] = await t.login(name, PASSWORD);
  await clear('clerk.a', 'secret');
  const secret = await clients['clerk.a']!.post('/api/documents/incoming', {
    documentType: 'bao_cao',
    subject,
    issuerName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    secrecy: 'secret',
  });
  expect(secret.status).toBe(201);
  secretId = secret.body.id;
  const ordinary = await clients['clerk.a']!.post('/api/documents/incoming', {
    documentType: 'bao_cao',
    subject: 'Báo cáo tình hình thực hiện nhiệm vụ quý IV',
    issuerName: 'Sở Tài chính',
  });
  ordinaryId = ordinary.body.id;
});

const listed = async (name: string, query = '') =>
  (await clients[name]!.get(`/api/documents?pageSize=100${query}`)).body.items.map(
    (d: { id: string }) => d.id,
  );

describe('who sees a document', () => {
  it('shows a secret document to nobody who is not cleared: lists, search, detail, registers', async () => {
    for (const name of ['leader.a', 'specialist.a', 'clerk.b', 'leader.b', 'sysadmin']) {
      expect(await listed(name)).not.toContain(secretId);
      expect(await listed(name, `&q=${encodeURIComponent('an ninh bien gioi')}`)).not.toContain(secretId);
      expect((await clients[name]!.get(`/api/documents/${secretId}`)).status).toBe(404);
    }
    const secretRegister = await clients['leader.a']!.get(
      `/api/documents/registers/incoming?year=${year}&secret=true`,
    );
    expect(secretRegister.status).toBe(403);
    // the cleared clerk sees it, and finds it without diacritics
    expect(await listed('clerk.a', `&q=${encodeURIComponent('an ninh bien gioi')}`)).toEqual([secretId]);
    const register = await clients['clerk.a']!.get(
      `/api/documents/registers/incoming?year=${year}&secret=true`,
    );
    expect(register.body.entries.map((e: { subject: string }) => e.subject)).toEqual([subject]);
  });

  it('lets a cleared leader see it once cleared, and only for the level cleared', async () => {
    await clear('leader.a', 'secret');
    expect(await listed('leader.a')).toContain(secretId);
    await clear('leader.a', 'none');
    expect(await listed('leader.a')).not.toContain(secretId);
  });

  it('refuses to assign a secret document to someone not cleared', async () => {
    await clear('leader.a', 'secret');
    const response = await clients['leader.a']!.post(`/api/documents/${secretId}/directive`, {
      directive: 'Giao xử lý',
      lead: { userId: f.users['specialist.a']!.id },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ pointer: '/body/lead' });
    await clear('leader.a', 'none');
  });

  it('keeps other agencies out, and shows a specialist only what involves them', async () => {
    expect(await listed('clerk.b')).not.toContain(ordinaryId);
    expect(await listed('leader.b')).not.toContain(ordinaryId);
    expect((await clients['clerk.b']!.get(`/api/documents/${ordinaryId}`)).status).toBe(404);
    expect(await listed('specialist.a')).not.toContain(ordinaryId);
    await clients['leader.a']!.post(`/api/documents/${ordinaryId}/directive`, {
      directive: 'Để biết',
      lead: { userId: f.users['leader.a']!.id },
      informed: [{ userId: f.users['specialist.a']!.id }],
    });
    expect(await listed('specialist.a')).toContain(ordinaryId);
    // informed, not handling: nothing to act on but marking it read
    const detail = await clients['specialist.a']!.get(`/api/documents/${ordinaryId}`);
    const informed = detail.body.tasks.find((task: { kind: string }) => task.kind === 'informed');
    expect(informed.can).toMatchObject({ act: true, delegate: false });
    expect(detail.body.can).toMatchObject({ register: false, direct: false, recall: false });
  });

  it('keeps registers to the clerks and leaders of the agency', async () => {
    expect(
      (await clients['specialist.a']!.get(`/api/documents/registers/incoming?year=${year}`)).status,
    ).toBe(403);
    expect(
      (await clients['clerk.b']!.get(`/api/documents/registers/incoming?year=${year}&agencyId=${f.agencyA}`))
        .status,
    ).toBe(403);
    expect((await clients['leader.a']!.get(`/api/documents/registers/incoming?year=${year}`)).status).toBe(
      200,
    );
  });
});
