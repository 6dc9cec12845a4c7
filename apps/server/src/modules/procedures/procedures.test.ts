import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { insertSteps, procedureManager } from '../../../test/fixtures/procedure-steps.ts';

let t: TestApp;
let f: DirectoryFixture;
let keeper: TestClient;
let clerk: TestClient;

const birth = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'Cấp xã',
  onlineService: 'partial',
  processingDays: 1,
  processingTimeText: 'Ngay trong ngày tiếp nhận hồ sơ',
  fees: [
    { name: 'Lệ phí đăng ký khai sinh', amount: 0, text: 'Miễn lệ phí đối với đăng ký khai sinh đúng hạn' },
  ],
  requiredDocuments: [
    { name: 'Tờ khai đăng ký khai sinh', template: 'Mẫu TK khai sinh.docx', quantity: '1 bản chính' },
    { name: 'Giấy chứng sinh', quantity: '1 bản chính', required: true },
  ],
  results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000017' }],
  legalBasis: [{ title: 'Luật Hộ tịch', reference: '60/2014/QH13' }],
  conditions: '',
};

async function auditEntries(action: string) {
  return t.db.db
    .selectFrom('auditLog')
    .select(['summary', 'agencyId', 'actorName'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  keeper = await t.login(await procedureManager(t.db.db, f.root), PASSWORD);
  clerk = await t.login('clerk.a', PASSWORD);
});

describe('keeping the catalogue by hand', () => {
  let id: string;

  it('adds a procedure with its parts; defaults fill what is not given; audited at the province root', async () => {
    const created = await keeper.post('/api/procedures', birth);
    expect(created.status).toBe(201);
    id = created.body.id;
    expect(created.body).toMatchObject({
      code: '1.001193',
      field: 'Hộ tịch',
      onlineService: 'partial',
      processingDays: 1,
      active: true,
      channels: [],
      requiredDocuments: [
        { name: 'Tờ khai đăng ký khai sinh', template: 'Mẫu TK khai sinh.docx', required: true, group: '' },
        { name: 'Giấy chứng sinh', template: '', required: true, group: '' },
      ],
      results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000017' }],
      updatedBy: expect.stringMatching(/^Cán bộ thutuc/),
      can: { manage: true },
    });
    const [entry] = await auditEntries('procedures.procedure.create');
    expect(entry).toMatchObject({
      agencyId: f.root,
      summary: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
    });
  });

  it('refuses a code taken or not in the national shape, in Vietnamese', async () => {
    const taken = await keeper.post('/api/procedures', { code: '1.001193', name: 'Trùng mã' });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('Mã thủ tục 1.001193 đã có trong danh mục');
    const shape = await keeper.post('/api/procedures', { code: '1001193', name: 'Sai mã' });
    expect(shape.status).toBe(400);
    expect(shape.body.errors[0]).toMatchObject({
      pointer: '/body/code',
      detail: 'Mã thủ tục có dạng 1.000948 (hoặc 1.000948.H38)',
    });
    const days = await keeper.patch(`/api/procedures/${id}`, { processingDays: 2.555 });
    expect(days.status).toBe(400);
  });

  it('edits the parts people change, and records before and after', async () => {
    const edited = await keeper.patch(`/api/procedures/${id}`, {
      name: 'Đăng ký khai sinh',
      onlineService: 'full',
      processingDays: 0.5,
      fees: [{ name: 'Lệ phí', amount: 8000, text: '8.000 đồng (đăng ký quá hạn)' }],
      conditions: 'Trong thời hạn 60 ngày kể từ ngày sinh',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Đăng ký khai sinh',
      onlineService: 'full',
      processingDays: 0.5,
      fees: [{ name: 'Lệ phí', amount: 8000, text: '8.000 đồng (đăng ký quá hạn)' }],
      // what was not sent stays
      results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000017' }],
    });
    const [entry] = await auditEntries('procedures.procedure.update');
    expect(entry!.summary).toEqual({
      code: '1.001193',
      changed: ['name', 'onlineService', 'processingDays', 'fees', 'conditions'],
      before: {
        name: 'Thủ tục đăng ký khai sinh',
        onlineService: 'partial',
        processingDays: 1,
        conditions: '',
      },
      after: {
        name: 'Đăng ký khai sinh',
        onlineService: 'full',
        processingDays: 0.5,
        conditions: 'Trong thời hạn 60 ngày kể từ ngày sinh',
      },
    });
    const unknown = await keeper.patch(`/api/procedures/${crypto.randomUUID()}`, { active: false });
    expect(unknown.status).toBe(404);
  });

  it('is read by every staff member and changed by its keepers only', async () => {
    const read = await clerk.get(`/api/procedures/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.can.manage).toBe(false);
    expect((await clerk.patch(`/api/procedures/${id}`, { active: false })).status).toBe(403);
    // procedures.manage at agency A is for A's processing steps, not the province's catalogue
    const atA = await t.login(await procedureManager(t.db.db, f.agencyA, true), PASSWORD);
    const refused = await atA.post('/api/procedures', { code: '1.009999', name: 'Thủ tục của Sở' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Chỉ người được giao quản lý danh mục thủ tục hành chính của tỉnh mới làm được việc này',
    );
    expect((await t.anonymous.get('/api/procedures')).status).toBe(401);
  });
});

describe('finding procedures', () => {
  beforeAll(async () => {
    for (const [code, name, field, level, onlineService] of [
      ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'Cấp xã', 'full'],
      [
        '2.000908',
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
        'Chứng thực',
        'Cấp tỉnh, Cấp xã',
        'partial',
      ],
      ['1.004227', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Lý lịch tư pháp', 'Cấp tỉnh', 'none'],
      ['1.000656', 'Đăng ký khai tử', 'Hộ tịch', 'Cấp xã', 'none'],
    ] as const)
      expect((await keeper.post('/api/procedures', { code, name, field, level, onlineService })).status).toBe(
        201,
      );
    const khaiTu = (await keeper.get('/api/procedures?q=1.000656')).body.items[0].id;
    await keeper.patch(`/api/procedures/${khaiTu}`, { active: false });
  });

  const codes = async (query: string) =>
    ((await clerk.get(`/api/procedures?${query}`)).body.items as { code: string }[]).map((p) => p.code);

  it('by words of the name or field typed without diacritics, or by code', async () => {
    expect((await codes('q=ho%20tich')).sort()).toEqual(['1.000656', '1.000894', '1.001193']);
    expect(await codes('q=ly%20lich%20tu%20phap')).toEqual(['1.004227']);
    expect(await codes('q=KET%20HON')).toEqual(['1.000894']);
    expect(await codes('q=2.000908')).toEqual(['2.000908']);
    expect(await codes('q=khong%20co%20dau%20nay')).toEqual([]);
  });

  it('by field, level, online service, whether in use, and where it is offered', async () => {
    expect((await codes(`field=${encodeURIComponent('Hộ tịch')}&active=true`)).sort()).toEqual([
      '1.000894',
      '1.001193',
    ]);
    expect((await codes(`level=${encodeURIComponent('Cấp tỉnh')}`)).sort()).toEqual(['1.004227', '2.000908']);
    expect((await codes('onlineService=full')).sort()).toEqual(['1.000894', '1.001193']);
    expect(await codes('active=false')).toEqual(['1.000656']);
    const marriage = (await clerk.get('/api/procedures?q=1.000894')).body.items[0].id;
    await insertSteps(t.db.db, marriage, f.agencyA1, [
      { role: 'receive', days: 0 },
      { role: 'handle', days: 1 },
      { role: 'return', days: 0 },
    ]);
    expect(await codes(`offeredAt=${f.agencyA1}`)).toEqual(['1.000894']);
    expect(await codes(`offeredAt=${f.agencyB}`)).toEqual([]);
  });

  it('pages in the order of fields and names', async () => {
    const first = await clerk.get('/api/procedures?pageSize=2');
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.body.items.map((p: { field: string }) => p.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    const fields = await clerk.get('/api/procedures/fields');
    expect(fields.body).toEqual([
      { name: 'Chứng thực', count: 1 },
      { name: 'Hộ tịch', count: 3 },
      { name: 'Lý lịch tư pháp', count: 1 },
    ]);
  });
});
