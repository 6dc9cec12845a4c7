import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { dueAt } from '../calendar/service.ts';
import { handlingSlipParts } from './handling-slip.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerk: TestClient;
let leader: TestClient;
let specialist: TestClient;

const paperDocument = {
  documentType: 'quyet_dinh',
  number: 5,
  notation: 'QĐ-UBND',
  subject: 'Quyết định thành lập Ban chỉ đạo chuyển đổi số tỉnh',
  issuerName: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
  issuedOn: '2026-11-02',
  medium: 'paper',
};

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  clerk = await t.login('clerk.a', PASSWORD);
  leader = await t.login('leader.a', PASSWORD);
  specialist = await t.login('specialist.a', PASSWORD);
});

describe('incoming register', () => {
  it('gives arrival numbers in order of receipt, one series for paper and electronic, secret ones apart', async () => {
    const first = await clerk.post('/api/documents/incoming', paperDocument);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      direction: 'incoming',
      status: 'registered',
      reference: '05/QĐ-UBND',
      documentTypeName: 'Quyết định',
      registerNumber: 1,
    });
    const second = await clerk.post('/api/documents/incoming', {
      ...paperDocument,
      medium: 'electronic',
      number: 12,
      subject: 'Công văn về việc báo cáo tình hình',
      documentType: 'cong_van',
      notation: 'UBND-VX',
    });
    expect(second.body.registerNumber).toBe(2);
    expect(second.body.reference).toBe('12/UBND-VX');

    // not cleared: refused, and no number is used up
    const refused = await clerk.post('/api/documents/incoming', { ...paperDocument, secrecy: 'secret' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    await t.db.db
      .updateTable('officials')
      .set({ clearance: 'secret' })
      .where('id', '=', f.users['clerk.a']!.officialId!)
      .execute();
    const secret = await clerk.post('/api/documents/incoming', { ...paperDocument, secrecy: 'secret' });
    expect(secret.status).toBe(201);
    expect(secret.body.registerNumber).toBe(1);
    const third = await clerk.post('/api/documents/incoming', paperDocument);
    expect(third.body.registerNumber).toBe(3);

    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const register = await clerk.get(`/api/documents/registers/incoming?year=${year}`);
    expect(register.status).toBe(200);
    expect(register.body.entries.map((e: { registerNumber: number }) => e.registerNumber)).toEqual([1, 2, 3]);
    expect(register.body.entries[0]).toMatchObject({
      reference: '05/QĐ-UBND',
      issuerName: paperDocument.issuerName,
    });
    const secretRegister = await clerk.get(`/api/documents/registers/incoming?year=${year}&secret=true`);
    expect(secretRegister.body.entries).toHaveLength(1);
  });

  it('exports the register with the columns of Phụ lục IV, as XLSX and as PDF', async () => {
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/documents/registers/incoming/export?year=${year}&format=xlsx`,
      headers: { cookie: clerk.cookie! },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(`so-van-ban-den-${year}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(`SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM ${year}`);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    const first = sheet.getRow(5);
    expect([
      first.getCell(2).value,
      first.getCell(3).value,
      first.getCell(4).value,
      first.getCell(5).value,
    ]).toEqual(['1', paperDocument.issuerName, '05/QĐ-UBND', '02/11/2026']);
    expect(first.getCell(6).value).toBe(`Quyết định: ${paperDocument.subject}`);
    // the secret entry is in its own register, not this one
    expect(sheet.rowCount).toBe(4 + 3);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/documents/registers/incoming/export?year=${year}&format=pdf`,
      headers: { cookie: clerk.cookie! },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);

    const specialistExport = await specialist.get(
      `/api/documents/registers/incoming/export?year=${year}&format=pdf`,
    );
    expect(specialistExport.status).toBe(403);
  });

  it('explains what is wrong with a bad registration, in Vietnamese, and keeps nothing', async () => {
    const before = await clerk.get('/api/documents?direction=incoming');
    const bad = await clerk.post('/api/documents/incoming', {
      ...paperDocument,
      documentType: 'sac_lenh',
      issuedOn: '2026-02-30',
      subject: '',
    });
    expect(bad.status).toBe(400);
    const pointers = bad.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/body/documentType', '/body/issuedOn', '/body/subject']),
    );
    const after = await clerk.get('/api/documents?direction=incoming');
    expect(after.body.total).toBe(before.body.total);
  });

  it('puts urgent documents waiting for someone first', async () => {
    const flash = await clerk.post('/api/documents/incoming', {
      ...paperDocument,
      urgency: 'flash',
      subject: 'Công điện hỏa tốc về ứng phó bão số 5',
      documentType: 'cong_dien',
      notation: 'CĐ-UBND',
    });
    expect(flash.status).toBe(201);
    const list = await clerk.get('/api/documents?direction=incoming');
    expect(list.body.items[0].id).toBe(flash.body.id);
  });

  it('finds Vietnamese typed without diacritics, and by reference', async () => {
    const byWords = await clerk.get(`/api/documents?q=${encodeURIComponent('quyet dinh thanh lap')}`);
    expect(byWords.body.items.map((d: { subject: string }) => d.subject)).toContain(paperDocument.subject);
    const byReference = await clerk.get(`/api/documents?q=${encodeURIComponent('12/UBND-VX')}`);
    expect(byReference.body.items).toHaveLength(1);
    expect(byReference.body.items[0].reference).toBe('12/UBND-VX');
  });
});

describe('handling an incoming document', () => {
  it('goes from the clerk to the leader to the specialist and back as done, with its whole history', async () => {
    const doc = (
      await clerk.post('/api/documents/incoming', {
        ...paperDocument,
        subject: 'Kế hoạch kiểm tra công tác văn thư',
      })
    ).body;
    const submitted = await clerk.post(`/api/documents/${doc.id}/submit`, {
      leaderUserId: f.users['leader.a']!.id,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // the leader finds it in their worklist
    const leaderWork = await leader.get('/api/documents/worklist');
    expect(leaderWork.body.items.map((i: { document: { id: string } }) => i.document.id)).toContain(doc.id);

    // a specialist cannot give the directive
    const notLeader = await specialist.post(`/api/documents/${doc.id}/directive`, {
      directive: 'Giao xử lý',
      lead: { userId: f.users['specialist.a']!.id },
    });
    expect(notLeader.status).toBe(404); // not involved yet: the document is not even visible

    const directed = await leader.post(`/api/documents/${doc.id}/directive`, {
      directive: 'Giao Văn phòng Sở chủ trì, tham mưu văn bản trả lời',
      lead: { userId: f.users['specialist.a']!.id },
      informed: [{ userId: f.users['clerk.a']!.id }],
      dueInWorkingDays: 5,
    });
    expect(directed.status).toBe(200);
    expect(directed.body.status).toBe('in_progress');
    const lead = directed.body.tasks.find((task: { kind: string; status: string }) => task.kind === 'lead');
    expect(lead.assignee.id).toBe(f.users['specialist.a']!.id);
    // five working days of the agency's calendar from the moment of the directive, on a working day
    const expected = await dueAt(t.db.db, f.agencyA, new Date(), { days: 5 });
    const due = new Date(lead.dueAt);
    expect(Math.abs(due.getTime() - expected.getTime())).toBeLessThan(60_000);
    expect(due.getTime() - Date.now()).toBeGreaterThan(4 * 24 * 3_600_000);
    expect([0, 6]).not.toContain(new Date(due.getTime() + 7 * 3_600_000).getUTCDay());
    expect(directed.body.tasks.find((task: { kind: string }) => task.kind === 'direct').status).toBe('done');

    const mine = await specialist.get('/api/documents/worklist');
    const item = mine.body.items.find((i: { document: { id: string } }) => i.document.id === doc.id);
    expect(item.task.kind).toBe('lead');

    expect(
      (
        await specialist.post(`/api/documents/${doc.id}/tasks/${lead.id}/opinion`, {
          text: 'Đã liên hệ đơn vị',
        })
      ).status,
    ).toBe(200);
    const done = await specialist.post(`/api/documents/${doc.id}/tasks/${lead.id}/complete`, {
      result: 'Đã tham mưu văn bản trả lời',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'registered',
      'submitted',
      'directed',
      'opinion',
      'completed',
    ]);
    // the Phiếu giải quyết văn bản đến carries the directive, the lead and deadline, and the handler's words
    const slip = handlingSlipParts(done.body);
    expect(slip.leader[0]![0]).toBe('Giao Văn phòng Sở chủ trì, tham mưu văn bản trả lời');
    expect(slip.leader[0]![1]).toBe('Xử lý chính: Người dùng specialist.a');
    expect(slip.handler.map((l) => l[0])).toEqual(['Đã liên hệ đơn vị', 'Đã tham mưu văn bản trả lời']);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${doc.id}/handling-slip`,
      headers: { cookie: specialist.cookie! },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const after = await specialist.get('/api/documents/worklist');
    expect(after.body.items.map((i: { document: { id: string } }) => i.document.id)).not.toContain(doc.id);

    // every step is audited
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', 'in', [doc.id, lead.id])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'documents.incoming.register',
      'documents.incoming.submit',
      'documents.incoming.direct',
      'documents.task.opinion',
      'documents.task.complete',
    ]);
  });

  it('lets a department lead delegate inside the department, and a returned task go back to its giver', async () => {
    const doc = (
      await clerk.post('/api/documents/incoming', {
        ...paperDocument,
        subject: 'Đề nghị góp ý dự thảo quy chế',
      })
    ).body;
    const directed = await leader.post(`/api/documents/${doc.id}/directive`, {
      directive: 'Văn phòng nghiên cứu',
      lead: { departmentId: f.departmentA },
      dueOn: '2099-12-31',
    });
    expect(directed.status).toBe(200);
    const departmentTask = directed.body.tasks.find((task: { kind: string }) => task.kind === 'lead');
    expect(departmentTask.department.id).toBe(f.departmentA);
    // leader.a works in that department, so the task is theirs to pass on
    expect(departmentTask.can.delegate).toBe(true);

    const outsider = await leader.post(`/api/documents/${doc.id}/tasks/${departmentTask.id}/delegate`, {
      userId: f.users['specialist.b']!.id,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors[0].pointer).toBe('/body/userId');

    const delegated = await leader.post(`/api/documents/${doc.id}/tasks/${departmentTask.id}/delegate`, {
      userId: f.users['specialist.a']!.id,
      instruction: 'Đồng chí nghiên cứu, góp ý',
    });
    expect(delegated.status).toBe(200);
    const child = delegated.body.tasks.find(
      (task: { parentTaskId: string | null }) => task.parentTaskId === departmentTask.id,
    );
    expect(child.assignee.id).toBe(f.users['specialist.a']!.id);

    const extension = await specialist.post(`/api/documents/${doc.id}/tasks/${child.id}/extension`, {
      until: '2100-01-15',
      reason: 'Chờ ý kiến các phòng',
    });
    expect(extension.status).toBe(200);
    const approved = await leader.post(`/api/documents/${doc.id}/tasks/${child.id}/extension-decision`, {
      approve: true,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.tasks.find((task: { id: string }) => task.id === child.id).dueAt).toBe(
      '2100-01-15T16:59:59.000Z',
    );

    const returned = await specialist.post(`/api/documents/${doc.id}/tasks/${child.id}/return`, {
      reason: 'Không thuộc lĩnh vực được giao',
    });
    expect(returned.status).toBe(200);
    const leaderWork = await leader.get('/api/documents/worklist');
    expect(leaderWork.body.items.map((i: { document: { id: string } }) => i.document.id)).toContain(doc.id);
    // finished tasks cannot be acted on again
    const again = await specialist.post(`/api/documents/${doc.id}/tasks/${child.id}/complete`, {
      result: 'x',
    });
    expect(again.status).toBe(409);
  });

  it("lists the agency's people a document can go to, leaders apart, for the clerk too", async () => {
    const leaders = await clerk.get('/api/documents/people?role=leader');
    expect(leaders.status).toBe(200);
    expect(leaders.body.map((p: { userId: string }) => p.userId)).toEqual([f.users['leader.a']!.id]);
    const everyone = await clerk.get('/api/documents/people');
    expect(everyone.body.map((p: { displayName: string }) => p.displayName)).toEqual(
      expect.arrayContaining(['Người dùng clerk.a', 'Người dùng specialist.a', 'Người dùng admin.a']),
    );
    expect(
      everyone.body.find((p: { userId: string }) => p.userId === f.users['specialist.a']!.id),
    ).toMatchObject({
      department: { id: f.departmentA, name: 'Văn phòng Sở' },
      roles: ['specialist'],
    });
    // another agency's people are not the clerk's business
    expect((await clerk.get(`/api/documents/people?agencyId=${f.agencyB}`)).status).toBe(403);
  });

  it('refuses assignees outside the agency, with the field that is wrong', async () => {
    const doc = (await clerk.post('/api/documents/incoming', paperDocument)).body;
    const response = await leader.post(`/api/documents/${doc.id}/directive`, {
      directive: 'Giao xử lý',
      lead: { userId: f.users['specialist.a']!.id },
      collaborators: [{ userId: f.users['specialist.b']!.id }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/body/collaborators/0');
    const unchanged = await leader.get(`/api/documents/${doc.id}`);
    expect(unchanged.body.tasks).toHaveLength(0);
    expect(unchanged.body.status).toBe('registered');
  });

  it('keeps uploaded files with the document and serves them back to those who may see it', async () => {
    const doc = (await clerk.post('/api/documents/incoming', paperDocument)).body;
    const pdf = Buffer.from('%PDF-1.4\n% CôngSở test\n%%EOF\n');
    const boundary = 'congso-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Quyết định 05.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/documents/${doc.id}/files`,
      headers: { cookie: clerk.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(upload.statusCode).toBe(201);
    const file = upload.json();
    expect(file).toMatchObject({
      fileName: 'Quyết định 05.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${doc.id}/files/${file.id}`,
      headers: { cookie: clerk.cookie! },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    // a specialist with no part in it sees neither the document nor its file
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${doc.id}/files/${file.id}`,
      headers: { cookie: specialist.cookie! },
    });
    expect(hidden.statusCode).toBe(404);

    const exe = await t.app.inject({
      method: 'POST',
      url: `/api/documents/${doc.id}/files`,
      headers: { cookie: clerk.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="virus.exe"\r\n\r\n`,
        ),
        Buffer.from('MZ'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().detail).toMatch(/PDF/);
  });
});
