import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { hashPassword } from '../../platform/auth/password.ts';

let t: TestApp;
let f: DirectoryFixture;
let specialist: TestClient;
let clerk: TestClient;
let leader: TestClient;
let admin: TestClient;
let secondLeader: string;

const draft = () => ({
  documentType: 'cong_van',
  subject: 'V/v đề nghị cung cấp số liệu biên chế năm 2027',
  departmentId: f.departmentA,
  signerName: 'Người dùng leader.a',
  signerPosition: 'Giám đốc',
  recipients: [{ agencyId: f.agencyB }, { name: 'Bộ Nội vụ' }],
});

const openTaskOf = (
  doc: { tasks: { id: string; kind: string; status: string; assignee: { id: string } | null }[] },
  userId: string,
) => doc.tasks.find((task) => task.assignee?.id === userId && task.status === 'open');

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  specialist = await t.login('specialist.a', PASSWORD);
  clerk = await t.login('clerk.a', PASSWORD);
  leader = await t.login('leader.a', PASSWORD);
  admin = await t.login('admin.a', PASSWORD);
  // a second leader of A, to review in parallel with the clerk
  const officialId = crypto.randomUUID();
  await t.db.db
    .insertInto('officials')
    .values({ id: officialId, agencyId: f.agencyA, fullName: 'Phó Giám đốc' })
    .execute();
  secondLeader = crypto.randomUUID();
  await t.db.db
    .insertInto('users')
    .values({
      id: secondLeader,
      username: 'pho.a',
      displayName: 'Phó Giám đốc',
      officialId,
      passwordHash: await hashPassword(PASSWORD),
    })
    .execute();
  await t.db.db
    .insertInto('roleAssignments')
    .values({ userId: secondLeader, role: 'leader', agencyId: f.agencyA })
    .execute();
});

