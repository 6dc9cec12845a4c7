import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { decision, issueOutgoing, loginAll, registerIncoming } from '../../../test/fixtures/documents.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { notify } from './notify.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerk: TestClient;
let leader: TestClient;
let specialist: TestClient;
let clerkB: TestClient;
/** a second specialist of A, and a deputy who also leads department A */
let colleague: { id: string; client: TestClient };
let deputy: { id: string; client: TestClient };

interface Listed {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string;
  documentId: string | null;
  readAt: string | null;
}

const list = async (client: TestClient, query = 'pageSize=100') => {
  const response = await client.get(`/api/notifications?${query}`);
  expect(response.status).toBe(200);
  return response.body as { items: Listed[]; total: number; unread: number; page: number };
};
/** The notices a person has about one document. */
const about = async (client: TestClient, documentId: string) =>
  (await list(client)).items.filter((n) => n.documentId === documentId);

async function person(username: string, role: string, departmentId: string | null) {
  const officialId = crypto.randomUUID();
  await t.db.db
    .insertInto('officials')
    .values({ id: officialId, agencyId: f.agencyA, departmentId, fullName: `Cán bộ ${username}` })
    .execute();
  const id = crypto.randomUUID();
  await t.db.db
    .insertInto('users')
    .values({
      id,
      username,
      displayName: `Người dùng ${username}`,
      officialId,
      passwordHash: await hashPassword(PASSWORD),
    })
    .execute();
  await t.db.db.insertInto('roleAssignments').values({ userId: id, role, agencyId: f.agencyA }).execute();
  return { id, client: await t.login(username, PASSWORD) };
}

const incoming = (number: number) => ({
  documentType: 'quyet_dinh',
  number,
  notation: 'QĐ-UBND',
  subject: 'Quyết định thành lập Ban chỉ đạo chuyển đổi số tỉnh',
  issuerName: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
  issuedOn: '2026-11-02',
  medium: 'paper',
});

const registered = (number: number) => registerIncoming(clerk, incoming(number));

const taskOf = (
  doc: { tasks: { id: string; kind: string; status: string; assignee: { id: string } | null }[] },
  userId: string,
) =>
  doc.tasks.find(
    (task) => task.assignee?.id === userId && (task.status === 'open' || task.status === 'in_progress'),
  )!;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerk, leader, specialist, clerkB] = await loginAll(t, ['clerk.a', 'leader.a', 'specialist.a', 'clerk.b']);
  colleague = await person('cv2.a', 'specialist', null);
  deputy = await person('pho.a', 'leader', f.departmentA);
});

