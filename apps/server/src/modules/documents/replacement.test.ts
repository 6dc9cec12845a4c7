import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { decision, deliveredCopy, issueOutgoing, loginAll } from '../../../test/fixtures/documents.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerkA: TestClient;
let leaderA: TestClient;
let specialistA: TestClient;
let clerkB: TestClient;
let leaderB: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerkA, leaderA, specialistA, clerkB, leaderB] = await loginAll(t, [
    'clerk.a',
    'leader.a',
    'specialist.a',
    'clerk.b',
    'leader.b',
  ]);
});

/** B issues to A (and whoever else); answers B's document and A's copy of it. */
async function issueToA(extra: unknown[] = [], subject?: string) {
  const sent = await issueOutgoing(clerkB, decision([{ agencyId: f.agencyA }, ...extra], subject));
  return { sent, copyId: await deliveredCopy(t, sent.id, f.agencyA) };
}

const statuses = (deliveries: { recipientName: string; status: string }[]) =>
  Object.fromEntries(deliveries.map((d) => [d.recipientName, d.status]));

const noticesOf = (username: string, kind: string) =>
  t.db.db
    .selectFrom('notifications')
    .select(['title', 'body', 'link', 'documentId'])
    .where('userId', '=', f.users[username]!.id)
    .where('kind', '=', kind)
    .execute();

const auditOf = (action: string, targetId: string) =>
  t.db.db
    .selectFrom('auditLog')
    .select('summary')
    .where('action', '=', action)
    .where('targetId', '=', targetId)
    .executeTakeFirst();

