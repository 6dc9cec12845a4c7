/**
 * Bad input of every kind gets a clear 4xx problem in Vietnamese and changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from './fixtures/directory.ts';

let t: TestApp;
let f: DirectoryFixture;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  admin = await t.login('sysadmin', PASSWORD);
});

/** Row counts of every table the directory writes, and the audit log. */
async function snapshot() {
  const tables = [
    'agencies',
    'departments',
    'officials',
    'users',
    'roleAssignments',
    'roles',
    'auditLog',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.db.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

async function expectRefused(
  send: () => Promise<{
    status: number;
    headers: Record<string, unknown>;
    body: { title?: string; type?: string; detail?: string };
  }>,
  status: number,
) {
  const before = await snapshot();
  const response = await send();
  expect(response.status).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(response.body.title).toMatch(
    /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i,
  );
  expect(response.body).not.toHaveProperty('stack');
  expect(await snapshot()).toEqual(before);
  return response.body;
}

const agency = () => ({ parentId: f.root, level: 'province', name: 'Sở Thử nghiệm', abbreviation: 'STN' });

describe('malformed requests', () => {
  it('malformed JSON', async () => {
    const body = await expectRefused(async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { cookie: admin.cookie!, 'content-type': 'application/json' },
        payload: '{"name": "Sở',
      });
      return { status: r.statusCode, headers: r.headers, body: r.json() };
    }, 400);
    expect(body.type).toMatch(/malformed-json$/);
  });

  it('a body over the size limit', async () => {
    const huge = JSON.stringify({ ...agency(), address: 'x'.repeat(2 * 1024 * 1024) });
    const body = await expectRefused(async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { cookie: admin.cookie!, 'content-type': 'application/json' },
        payload: huge,
      });
      return { status: r.statusCode, headers: r.headers, body: r.json() };
    }, 413);
    expect(body.type).toMatch(/payload-too-large$/);
  });

  it('a content type other than JSON', async () => {
    await expectRefused(async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { cookie: admin.cookie!, 'content-type': 'text/plain' },
        payload: 'name=Sở',
      });
      return { status: r.statusCode, headers: r.headers, body: r.json() };
    }, 415);
  });

  it('wrong types, with one error per field', async () => {
    const body = (await expectRefused(
      () => admin.post('/api/agencies', { parentId: 42, level: 'tỉnh', name: ['Sở'], abbreviation: true }),
      400,
    )) as {
      errors: { pointer: string; detail: string }[];
    };
    expect(body.errors.map((e) => e.pointer).sort()).toEqual([
      '/body/abbreviation',
      '/body/level',
      '/body/name',
      '/body/parentId',
    ]);
    expect(body.errors.find((e) => e.pointer === '/body/name')?.detail).toBe('Phải là chuỗi ký tự');
  });

  it('unknown fields', async () => {
    const body = (await expectRefused(
      () => admin.post('/api/agencies', { ...agency(), isAdmin: true }),
      400,
    )) as { errors: { detail: string }[] };
    expect(body.errors[0]?.detail).toBe('Trường không được phép: isAdmin');
  });

  it('fields that are too long or empty', async () => {
    await expectRefused(() => admin.post('/api/agencies', { ...agency(), name: 'S'.repeat(301) }), 400);
    await expectRefused(() => admin.post('/api/agencies', { ...agency(), name: '   ' }), 400);
  });
});

describe('SQL-looking input', () => {
  const injection = "x'); drop table agencies; --";

  it('in ids, codes, usernames, enums and paging it is refused as invalid', async () => {
    await expectRefused(
      () => admin.get(`/api/agencies/${encodeURIComponent(`${f.agencyA}' or '1'='1`)}`),
      400,
    );
    await expectRefused(() => admin.post('/api/agencies', { ...agency(), code: "000.00.00.H3' --" }), 400);
    await expectRefused(() => admin.post('/api/agencies', { ...agency(), level: injection }), 400);
    await expectRefused(
      () => admin.get(`/api/agencies?page=${encodeURIComponent('1; delete from users')}`),
      400,
    );
    await expectRefused(
      () =>
        admin.post('/api/users', {
          officialId: f.users['clerk.a']!.officialId,
          username: "admin'--",
          password: 'Mat-Khau-Dai-Du-1',
        }),
      400,
    );
  });

  it('in a search box it is just text: nothing found, nothing broken', async () => {
    const response = await admin.get(`/api/agencies?q=${encodeURIComponent(injection)}`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
    expect((await admin.get('/api/agencies')).body.total).toBe(4);
  });

  it('in a free-text field it is stored literally, as the name someone typed', async () => {
    const created = await admin.post('/api/agencies', { ...agency(), name: injection });
    expect(created.status).toBe(201);
    expect((await admin.get(`/api/agencies/${created.body.id}`)).body.name).toBe(injection);
    await admin.delete(`/api/agencies/${created.body.id}`);
  });
});

describe('Vietnamese text', () => {
  it('decomposed input (combining marks) is stored composed and found without diacritics', async () => {
    const decomposed = 'Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const created = await admin.post('/api/agencies', {
      ...agency(),
      name: decomposed,
      abbreviation: 'SVHTTDL',
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Sở Văn hóa, Thể thao và Du lịch'.normalize('NFC'));
    const found = await admin.get('/api/agencies?q=van%20hoa%20the%20thao');
    expect(found.body.items.map((a: { name: string }) => a.name)).toContain(
      'Sở Văn hóa, Thể thao và Du lịch',
    );
  });

  it('stray or doubled diacritics and control characters are refused with the field named', async () => {
    const doubled = await expectRefused(
      () => admin.post('/api/agencies', { ...agency(), name: 'Sở Nội vu\u0323\u0301' }),
      400,
    );
    expect((doubled as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/body/name');
    await expectRefused(() => admin.post('/api/agencies', { ...agency(), name: '\u0301Sở' }), 400);
    const nul = await expectRefused(
      () => admin.post('/api/agencies', { ...agency(), address: 'Số 1\u0000' }),
      400,
    );
    expect((nul as { detail: string }).detail).toMatch(/ký tự điều khiển/);
  });
});