describe('notices of the handling of an incoming document', () => {
  it('tells the leader it was submitted to, then the lead, collaborators and informed — never the leader who directed', async () => {
    const id = await registered(5);
    const submitted = await clerk.post(`/api/documents/${id}/submit`, {
      leaderUserId: f.users['leader.a']!.id,
    });
    expect(submitted.status).toBe(200);
    expect(await about(leader, id)).toMatchObject([
      {
        kind: 'task_assigned',
        title: 'Văn bản 05/QĐ-UBND chờ bạn cho ý kiến chỉ đạo',
        link: `/documents/${id}`,
        readAt: null,
      },
    ]);
    expect(await about(clerk, id)).toEqual([]);

    const directed = await leader.post(`/api/documents/${id}/directive`, {
      directive: 'Giao chuyên viên chủ trì, tham mưu văn bản trả lời',
      lead: { userId: f.users['specialist.a']!.id },
      collaborators: [{ userId: colleague.id }, { departmentId: f.departmentA }],
      informed: [{ userId: f.users['clerk.a']!.id }],
    });
    expect(directed.status).toBe(200);
    expect(await about(specialist, id)).toMatchObject([
      {
        kind: 'task_assigned',
        title: 'Bạn được giao xử lý văn bản 05/QĐ-UBND',
        body: 'Người dùng leader.a: Giao chuyên viên chủ trì, tham mưu văn bản trả lời',
        documentId: id,
      },
    ]);
    expect((await about(colleague.client, id)).map((n) => n.title)).toEqual([
      'Bạn được giao phối hợp xử lý văn bản 05/QĐ-UBND',
    ]);
    expect((await about(clerk, id)).map((n) => n.title)).toEqual(['Văn bản 05/QĐ-UBND được gửi để bạn biết']);
    // the department's task reaches its leaders; the one who gave the directive is not told of it
    expect((await about(deputy.client, id)).map((n) => n.title)).toEqual([
      'Bạn được giao phối hợp xử lý văn bản 05/QĐ-UBND',
    ]);
    expect(await about(leader, id)).toHaveLength(1);
  });

  it('brings a returned task, an extension request and its decision back to the right person', async () => {
    const id = await registered(6);
    const directed = await leader.post(`/api/documents/${id}/directive`, {
      directive: 'Giao chuyên viên xử lý',
      lead: { userId: f.users['specialist.a']!.id },
    });
    const task = taskOf(directed.body, f.users['specialist.a']!.id);

    await specialist.post(`/api/documents/${id}/tasks/${task.id}/extension`, {
      until: '2100-01-15',
      reason: 'Chờ số liệu của các huyện',
    });
    expect((await about(leader, id)).map((n) => [n.kind, n.title, n.body])).toEqual([
      [
        'extension_requested',
        'Người dùng specialist.a xin gia hạn xử lý văn bản 06/QĐ-UBND đến 15/01/2100',
        'Chờ số liệu của các huyện',
      ],
    ]);
    await leader.post(`/api/documents/${id}/tasks/${task.id}/extension-decision`, { approve: true });
    expect((await about(specialist, id)).map((n) => n.title)).toContain(
      'Đề nghị gia hạn xử lý văn bản 06/QĐ-UBND đến 15/01/2100 được đồng ý',
    );

    const returned = await specialist.post(`/api/documents/${id}/tasks/${task.id}/return`, {
      reason: 'Không thuộc lĩnh vực của phòng',
    });
    expect(returned.status).toBe(200);
    const back = (await about(leader, id)).find((n) => n.kind === 'task_returned');
    expect(back).toMatchObject({
      title: 'Văn bản 06/QĐ-UBND được trả lại cho bạn',
      body: 'Người dùng specialist.a: Không thuộc lĩnh vực của phòng',
    });
    // the one who returned it hears nothing of their own step
    expect((await about(specialist, id)).some((n) => n.kind === 'task_returned')).toBe(false);
  });
});

describe('notices of a draft', () => {
  it('tells the reviewer, the author when it is sent back, the signer in turn, then the clerks', async () => {
    const created = await specialist.post('/api/documents/drafts', {
      documentType: 'cong_van',
      subject: 'V/v đề nghị cung cấp số liệu biên chế năm 2027',
      departmentId: f.departmentA,
      signerName: 'Người dùng leader.a',
      signerPosition: 'Giám đốc',
      recipients: [{ agencyId: f.agencyB }],
    });
    const id = created.body.id;
    const plan = { steps: [[colleague.id]], signerUserId: f.users['leader.a']!.id };
    const sent = await specialist.post(`/api/documents/${id}/review`, plan);
    expect((await about(colleague.client, id)).map((n) => [n.kind, n.title])).toEqual([
      ['review_requested', 'Dự thảo “V/v đề nghị cung cấp số liệu biên chế năm 2027” chờ bạn xem xét'],
    ]);
    // the signer's step waits: nothing yet
    expect(await about(leader, id)).toEqual([]);

    const back = await colleague.client.post(
      `/api/documents/${id}/tasks/${taskOf(sent.body, colleague.id).id}/send-back`,
      {
        reason: 'Bổ sung căn cứ pháp lý',
      },
    );
    expect(back.status).toBe(200);
    expect(await about(specialist, id)).toMatchObject([
      {
        kind: 'draft_sent_back',
        title: 'Dự thảo “V/v đề nghị cung cấp số liệu biên chế năm 2027” bị trả lại để bạn chỉnh sửa',
        body: 'Người dùng cv2.a: Bổ sung căn cứ pháp lý',
      },
    ]);

    const again = await specialist.post(`/api/documents/${id}/review`, plan);
    await colleague.client.post(
      `/api/documents/${id}/tasks/${taskOf(again.body, colleague.id).id}/approve`,
      {},
    );
    expect((await about(leader, id)).map((n) => [n.kind, n.title])).toEqual([
      ['signature_requested', 'Dự thảo “V/v đề nghị cung cấp số liệu biên chế năm 2027” chờ bạn ký duyệt'],
    ]);
    const signTask = taskOf((await leader.get(`/api/documents/${id}`)).body, f.users['leader.a']!.id);
    await leader.post(`/api/documents/${id}/tasks/${signTask.id}/approve`, {});
    expect((await about(clerk, id)).map((n) => n.kind)).toEqual(['issue_requested']);
    expect((await about(specialist, id)).map((n) => n.kind)).toEqual(['draft_signed', 'draft_sent_back']);
  });
});