describe('replacing an issued document (thay thế)', () => {
  it('issues the replacement with its own number, marks the old one and the copies, and tells the recipient', async () => {
    const { sent, copyId } = await issueToA([{ name: 'Bộ Nội vụ', code: '000.00.00.G09' }]);
    // A registers its copy and the leader hands it out: the specialist leads, the department collaborates
    await clerkA.post(`/api/documents/${copyId}/accept`);
    const directed = await leaderA.post(`/api/documents/${copyId}/directive`, {
      directive: 'Giao chuyên viên tham mưu',
      lead: { userId: f.users['specialist.a']!.id },
      collaborators: [{ departmentId: f.departmentA }],
    });
    expect(directed.status).toBe(200);

    const replaced = await clerkB.post(`/api/documents/${sent.id}/replace`, {
      ...decision(
        [{ agencyId: f.agencyA }, { name: 'Bộ Nội vụ', code: '000.00.00.G09' }],
        'Quyết định phê duyệt kế hoạch chuyển đổi số năm 2027 (thay thế)',
      ),
      reason: 'Sai sót phụ lục kèm theo',
    });
    expect(replaced.status).toBe(201);
    const next = replaced.body;
    expect(next).toMatchObject({
      status: 'issued',
      number: sent.number + 1,
      replaces: { id: sent.id, reference: sent.reference },
      replacedBy: null,
      can: { replace: true, update: true, recall: true },
    });
    expect(next.reference).not.toBe(sent.reference);
    expect(statuses(next.deliveries)).toEqual({ 'Sở Nội vụ': '01', 'Bộ Nội vụ': 'waiting' });
    expect(next.events.map((e: { kind: string }) => e.kind)).toContain('replacing');

    // the old one stays, marked, with its number, linked to the replacement; its deliveries end
    const old = (await clerkB.get(`/api/documents/${sent.id}`)).body;
    expect(old).toMatchObject({
      status: 'replaced',
      reference: sent.reference,
      replacedBy: { id: next.id, reference: next.reference },
      can: { replace: false, update: false, recall: false },
    });
    expect(statuses(old.deliveries)).toEqual({ 'Sở Nội vụ': 'replaced', 'Bộ Nội vụ': 'replaced' });
    expect(old.events.at(-1)).toMatchObject({
      kind: 'replaced',
      detail: `Thay thế bằng văn bản ${next.reference}: Sai sót phụ lục kèm theo`,
    });

    // A's old copy: replaced, its open tasks cancelled, out of everyone's worklist, linked to the new copy
    const oldCopy = (await clerkA.get(`/api/documents/${copyId}`)).body;
    expect(oldCopy.status).toBe('replaced');
    expect(oldCopy.registerNumber).toBe(1);
    expect(oldCopy.tasks.filter((task: { status: string }) => task.status === 'open')).toEqual([]);
    expect(oldCopy.tasks.some((task: { status: string }) => task.status === 'cancelled')).toBe(true);
    const newCopyId = oldCopy.replacedBy.id;
    expect(oldCopy.replacedBy.reference).toBe(next.reference);
    for (const client of [specialistA, leaderA]) {
      const work = (await client.get('/api/documents/worklist')).body;
      expect(work.items.map((i: { document: { id: string } }) => i.document.id)).not.toContain(copyId);
    }
    // no more steps on the old copy
    const lead = directed.body.tasks.find((task: { kind: string }) => task.kind === 'lead');
    const late = await specialistA.post(`/api/documents/${copyId}/tasks/${lead.id}/opinion`, {
      text: 'Đã xem',
    });
    expect(late.status).toBe(409);

    // the new copy waits in A's queue like any delivery, pointing at the copy it replaces
    const queue = (await clerkA.get('/api/documents?direction=incoming&status=received')).body.items;
    expect(queue.map((d: { id: string }) => d.id)).toContain(newCopyId);
    const newCopy = (await clerkA.get(`/api/documents/${newCopyId}`)).body;
    expect(newCopy).toMatchObject({
      status: 'received',
      reference: next.reference,
      sourceDocumentId: next.id,
      replaces: { id: copyId, reference: sent.reference },
      can: { register: true },
    });

    // A's clerk hears of it (pointed at the new copy), and so do the people who were working on the old one
    expect(await noticesOf('clerk.a', 'document_replaced')).toEqual([
      expect.objectContaining({ link: `/documents/${newCopyId}`, documentId: newCopyId }),
    ]);
    const [notice] = await noticesOf('specialist.a', 'document_replaced');
    expect(notice).toMatchObject({ link: `/documents/${copyId}`, body: 'Lý do: Sai sót phụ lục kèm theo' });
    expect(notice!.title).toContain(next.reference);
    expect(await noticesOf('leader.a', 'document_replaced')).toHaveLength(1); // leads the collaborating department
    expect(await noticesOf('clerk.b', 'document_replaced')).toEqual([]); // who acted is not told

    expect((await auditOf('documents.outgoing.replace', sent.id))?.summary).toMatchObject({
      before: { status: 'issued' },
      after: { status: 'replaced', replacementId: next.id },
      reason: 'Sai sót phụ lục kèm theo',
    });

    // replaced once: the old one cannot be replaced, updated or recalled again
    const again = await clerkB.post(`/api/documents/${sent.id}/replace`, {
      ...decision([{ agencyId: f.agencyA }]),
      reason: 'Lần nữa',
    });
    expect(again.status).toBe(409);
    expect((await clerkB.post(`/api/documents/${sent.id}/recall`, { reason: 'x' })).status).toBe(409);
  });

  it('marks a copy not yet registered as replaced too, and can send the replacement elsewhere', async () => {
    const { sent, copyId } = await issueToA();
    const replaced = await clerkB.post(`/api/documents/${sent.id}/replace`, {
      ...decision([{ name: 'Ủy ban nhân dân xã Bảo Thắng' }]),
      reason: 'Gửi nhầm nơi nhận',
    });
    expect(replaced.status).toBe(201);
    const oldCopy = (await clerkA.get(`/api/documents/${copyId}`)).body;
    expect(oldCopy).toMatchObject({ status: 'replaced', replacedBy: null, can: { register: false } });
    expect(oldCopy.events.at(-1).detail).toContain('không gửi cho cơ quan này');
    expect((await clerkA.post(`/api/documents/${copyId}/accept`)).status).toBe(409);
    const [notice] = await noticesOf('clerk.a', 'document_replaced').then((n) =>
      n.filter((x) => x.documentId === copyId),
    );
    expect(notice?.link).toBe(`/documents/${copyId}`);
  });

  it('refuses documents that are not issued, recalled ones, and other agencies', async () => {
    const { sent } = await issueToA();
    const body = { ...decision([{ name: 'Bộ Nội vụ' }]), reason: 'Sai sót' };
    // another agency's clerk does not even see it; B's leader sees it but does not issue
    expect((await clerkA.post(`/api/documents/${sent.id}/replace`, body)).status).toBe(404);
    expect((await leaderB.post(`/api/documents/${sent.id}/replace`, body)).status).toBe(403);
    // a reason is required
    const noReason = await clerkB.post(
      `/api/documents/${sent.id}/replace`,
      decision([{ name: 'Bộ Nội vụ' }]),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/reason');

    await clerkB.post(`/api/documents/${sent.id}/recall`, { reason: 'Sai sót' });
    const recalled = await clerkB.post(`/api/documents/${sent.id}/replace`, body);
    expect(recalled.status).toBe(409);
    expect(recalled.body.detail).toBe(
      'Chỉ thay thế được văn bản đi đã phát hành, chưa bị thu hồi hay thay thế',
    );

    const draft = await clerkB.post('/api/documents/drafts', decision([{ name: 'Bộ Nội vụ' }]));
    expect((await clerkB.post(`/api/documents/${draft.body.id}/replace`, body)).status).toBe(409);
    expect(draft.body.can).toMatchObject({ replace: false, update: false });
    // nothing was numbered for the refused attempts
    const numbers = await t.db.db
      .selectFrom('documents')
      .select('id')
      .where('replacesDocumentId', 'in', [sent.id, draft.body.id])
      .execute();
    expect(numbers).toEqual([]);
  });
});

describe('updating an issued document (cập nhật)', () => {
  it('corrects the sender, applies to an unregistered copy, and notes it on a registered one', async () => {
    const { sent, copyId } = await issueToA([{ agencyId: f.agencyA1 }], 'Kế hoạch kiểm tra công tác văn thư');
    const a1Copy = (
      await t.db.db
        .selectFrom('documentDeliveries')
        .select('incomingDocumentId')
        .where('documentId', '=', sent.id)
        .where('recipientAgencyId', '=', f.agencyA1)
        .executeTakeFirstOrThrow()
    ).incomingDocumentId!;
    await clerkA.post(`/api/documents/${copyId}/accept`);
    await clerkA.post(`/api/documents/${copyId}/submit`, { leaderUserId: f.users['leader.a']!.id });

    const updated = await clerkB.post(`/api/documents/${sent.id}/update`, {
      subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ',
      signerName: 'Nguyễn Văn Mạnh',
      signerPosition: 'Phó Giám đốc',
      reason: 'Ghi thiếu nội dung trích yếu, sai tên người ký',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      status: 'issued',
      number: sent.number,
      reference: sent.reference,
      subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ',
      signerName: 'Nguyễn Văn Mạnh',
      lastUpdate: { reason: 'Ghi thiếu nội dung trích yếu, sai tên người ký', applied: true },
    });
    const line = updated.body.events.at(-1);
    expect(line).toMatchObject({ kind: 'updated' });
    // the signer's position did not change, so it is not in the before/after
    expect(line.data).toMatchObject({
      before: { subject: 'Kế hoạch kiểm tra công tác văn thư', signerName: 'Nguyễn Văn Minh' },
      after: { subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ', signerName: 'Nguyễn Văn Mạnh' },
    });
    expect(line.data.after).not.toHaveProperty('signerPosition');

    // A1 had not registered its copy: it now says what the sender corrected
    const a1 = await t.db.db
      .selectFrom('documents')
      .select(['subject', 'signerName', 'status'])
      .where('id', '=', a1Copy)
      .executeTakeFirstOrThrow();
    expect(a1).toEqual({
      subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ',
      signerName: 'Nguyễn Văn Mạnh',
      status: 'received',
    });

    // A registered its copy: the register entry stays as written, the history carries the correction
    const copy = (await clerkA.get(`/api/documents/${copyId}`)).body;
    expect(copy).toMatchObject({
      status: 'submitted',
      subject: 'Kế hoạch kiểm tra công tác văn thư',
      signerName: 'Nguyễn Văn Minh',
      lastUpdate: { reason: 'Ghi thiếu nội dung trích yếu, sai tên người ký', applied: false },
    });
    expect(copy.events.at(-1)).toMatchObject({
      kind: 'update_notice',
      actorName: 'Sở Tài chính',
      data: {
        after: { subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ', signerName: 'Nguyễn Văn Mạnh' },
      },
    });
    const register = (await clerkA.get(`/api/documents/registers/incoming?year=${copy.registerYear}`)).body;
    expect(register.entries.map((e: { subject: string }) => e.subject)).toContain(
      'Kế hoạch kiểm tra công tác văn thư',
    );

    // A's clerk and the leader who holds the copy are told
    expect(await noticesOf('clerk.a', 'document_updated')).toEqual([
      expect.objectContaining({ link: `/documents/${copyId}` }),
    ]);
    expect(await noticesOf('leader.a', 'document_updated')).toHaveLength(1);

    expect((await auditOf('documents.outgoing.update', sent.id))?.summary).toMatchObject({
      reason: 'Ghi thiếu nội dung trích yếu, sai tên người ký',
      before: { subject: 'Kế hoạch kiểm tra công tác văn thư', signerName: 'Nguyễn Văn Minh' },
      after: { subject: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ', signerName: 'Nguyễn Văn Mạnh' },
      copiesUpdated: 1,
      copiesNoticed: 1,
    });
  });

  it('requires a reason and a change, and only the issuing clerk on an issued document', async () => {
    const { sent } = await issueToA();
    const noReason = await clerkB.post(`/api/documents/${sent.id}/update`, { subject: 'Trích yếu mới' });
    expect(noReason.status).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noReason.body.errors).toEqual([{ pointer: '/body/reason', detail: 'Trường này là bắt buộc' }]);
    const blank = await clerkB.post(`/api/documents/${sent.id}/update`, {
      subject: 'Trích yếu mới',
      reason: ' ',
    });
    expect(blank.status).toBe(400);
    const same = await clerkB.post(`/api/documents/${sent.id}/update`, {
      subject: sent.subject,
      reason: 'Sửa',
    });
    expect(same.status).toBe(400);
    expect(same.body.detail).toBe('Không có thông tin nào thay đổi so với văn bản đã phát hành');
    // the number, type and secrecy are not for an update
    expect((await clerkB.post(`/api/documents/${sent.id}/update`, { number: 9, reason: 'Sửa' })).status).toBe(
      400,
    );

    expect(
      (await clerkA.post(`/api/documents/${sent.id}/update`, { subject: 'X', reason: 'Sửa' })).status,
    ).toBe(404);
    expect(
      (await leaderB.post(`/api/documents/${sent.id}/update`, { subject: 'X', reason: 'Sửa' })).status,
    ).toBe(403);
    await clerkB.post(`/api/documents/${sent.id}/recall`, { reason: 'Sai sót' });
    expect(
      (await clerkB.post(`/api/documents/${sent.id}/update`, { subject: 'X', reason: 'Sửa' })).status,
    ).toBe(409);
  });
});

describe('a draft shows the recipients chosen for it', () => {
  it('returns the planned recipients with the names of the agencies', async () => {
    const draft = await specialistA.post('/api/documents/drafts', {
      ...decision([{ agencyId: f.agencyB }, { name: 'Bộ Nội vụ', code: '000.00.00.G09' }]),
    });
    expect(draft.status).toBe(201);
    const detail = (await specialistA.get(`/api/documents/${draft.body.id}`)).body;
    expect(detail.plannedRecipients).toEqual([
      { agencyId: f.agencyB, name: 'Sở Tài chính', code: null },
      { agencyId: null, name: 'Bộ Nội vụ', code: '000.00.00.G09' },
    ]);
    const edited = await specialistA.patch(`/api/documents/${draft.body.id}`, {
      recipients: [{ name: 'Các phòng' }],
    });
    expect(edited.body.plannedRecipients).toEqual([{ agencyId: null, name: 'Các phòng', code: null }]);
  });
});