describe('drafting an outgoing document', () => {
  it('goes through reviewers in sequence and in parallel, is approved by its signer, then numbered and sent', async () => {
    const created = await specialist.post('/api/documents/drafts', draft());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      reference: null,
      registerNumber: null,
      can: { edit: true, submitForReview: true },
    });
    const id = created.body.id;

    // two versions of the draft file
    for (const name of ['Du thao lan 1.docx', 'Du thao lan 2.docx']) {
      const boundary = 'draft';
      const upload = await t.app.inject({
        method: 'POST',
        url: `/api/documents/${id}/files`,
        headers: { cookie: specialist.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\nPK\u0003\u0004\r\n--${boundary}--\r\n`,
      });
      expect(upload.statusCode).toBe(201);
    }
    const withFiles = await specialist.get(`/api/documents/${id}`);
    expect(withFiles.body.files.map((file: { version: number }) => file.version)).toEqual([1, 2]);

    // the clerk and the deputy review in parallel, then the director signs
    const sent = await specialist.post(`/api/documents/${id}/review`, {
      steps: [[f.users['clerk.a']!.id, secondLeader]],
      signerUserId: f.users['leader.a']!.id,
    });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('in_review');
    expect(sent.body.can.edit).toBe(false);
    // the signer waits until both reviewers agree
    expect(openTaskOf(sent.body, f.users['leader.a']!.id)).toBeUndefined();
    expect(
      (await leader.get('/api/documents/worklist')).body.items.map(
        (i: { document: { id: string } }) => i.document.id,
      ),
    ).not.toContain(id);

    const clerkTask = openTaskOf(sent.body, f.users['clerk.a']!.id)!;
    const afterClerk = await clerk.post(`/api/documents/${id}/tasks/${clerkTask.id}/approve`, {
      comment: 'Thể thức đúng',
    });
    expect(afterClerk.status).toBe(200);
    expect(openTaskOf(afterClerk.body, f.users['leader.a']!.id)).toBeUndefined();

    const deputy = await t.login('pho.a', PASSWORD);
    const deputyTask = openTaskOf(afterClerk.body, secondLeader)!;
    // a reviewer cannot act on someone else's step
    expect((await clerk.post(`/api/documents/${id}/tasks/${deputyTask.id}/approve`, {})).status).toBe(403);
    const afterDeputy = await deputy.post(`/api/documents/${id}/tasks/${deputyTask.id}/approve`, {});
    const signTask = openTaskOf(afterDeputy.body, f.users['leader.a']!.id)!;
    expect(signTask.kind).toBe('sign');
    expect(
      (await leader.get('/api/documents/worklist')).body.items.map(
        (i: { document: { id: string } }) => i.document.id,
      ),
    ).toContain(id);

    const signed = await leader.post(`/api/documents/${id}/tasks/${signTask.id}/approve`, {
      comment: 'Đồng ý ký',
    });
    expect(signed.body).toMatchObject({
      status: 'approved',
      signedBy: f.users['leader.a']!.id,
      can: { issue: false },
    });
    expect(signed.body.signedAt).toBeTruthy();

    // only the clerk numbers and releases it, to the recipients chosen while drafting
    expect((await specialist.post(`/api/documents/${id}/issue`)).status).toBe(403);
    const issued = await clerk.post(`/api/documents/${id}/issue`);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: 'issued', reference: '01/SNV-VP' });
    const statuses = issued.body.deliveries.map((d: { recipientName: string; status: string }) => [
      d.recipientName,
      d.status,
    ]);
    expect(Object.fromEntries(statuses)).toEqual({ 'Sở Tài chính': '01', 'Bộ Nội vụ': 'waiting' });
    const clerkB = await t.login('clerk.b', PASSWORD);
    const queue = await clerkB.get('/api/documents?status=received');
    expect(queue.body.items.map((d: { reference: string }) => d.reference)).toContain('01/SNV-VP');
    expect(issued.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'drafted',
      'file_added',
      'file_added',
      'review_requested',
      'review_approved',
      'review_approved',
      'signed',
      'issued',
    ]);
  });

  it('sends a draft back a step, and from the first step back to its author to revise', async () => {
    const id = (await specialist.post('/api/documents/drafts', draft())).body.id;
    const sent = await specialist.post(`/api/documents/${id}/review`, {
      steps: [[f.users['clerk.a']!.id]],
      signerUserId: f.users['leader.a']!.id,
    });
    const first = openTaskOf(sent.body, f.users['clerk.a']!.id)!;
    const approved = await clerk.post(`/api/documents/${id}/tasks/${first.id}/approve`, {});
    const sign = openTaskOf(approved.body, f.users['leader.a']!.id)!;

    // the signer sends it back: the clerk reviews again
    const back = await leader.post(`/api/documents/${id}/tasks/${sign.id}/send-back`, {
      reason: 'Bổ sung căn cứ pháp lý',
    });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('in_review');
    const again = openTaskOf(back.body, f.users['clerk.a']!.id)!;
    expect(again.id).not.toBe(first.id);

    // the clerk sends it back to the author, who finds it in their worklist and may edit it again
    const toAuthor = await clerk.post(`/api/documents/${id}/tasks/${again.id}/send-back`, {
      reason: 'Sửa trích yếu',
    });
    expect(toAuthor.body.status).toBe('draft');
    const work = (await specialist.get('/api/documents/worklist')).body.items;
    expect(work.find((i: { document: { id: string } }) => i.document.id === id).task.kind).toBe('revise');
    const edited = await specialist.patch(`/api/documents/${id}`, {
      subject: 'V/v cung cấp số liệu biên chế năm 2027',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.subject).toBe('V/v cung cấp số liệu biên chế năm 2027');

    // a new round; the revise task is closed
    const round2 = await specialist.post(`/api/documents/${id}/review`, {
      steps: [],
      signerUserId: f.users['leader.a']!.id,
    });
    expect(round2.body.tasks.filter((task: { round: number | null }) => task.round === 2)).toHaveLength(1);
    expect(round2.body.tasks.find((task: { kind: string }) => task.kind === 'revise').status).toBe('done');
  });

  it('keeps a draft to its author while it is being written, and refuses what is not theirs to do', async () => {
    const id = (await specialist.post('/api/documents/drafts', draft())).body.id;
    // another specialist of the agency does not see it; the leaders and clerk of the agency do
    expect((await t.login('specialist.b', PASSWORD).then((c) => c.get(`/api/documents/${id}`))).status).toBe(
      404,
    );
    expect((await leader.get(`/api/documents/${id}`)).status).toBe(200);
    expect((await leader.patch(`/api/documents/${id}`, { subject: 'Sửa hộ' })).status).toBe(403);
    // an agency administrator cannot draft (not among their permissions)
    expect((await admin.post('/api/documents/drafts', draft())).status).toBe(403);
    // the signer must be a leader, named at the field
    const notLeader = await specialist.post(`/api/documents/${id}/review`, {
      steps: [],
      signerUserId: f.users['clerk.a']!.id,
    });
    expect(notLeader.status).toBe(400);
    expect(notLeader.body.errors[0].pointer).toBe('/body/signerUserId');
    // an unapproved draft cannot be issued
    expect((await clerk.post(`/api/documents/${id}/issue`)).status).toBe(409);
  });
});