describe('notices between agencies', () => {
  it("tells the recipient's clerks of a delivery, and them and the people handling it of a recall", async () => {
    const issued = await issueOutgoing(clerkB, decision([{ agencyId: f.agencyA }]));
    const delivered = (await list(clerk)).items.filter((n) => n.kind === 'document_delivered');
    expect(delivered).toMatchObject([
      { title: `Văn bản ${issued.reference} của Sở Tài chính đã đến, chờ vào sổ` },
    ]);
    // it leads to A's copy, waiting to be registered
    const copyId = delivered[0]!.documentId!;
    expect(delivered[0]!.link).toBe(`/documents/${copyId}`);
    expect((await clerk.get(delivered[0]!.link.replace('/documents', '/api/documents'))).body).toMatchObject({
      status: 'received',
      reference: issued.reference,
    });
    // not the clerk who sent it, not A's people who do not register documents
    expect((await list(clerkB)).items.some((n) => n.documentId === copyId)).toBe(false);
    expect(await about(leader, copyId)).toEqual([]);

    await clerk.post(`/api/documents/${copyId}/accept`);
    await leader.post(`/api/documents/${copyId}/directive`, {
      directive: 'Giao chuyên viên theo dõi',
      lead: { userId: colleague.id },
    });
    const recalled = await clerkB.post(`/api/documents/${issued.id}/recall`, { reason: 'Sai thể thức' });
    expect(recalled.status).toBe(200);
    const title = `Văn bản ${issued.reference} của Sở Tài chính đã bị thu hồi`;
    for (const client of [clerk, colleague.client])
      expect((await about(client, copyId)).find((n) => n.kind === 'document_recalled')).toMatchObject({
        title,
        body: 'Sai thể thức',
      });
  });
});

describe('a copy returned by its recipient', () => {
  it("tells the sender's clerks and the document's author why", async () => {
    const issued = await issueOutgoing(clerkB, decision([{ agencyId: f.agencyA }]));
    const copyId = (await list(clerk)).items.find(
      (n) => n.kind === 'document_delivered' && n.title.includes(issued.reference),
    )!.documentId!;
    const returned = await clerk.post(`/api/documents/${copyId}/reject`, { reason: 'Gửi nhầm cơ quan' });
    expect(returned.status).toBe(200);
    const notice = (await about(clerkB, issued.id)).find((n) => n.kind === 'document_returned');
    expect(notice).toMatchObject({
      title: `Văn bản ${issued.reference} gửi Sở Nội vụ đã bị trả lại`,
      link: `/documents/${issued.id}`,
    });
    expect(notice!.body).toContain('Gửi nhầm cơ quan');
    // the recipient's clerk, who returned it, is not told of their own step
    expect((await list(clerk)).items.some((n) => n.kind === 'document_returned')).toBe(false);
  });
});

