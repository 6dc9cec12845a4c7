import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll, registerIncoming, setClearance } from '../../../test/fixtures/documents.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerk: TestClient;
let leader: TestClient;
let specialist: TestClient;
let clerkB: TestClient;
let sysadmin: TestClient;

const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const SECRET_SUBJECT = 'Phương án bảo vệ bí mật nhà nước tại kho lưu trữ chuyên dụng';

/** Documents of agency A registered by its clerk: `lead` goes to the specialist, the others stay with the clerk. */
const docs: Record<'lead' | 'other' | 'paged' | 'secret', string> = {
  lead: '',
  other: '',
  paged: '',
  secret: '',
};

/** A letter (công văn) of Sở Tài chính, registered by `client`. */
const register = (client: TestClient, body: Record<string, unknown>) =>
  registerIncoming(client, { documentType: 'cong_van', issuerName: 'Sở Tài chính', ...body });

const adHoc = (overrides: Record<string, unknown> = {}) => ({
  code: '05.vp',
  title: 'Hồ sơ tổ chức Hội nghị tổng kết công tác văn thư, lưu trữ',
  retentionYears: 20,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerk, leader, specialist, clerkB, sysadmin] = await loginAll(t, [
    'clerk.a',
    'leader.a',
    'specialist.a',
    'clerk.b',
    'sysadmin',
  ]);

  docs.lead = await register(clerk, { subject: 'Công văn về việc chuẩn bị hội nghị tổng kết' });
  await leader.post(`/api/documents/${docs.lead}/directive`, {
    directive: 'Giao chuyên viên chuẩn bị',
    lead: { userId: f.users['specialist.a']!.id },
    dueOn: '2099-12-31',
  });
  docs.other = await register(clerk, { subject: 'Công văn về việc cử người dự hội nghị' });
  docs.paged = await register(clerk, { subject: 'Báo cáo kết quả công tác lưu trữ', pageCount: 3 });
  await setClearance(t, f, 'clerk.a', 'secret');
  docs.secret = await register(clerk, { subject: SECRET_SUBJECT, secrecy: 'secret', pageCount: 2 });
});

