import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { COUNT_LIMIT } from './list-repository.ts';

let t: TestApp;
let f: DirectoryFixture;
let leader: TestClient;
const phrase = 'Kế hoạch phòng cháy chữa cháy rừng';

/**
 * 1,200 documents of agency A with the same common phrase, one a day, one in ten confidential, and 300 of
 * agency B: more matches than a search counts, so the page comes from walking the newest documents.
 */
beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  leader = await t.login('leader.a', PASSWORD);
  await sql`
    insert into documents (agency_id, direction, status, document_type, subject, secrecy, received_at)
    select case when g > 1200 then ${f.agencyB}::uuid else ${f.agencyA}::uuid end, 'incoming', 'done',
      'ke_hoach', ${phrase} || ' số ' || g,
      case when g % 10 = 0 then 'confidential' else 'none' end,
      timestamptz '2026-01-01' + make_interval(hours => g)
    from generate_series(1, 1500) g`.execute(t.db.db);
});

const search = async (q: string, page = 1) => {
  const response = await leader.get(`/api/documents?q=${encodeURIComponent(q)}&page=${page}&pageSize=20`);
  expect(response.status).toBe(200);
  return response.body as { items: { subject: string; agencyId: string }[]; total: number; more: boolean };
};

describe('search with more matches than it counts', () => {
  it('says "more than" and lists the newest visible matches first, page after page', async () => {
    const first = await search('phong chay chua chay');
    expect(first.total).toBe(COUNT_LIMIT);
    expect(first.more).toBe(true);
    // the newest of agency A is number 1200 (confidential: hidden from an uncleared leader), then 1199…
    const numbers = (r: typeof first) => r.items.map((d) => Number(d.subject.split(' số ')[1]));
    const expected = [];
    for (let g = 1199; expected.length < 40; g--) if (g % 10 !== 0) expected.push(g);
    expect(numbers(first)).toEqual(expected.slice(0, 20));
    expect(numbers(await search('phong chay chua chay', 2))).toEqual(expected.slice(20, 40));
    expect(first.items.every((d) => d.agencyId === f.agencyA)).toBe(true);
  });

  it('finds the same with diacritics, and nothing when the words are out of order', async () => {
    expect((await search('phòng cháy chữa cháy')).items).toHaveLength(20);
    const reversed = await search('chua chay phong chay');
    expect(reversed.total).toBe(0);
    // separate phrases may stand anywhere
    expect((await search('chua chay, ke hoach')).more).toBe(true);
  });

  it('adds what the viewer is involved in elsewhere to the walk, in date order', async () => {
    // leader.a made a document of agency B, newer than all, and an older one: only they of B's are seen
    const hours = 1150.5; // between numbers 1150 and 1151
    await sql`
      insert into documents (agency_id, direction, status, document_type, subject, received_at, created_by)
      values (${f.agencyB}, 'incoming', 'done', 'ke_hoach', ${`${phrase} số 5001`}, timestamptz '2026-12-01',
        ${f.users['leader.a']!.id}),
        (${f.agencyB}, 'incoming', 'done', 'ke_hoach', ${`${phrase} số 5002`},
        timestamptz '2026-01-01' + make_interval(secs => ${hours * 3600}), ${f.users['leader.a']!.id})`.execute(
      t.db.db,
    );
    // newest first: 5001, the visible ones of A by their hour, 5002 in its place
    const expected = [
      { n: 5001, at: 1e9 },
      { n: 5002, at: hours },
    ];
    for (let g = 1; g <= 1200; g++) if (g % 10 !== 0) expected.push({ n: g, at: g });
    const order = expected.sort((a, b) => b.at - a.at).map((e) => e.n);
    const numbers = (r: Awaited<ReturnType<typeof search>>) =>
      r.items.map((d) => Number(d.subject.split(' số ')[1]));
    expect(numbers(await search('phong chay chua chay'))).toEqual(order.slice(0, 20));
    expect(numbers(await search('phong chay chua chay', 3))).toEqual(order.slice(40, 60));
    expect(order.slice(40, 60)).toContain(5002);
    await sql`delete from documents where created_by = ${f.users['leader.a']!.id} and agency_id = ${f.agencyB}`.execute(
      t.db.db,
    );
  });

  it('counts exactly when the matches are few', async () => {
    const few = await search('so 1199');
    expect(few.total).toBe(1);
    expect(few.more).toBe(false);
    expect(few.items[0]!.subject).toBe(`${phrase} số 1199`);
  });
});

describe('search by someone who reads only what involves them', () => {
  it('finds their own draft among many matches of others, and nothing of the rest of the agency', async () => {
    const specialist = await t.login('specialist.a', PASSWORD);
    const created = await specialist.post('/api/documents/drafts', {
      documentType: 'ke_hoach',
      subject: `${phrase} mùa khô 2027`,
      departmentId: f.departmentA,
      signerName: 'Người dùng leader.a',
      signerPosition: 'Giám đốc',
      recipients: [{ agencyId: f.agencyB }],
    });
    expect(created.status).toBe(201);
    const found = await specialist.get(`/api/documents?q=${encodeURIComponent('phong chay chua chay')}`);
    expect(found.body.items.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
    expect(found.body).toMatchObject({ total: 1, more: false });
  });
});