describe('reading one’s notices', () => {
  let owner: { id: string; client: TestClient };

  beforeAll(async () => {
    owner = await person('doc.a', 'specialist', null);
    await notify(
      t.db.db,
      Array.from({ length: 25 }, (_, i) => ({
        userId: owner.id,
        kind: 'task_assigned',
        title: `Thông báo số ${i + 1}`,
        link: '/documents/worklist',
      })),
    );
  });

  it('pages newest first and counts the unread', async () => {
    const first = await list(owner.client, 'pageSize=10');
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1 });
    expect(first.items).toHaveLength(10);
    const third = await list(owner.client, 'pageSize=10&page=3');
    expect(third.items).toHaveLength(5);
    // inserted in one statement they share a time; all 25 come back once over the pages
    const all = [...first.items, ...(await list(owner.client, 'pageSize=10&page=2')).items, ...third.items];
    expect(new Set(all.map((n) => n.id)).size).toBe(25);

    const read = await owner.client.post(`/api/notifications/${first.items[0]!.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ unread: 24 });
    const unread = await list(owner.client, 'unread=true&pageSize=100');
    expect(unread).toMatchObject({ total: 24, unread: 24 });
    expect(unread.items.some((n) => n.id === first.items[0]!.id)).toBe(false);
    expect((await list(owner.client, 'pageSize=1')).total).toBe(25);

    // newer notices come first
    await notify(t.db.db, [
      { userId: owner.id, kind: 'task_returned', title: 'Mới nhất', link: '/documents/worklist' },
    ]);
    expect((await list(owner.client, 'pageSize=1')).items[0]!.title).toBe('Mới nhất');

    expect((await owner.client.post('/api/notifications/read-all')).body).toEqual({ unread: 0 });
    expect(await list(owner.client, 'unread=true')).toMatchObject({ total: 0, unread: 0, items: [] });
  });

  it('shows and marks only one’s own notices', async () => {
    await notify(t.db.db, [
      { userId: owner.id, kind: 'task_assigned', title: 'Riêng tư', link: '/documents/worklist' },
    ]);
    const mine = (await list(owner.client, 'unread=true')).items[0]!;
    expect((await list(specialist)).items.some((n) => n.id === mine.id)).toBe(false);
    const other = await specialist.post(`/api/notifications/${mine.id}/read`);
    expect(other.status).toBe(404);
    await specialist.post('/api/notifications/read-all');
    expect((await list(owner.client, 'unread=true')).items.map((n) => n.id)).toEqual([mine.id]);
  });

  it('hides a notice about a document its reader may not see', async () => {
    const id = await registered(7);
    // specialist.b works in agency B: A's document is not theirs to see, whatever a notice says
    await notify(t.db.db, [
      {
        userId: f.users['specialist.b']!.id,
        kind: 'task_assigned',
        title: 'Văn bản 07/QĐ-UBND',
        link: `/documents/${id}`,
        documentId: id,
      },
    ]);
    const other = await t.login('specialist.b', PASSWORD);
    expect(await list(other)).toMatchObject({ total: 0, unread: 0, items: [] });
  });

  it('writes nothing when the step rolls back, and one notice per person, kind and document in a step', async () => {
    const id = await registered(8);
    const notice = {
      userId: f.users['clerk.a']!.id,
      kind: 'task_assigned',
      title: 'Văn bản 08/QĐ-UBND',
      link: `/documents/${id}`,
      documentId: id,
    };
    await expect(
      t.db.db.transaction().execute(async (trx) => {
        await notify(trx, [notice]);
        throw new Error('the step failed');
      }),
    ).rejects.toThrow('the step failed');
    expect(await about(clerk, id)).toEqual([]);

    await t.db.db.transaction().execute(async (trx) => {
      await notify(trx, [notice, notice]);
      await notify(trx, [notice, { ...notice, kind: 'task_returned' }]);
    });
    expect((await about(clerk, id)).map((n) => n.kind).sort()).toEqual(['task_assigned', 'task_returned']);
  });
});