describe('opening a work file (lập hồ sơ)', () => {
  it('from the file plan takes the entry’s code, title, retention and owner, and the archive code', async () => {
    const entry = await clerk.post('/api/file-plans/entries', {
      year,
      code: '01.05',
      title: 'Hồ sơ chuẩn bị Hội nghị cán bộ, công chức',
      retentionYears: 10,
      ownerUserId: f.users['specialist.a']!.id,
      departmentId: f.departmentA,
    });
    const opened = await specialist.post('/api/work-files', { planEntryId: entry.body.id });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      year,
      code: '01.05',
      archiveCode: `000.00.01.H99.${year}.01.05`,
      title: 'Hồ sơ chuẩn bị Hội nghị cán bộ, công chức',
      retentionText: '10 năm',
      owner: { id: f.users['specialist.a']!.id },
      department: { id: f.departmentA, name: 'Văn phòng Sở' },
      planEntry: { id: entry.body.id, code: '01.05' },
      status: 'open',
      documentCount: 0,
      documents: [],
      can: { edit: true, close: false, reopen: false, delete: true, changeOwner: false },
    });
    const again = await clerk.post('/api/work-files', { planEntryId: entry.body.id });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(`Cơ quan đã có hồ sơ ký hiệu 01.05 năm ${year}`);
  });

  it('outside the plan needs a code, a title and a retention, and a code the plan does not hold', async () => {
    const missing = await specialist.post('/api/work-files', {});
    expect(missing.status).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/code',
      '/body/retentionYears',
      '/body/title',
    ]);
    expect(missing.body.errors[0].detail).toBe('Trường này là bắt buộc khi lập hồ sơ ngoài danh mục');
    const unknown = await specialist.post('/api/work-files', adHoc({ colour: 'đỏ' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('Trường không được phép: colour');

    const planned = await specialist.post('/api/work-files', adHoc({ code: '01.05' }));
    expect(planned.status).toBe(409);
    expect(planned.body.detail).toContain('đã có trong danh mục hồ sơ');

    const opened = await specialist.post('/api/work-files', adHoc());
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ code: '05.VP', planEntry: null, retentionText: '20 năm' });
  });

  it('for someone else only by a keeper of the plan, and only for officials of the agency', async () => {
    const refused = await specialist.post(
      '/api/work-files',
      adHoc({ code: '06.VP', ownerUserId: f.users['leader.a']!.id }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Chỉ người lập danh mục hồ sơ mới lập hồ sơ cho người khác');
    const outsider = await clerk.post(
      '/api/work-files',
      adHoc({ code: '06.VP', ownerUserId: f.users['clerk.b']!.id }),
    );
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors[0].pointer).toBe('/body/ownerUserId');
    const future = await clerk.post('/api/work-files', adHoc({ code: '06.VP', openedOn: '2999-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.detail).toBe('Ngày bắt đầu hồ sơ không được sau hôm nay');
    // the clerk of another agency cannot open files of A
    const foreign = await clerkB.post('/api/work-files', adHoc({ code: '06.VP', agencyId: f.agencyA }));
    expect(foreign.status).toBe(403);
  });
});

describe('the documents of a file', () => {
  let specialistFile: string;
  let clerkFile: string;

  it('takes documents of the agency its owner may see, in order; others are not found', async () => {
    specialistFile = (await specialist.get('/api/work-files?q=05.VP')).body.items[0].id;
    const added = await specialist.post(`/api/work-files/${specialistFile}/documents`, {
      documentId: docs.lead,
    });
    expect(added.status).toBe(200);
    expect(
      added.body.documents.map((d: { position: number; document: { id: string } }) => d.position),
    ).toEqual([1]);
    expect(added.body.documents[0]).toMatchObject({
      document: { id: docs.lead, subject: 'Công văn về việc chuẩn bị hội nghị tổng kết' },
      addedBy: { id: f.users['specialist.a']!.id },
    });
    const twice = await specialist.post(`/api/work-files/${specialistFile}/documents`, {
      documentId: docs.lead,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toBe('Văn bản đã có trong hồ sơ này');
    // a document the specialist does not handle is not there for them
    const unseen = await specialist.post(`/api/work-files/${specialistFile}/documents`, {
      documentId: docs.other,
    });
    expect(unseen.status).toBe(404);
    expect(unseen.body.detail).toBe('Không tìm thấy văn bản');
    // the keeper of the plan adds it to the specialist's file; the specialist still does not see it listed
    expect(
      (await clerk.post(`/api/work-files/${specialistFile}/documents`, { documentId: docs.other })).status,
    ).toBe(200);
    const seen = (await specialist.get(`/api/work-files/${specialistFile}`)).body;
    expect(seen.documentCount).toBe(2);
    expect(seen.documents.map((d: { document: { id: string } }) => d.document.id)).toEqual([docs.lead]);
  });

  it('keeps secret documents hidden from viewers not cleared for them', async () => {
    clerkFile = (
      await clerk.post('/api/work-files', adHoc({ code: '07.VP', title: 'Hồ sơ bảo quản tài liệu' }))
    ).body.id;
    for (const documentId of [docs.paged, docs.secret])
      expect((await clerk.post(`/api/work-files/${clerkFile}/documents`, { documentId })).status).toBe(200);
    const mine = (await clerk.get(`/api/work-files/${clerkFile}`)).body;
    expect(mine.documents.map((d: { document: { id: string } }) => d.document.id)).toEqual([
      docs.paged,
      docs.secret,
    ]);

    // the leader reads all of A's documents, but is not cleared for secret ones
    const seen = await leader.get(`/api/work-files/${clerkFile}`);
    expect(seen.status).toBe(200);
    expect(seen.body.documentCount).toBe(2);
    expect(seen.body.documents.map((d: { document: { id: string } }) => d.document.id)).toEqual([docs.paged]);
    expect(seen.text).not.toContain(SECRET_SUBJECT);
    expect(seen.body.can.edit).toBe(false);
    // nor in the printed list of documents
    const printed = await t.app.inject({
      method: 'GET',
      url: `/api/work-files/${clerkFile}/contents/export`,
      headers: { cookie: leader.cookie! },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(printed.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(cells).not.toContain(`Công văn: ${SECRET_SUBJECT}`);
    expect(cells).toContain('Công văn: Báo cáo kết quả công tác lưu trữ');
    // the files holding the secret document are not listed to someone who may not see it
    expect((await leader.get(`/api/work-files?documentId=${docs.secret}`)).status).toBe(404);
    expect(
      (await clerk.get(`/api/work-files?documentId=${docs.secret}`)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([clerkFile]);
  });

  it('is reordered by its keeper; documents hidden from them keep their places', async () => {
    expect(
      (await clerk.post(`/api/work-files/${clerkFile}/documents`, { documentId: docs.other })).status,
    ).toBe(200);
    const refused = await leader.put(`/api/work-files/${clerkFile}/documents/order`, {
      documentIds: [docs.paged],
    });
    expect(refused.status).toBe(403);
    const wrong = await clerk.put(`/api/work-files/${clerkFile}/documents/order`, {
      documentIds: [docs.other, docs.other, docs.paged],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].pointer).toBe('/body/documentIds');
    const ordered = await clerk.put(`/api/work-files/${clerkFile}/documents/order`, {
      documentIds: [docs.other, docs.secret, docs.paged],
    });
    const order = (body: { documents: { position: number; document: { id: string } }[] }) =>
      body.documents.map((d) => [d.position, d.document.id]);
    expect(order(ordered.body)).toEqual([
      [1, docs.other],
      [2, docs.secret],
      [3, docs.paged],
    ]);

    // no longer cleared: the clerk sees two documents and orders those; the secret one stays second
    await setClearance(t, f, 'clerk.a', 'none');
    const partial = await clerk.put(`/api/work-files/${clerkFile}/documents/order`, {
      documentIds: [docs.paged, docs.other],
    });
    expect(partial.status).toBe(200);
    expect(order(partial.body)).toEqual([
      [1, docs.paged],
      [3, docs.other],
    ]);
    await setClearance(t, f, 'clerk.a', 'secret');
    expect(order((await clerk.get(`/api/work-files/${clerkFile}`)).body)).toEqual([
      [1, docs.paged],
      [2, docs.secret],
      [3, docs.other],
    ]);
  });

  it('lets documents out, closing the gap', async () => {
    const removed = await clerk.delete(`/api/work-files/${clerkFile}/documents/${docs.secret}`);
    expect(removed.status).toBe(200);
    expect(removed.body.documents.map((d: { position: number }) => d.position)).toEqual([1, 2]);
    const absent = await clerk.delete(`/api/work-files/${clerkFile}/documents/${docs.secret}`);
    expect(absent.status).toBe(404);
    expect(absent.body.detail).toBe('Văn bản không có trong hồ sơ này');
    expect(
      (await clerk.post(`/api/work-files/${clerkFile}/documents`, { documentId: docs.secret })).body
        .documents,
    ).toHaveLength(3);
  });

  it('takes only documents of its own agency, already registered', async () => {
    const clerkBDoc = await register(clerkB, { subject: 'Công văn của Sở Tài chính' });
    const foreign = await sysadmin.post(`/api/work-files/${clerkFile}/documents`, { documentId: clerkBDoc });
    expect(foreign.status).toBe(400);
    expect(foreign.body.detail).toBe('Chỉ đưa vào hồ sơ văn bản của cơ quan lập hồ sơ');
    const draft = await specialist.post('/api/documents/drafts', {
      documentType: 'to_trinh',
      subject: 'Tờ trình chưa ban hành',
    });
    const early = await specialist.post(`/api/work-files/${specialistFile}/documents`, {
      documentId: draft.body.id,
    });
    expect(early.status).toBe(409);
    expect(early.body.detail).toBe('Chỉ đưa vào hồ sơ văn bản đã vào sổ văn bản đến hoặc đã phát hành');
  });
});

describe('closing and reopening (kết thúc hồ sơ)', () => {
  let file: string;

  it('records the date, documents and pages, and then the file refuses every change', async () => {
    file = (await clerk.post('/api/work-files', adHoc({ code: '08.VP', title: 'Hồ sơ báo cáo lưu trữ' })))
      .body.id;
    const empty = await clerk.post(`/api/work-files/${file}/close`, {});
    expect(empty.status).toBe(409);
    expect(empty.body.detail).toBe('Hồ sơ chưa có văn bản nào, chưa kết thúc được');
    await clerk.post(`/api/work-files/${file}/documents`, { documentId: docs.paged });
    await clerk.post(`/api/work-files/${file}/documents`, { documentId: docs.secret });
    const future = await clerk.post(`/api/work-files/${file}/close`, { closedOn: '2999-12-31' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ pointer: '/body/closedOn' });
    expect(future.body.detail).toBe('Ngày kết thúc hồ sơ không được sau hôm nay');

    const closed = await clerk.post(`/api/work-files/${file}/close`, { note: 'Đủ văn bản' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      documentCount: 2,
      pageCount: 5,
      closingNote: 'Đủ văn bản',
      closedBy: { id: f.users['clerk.a']!.id },
      can: { edit: false, close: false, reopen: true, delete: false },
    });
    expect(closed.body.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const CLOSED = 'Hồ sơ đã kết thúc, không thay đổi được nữa; người lập danh mục hồ sơ có thể mở lại';
    for (const response of [
      await clerk.post(`/api/work-files/${file}/documents`, { documentId: docs.other }),
      await clerk.delete(`/api/work-files/${file}/documents/${docs.paged}`),
      await clerk.put(`/api/work-files/${file}/documents/order`, { documentIds: [docs.secret, docs.paged] }),
      await clerk.patch(`/api/work-files/${file}`, { title: 'Đổi tên' }),
      await clerk.post(`/api/work-files/${file}/close`, {}),
      await clerk.delete(`/api/work-files/${file}`),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body.detail).toBe(CLOSED);
    }
  });

  it('is reopened only by a keeper of the plan, with a reason, audited', async () => {
    const owner = (await specialist.get(`/api/work-files?mine=true&q=05.VP`)).body.items[0].id;
    await specialist.post(`/api/work-files/${owner}/close`, {});
    const byOwner = await specialist.post(`/api/work-files/${owner}/reopen`, { reason: 'Thiếu văn bản' });
    expect(byOwner.status).toBe(403);
    const noReason = await clerk.post(`/api/work-files/${file}/reopen`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ pointer: '/body/reason', detail: 'Không được để trống' });
    const reopened = await clerk.post(`/api/work-files/${file}/reopen`, {
      reason: 'Bổ sung văn bản còn thiếu',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', closedOn: null, closedBy: null, pageCount: null });
    const entry = await t.db.db
      .selectFrom('auditLog')
      .select(['summary', 'agencyId'])
      .where('action', '=', 'work_files.file.reopen')
      .where('targetId', '=', file)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      agencyId: f.agencyA,
      summary: { reason: 'Bổ sung văn bản còn thiếu', before: { documentCount: 2, pageCount: 5 } },
    });
    expect((await clerk.post(`/api/work-files/${file}/reopen`, { reason: 'Lần nữa' })).status).toBe(409);
  });

  it('edits an open file; only the keeper gives it to someone else; an empty one may be removed', async () => {
    const edited = await clerk.patch(`/api/work-files/${file}`, {
      title: 'Hồ sơ báo cáo công tác lưu trữ',
      retentionYears: null,
    });
    expect(edited.body).toMatchObject({
      title: 'Hồ sơ báo cáo công tác lưu trữ',
      retentionText: 'Vĩnh viễn',
    });
    const mine = (await specialist.get('/api/work-files?mine=true&status=open')).body.items;
    const target = mine.find((m: { code: string }) => m.code === '01.05').id;
    const give = await specialist.patch(`/api/work-files/${target}`, {
      ownerUserId: f.users['leader.a']!.id,
    });
    expect(give.status).toBe(403);
    const taken = await specialist.patch(`/api/work-files/${target}`, { code: '05.VP' });
    expect(taken.status).toBe(409);
    const handed = await clerk.patch(`/api/work-files/${target}`, { ownerUserId: f.users['leader.a']!.id });
    expect(handed.body.owner).toMatchObject({ id: f.users['leader.a']!.id });
    // no longer the specialist's, and they do not read the agency's files: not found for them
    expect((await specialist.get(`/api/work-files/${target}`)).status).toBe(404);
    expect((await leader.delete(`/api/work-files/${target}`)).status).toBe(204);
    expect((await leader.get(`/api/work-files/${target}`)).status).toBe(404);

    const actions = (await t.db.db.selectFrom('auditLog').select('action').execute()).map((a) => a.action);
    for (const action of [
      'work_files.file.open',
      'work_files.file.update',
      'work_files.file.delete',
      'work_files.file.close',
      'work_files.file.reopen',
      'work_files.document.add',
      'work_files.document.remove',
      'work_files.document.reorder',
    ])
      expect(actions).toContain(action);
  });
});

describe('finding files', () => {
  it('by words typed without diacritics, and by code', async () => {
    const found = await clerk.get('/api/work-files?q=hoi nghi tong ket van thu');
    expect(found.body.items.map((i: { code: string }) => i.code)).toEqual(['05.VP']);
    expect((await clerk.get('/api/work-files?q=01.05')).body.items).toHaveLength(0); // given away and removed
    expect((await clerk.get('/api/work-files?q=08.VP')).body.items[0].title).toBe(
      'Hồ sơ báo cáo công tác lưu trữ',
    );
    expect(
      (await clerk.get('/api/work-files?q=bao quan')).body.items.map((i: { code: string }) => i.code),
    ).toEqual(['07.VP']);
  });

  it('by year, status, owner, plan entry; each person sees their own, readers and keepers the agency’s', async () => {
    const codes = async (client: TestClient, query = '') =>
      (await client.get(`/api/work-files?${query}`)).body.items.map((i: { code: string }) => i.code).sort();
    expect(await codes(specialist)).toEqual(['05.VP']);
    expect(await codes(leader)).toEqual(['05.VP', '07.VP', '08.VP']);
    expect(await codes(clerk, 'status=closed')).toEqual(['05.VP']);
    expect(await codes(clerk, `ownerUserId=${f.users['clerk.a']!.id}`)).toEqual(['07.VP', '08.VP']);
    expect(await codes(clerk, `year=${year - 1}`)).toEqual([]);
    expect(await codes(clerk, 'editable=true')).toEqual(['07.VP', '08.VP']);
    expect(await codes(clerkB)).toEqual([]);
    const plan = (await clerk.get(`/api/file-plans?year=${year}`)).body.entries[0];
    expect(await codes(clerk, `planEntryId=${plan.id}`)).toEqual([]);
  });

  it('hides the files of one agency from another', async () => {
    const file = (await clerk.get('/api/work-files?q=07.VP')).body.items[0].id;
    expect((await clerkB.get(`/api/work-files/${file}`)).status).toBe(404);
    expect((await clerkB.post(`/api/work-files/${file}/documents`, { documentId: docs.paged })).status).toBe(
      404,
    );
    expect((await clerkB.post(`/api/work-files/${file}/reopen`, { reason: 'Thử' })).status).toBe(404);
    const page = await clerkB.get(`/api/work-files?agencyId=${f.agencyA}`);
    expect(page.body).toMatchObject({ items: [], total: 0 });
  });
});
