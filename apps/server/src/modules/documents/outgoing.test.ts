import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { decision, loginAll, setClearance } from '../../../test/fixtures/documents.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerkA: TestClient;
let leaderA: TestClient;
let specialistA: TestClient;
let clerkB: TestClient;
let adminB: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  [clerkA, leaderA, specialistA, clerkB, adminB] = await loginAll(t, [
    'clerk.a',
    'leader.a',
    'specialist.a',
    'clerk.b',
    'admin.b',
  ]);
});

describe('issuing and delivery on the platform', () => {
  it('numbers the document, delivers it to A, queues the outside recipient, and shows B each status', async () => {
    const issued = await clerkB.post(
      '/api/documents/outgoing',
      decision([{ agencyId: f.agencyA }, { name: 'Bộ Nội vụ', code: '000.00.00.G09' }]),
    );
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      direction: 'outgoing',
      status: 'issued',
      reference: '01/QĐ-STC',
      number: 1,
    });
    const statuses = () =>
      clerkB
        .get(`/api/documents/${issued.body.id}`)
        .then((r) =>
          Object.fromEntries(
            r.body.deliveries.map((d: { recipientName: string; status: string }) => [
              d.recipientName,
              d.status,
            ]),
          ),
        );
    expect(await statuses()).toEqual({ 'Sở Nội vụ': '01', 'Bộ Nội vụ': 'waiting' });

    // A's clerk finds it waiting to be registered
    const queue = await clerkA.get('/api/documents?direction=incoming&status=received');
    const copy = queue.body.items.find((d: { reference: string }) => d.reference === '01/QĐ-STC');
    expect(copy).toMatchObject({ issuerName: 'Sở Tài chính', subject: decision([]).subject });
    expect((await clerkA.get('/api/documents/worklist')).body.counts.toRegister).toBe(1);

    const accepted = await clerkA.post(`/api/documents/${copy.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'registered', registerNumber: 1 });
    expect(await statuses()).toMatchObject({ 'Sở Nội vụ': '03' });

    const directed = await leaderA.post(`/api/documents/${copy.id}/directive`, {
      directive: 'Giao chuyên viên theo dõi',
      lead: { userId: f.users['specialist.a']!.id },
    });
    expect(directed.status).toBe(200);
    expect(await statuses()).toMatchObject({ 'Sở Nội vụ': '04' });
    const lead = directed.body.tasks.find((task: { kind: string }) => task.kind === 'lead');
    await specialistA.post(`/api/documents/${copy.id}/tasks/${lead.id}/opinion`, { text: 'Đang triển khai' });
    expect(await statuses()).toMatchObject({ 'Sở Nội vụ': '05' });
    await specialistA.post(`/api/documents/${copy.id}/tasks/${lead.id}/complete`, {
      result: 'Đã triển khai',
    });
    expect(await statuses()).toMatchObject({ 'Sở Nội vụ': '06', 'Bộ Nội vụ': 'waiting' });

    // B's history shows each step its recipient took
    const history = (await clerkB.get(`/api/documents/${issued.body.id}`)).body.events;
    expect(
      history
        .filter((e: { kind: string }) => e.kind === 'delivery_status')
        .map((e: { data: { status: string } }) => e.data.status),
    ).toEqual(['03', '04', '05', '06']);
  });

  it('lets the recipient return a misdirected document, which the sender sees as 02 with the reason', async () => {
    const issued = await clerkB.post('/api/documents/outgoing', decision([{ agencyId: f.agencyA }]));
    const copy = (await clerkA.get('/api/documents?status=received')).body.items[0];
    const rejected = await clerkA.post(`/api/documents/${copy.id}/reject`, { reason: 'Gửi nhầm cơ quan' });
    expect(rejected.status).toBe(200);
    const sender = await clerkB.get(`/api/documents/${issued.body.id}`);
    expect(sender.body.deliveries[0]).toMatchObject({
      status: '02',
      statusDetail: 'Gửi nhầm cơ quan',
      statusName: 'Từ chối tiếp nhận',
    });
    // a rejected copy cannot be registered afterwards
    expect((await clerkA.post(`/api/documents/${copy.id}/accept`)).status).toBe(409);
  });

  it('recalls an issued document: the copies are marked and their open tasks end', async () => {
    const issued = await clerkB.post('/api/documents/outgoing', decision([{ agencyId: f.agencyA }]));
    const copy = (await clerkA.get('/api/documents?status=received')).body.items[0];
    await clerkA.post(`/api/documents/${copy.id}/accept`);
    await clerkA.post(`/api/documents/${copy.id}/submit`, { leaderUserId: f.users['leader.a']!.id });
    const recalled = await clerkB.post(`/api/documents/${issued.body.id}/recall`, {
      reason: 'Sai sót nội dung',
    });
    expect(recalled.status).toBe(200);
    expect(recalled.body.status).toBe('recalled');
    expect(recalled.body.deliveries[0].status).toBe('13');
    const recipientCopy = await clerkA.get(`/api/documents/${copy.id}`);
    expect(recipientCopy.body.status).toBe('recalled');
    expect(recipientCopy.body.tasks.every((task: { status: string }) => task.status !== 'open')).toBe(true);
    const leaderWork = await leaderA.get('/api/documents/worklist');
    expect(leaderWork.body.items.map((i: { document: { id: string } }) => i.document.id)).not.toContain(
      copy.id,
    );
    // B's own clerk only: A cannot recall B's document
    expect((await clerkA.post(`/api/documents/${issued.body.id}/recall`, { reason: 'x' })).status).toBe(404);
  });

  it('builds a công văn notation from the drafting unit', async () => {
    const issued = await clerkA.post('/api/documents/outgoing', {
      ...decision([{ name: 'Ủy ban nhân dân xã Bảo Thắng' }]),
      documentType: 'cong_van',
      subject: 'V/v rà soát hồ sơ lưu trữ',
      departmentId: f.departmentA,
    });
    expect(issued.status).toBe(201);
    expect(issued.body.reference).toMatch(/^\d{2,}\/SNV-VP$/);
  });
});

describe('outgoing numbering', () => {
  it('gives 50 concurrent issues 50 consecutive numbers, no gap and no duplicate', async () => {
    const before =
      (await clerkB.get('/api/documents?direction=outgoing&pageSize=1')).body.items[0]?.registerNumber ?? 0;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        clerkB.post('/api/documents/outgoing', {
          ...decision([{ name: `Nơi nhận ${i}` }]),
          subject: `Thông báo số ${i}`,
          documentType: 'thong_bao',
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = responses.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));
    expect(new Set(responses.map((r) => r.body.reference)).size).toBe(50);
  });

  it('can number per document type, secret documents apart, set by the agency administrator only', async () => {
    expect((await clerkB.put('/api/documents/settings', { outgoingNumbering: 'per_type' })).status).toBe(403);
    const set = await adminB.put(`/api/documents/settings?agencyId=${f.agencyB}`, {
      outgoingNumbering: 'per_type',
    });
    expect(set.status).toBe(200);
    const plan = await clerkB.post('/api/documents/outgoing', {
      ...decision([{ name: 'Các phòng' }]),
      documentType: 'ke_hoach',
      subject: 'Kế hoạch công tác năm',
    });
    expect(plan.body.reference).toBe('01/KH-STC');
    await setClearance(t, f, 'clerk.b', 'secret');
    const secret = await clerkB.post('/api/documents/outgoing', {
      ...decision([{ name: 'Bộ Tài chính' }]),
      secrecy: 'confidential',
    });
    expect(secret.body).toMatchObject({ number: 1, secrecy: 'confidential' });
    const nextPlan = await clerkB.post('/api/documents/outgoing', {
      ...decision([{ name: 'Các phòng' }]),
      documentType: 'ke_hoach',
      subject: 'Kế hoạch kiểm tra',
    });
    expect(nextPlan.body.reference).toBe('02/KH-STC');
  });

  it('refuses recipients that do not exist or are the issuer, and takes no number for it', async () => {
    const before = await t.db.db
      .selectFrom('numberSeries')
      .selectAll()
      .where('agencyId', '=', f.agencyA)
      .execute();
    const self = await clerkA.post('/api/documents/outgoing', decision([{ agencyId: f.agencyA }]));
    expect(self.status).toBe(400);
    expect(self.body.errors[0].pointer).toBe('/body/recipients/0/agencyId');
    const none = await clerkA.post('/api/documents/outgoing', decision([]));
    expect(none.status).toBe(400);
    const after = await t.db.db
      .selectFrom('numberSeries')
      .selectAll()
      .where('agencyId', '=', f.agencyA)
      .execute();
    expect(after).toEqual(before);
  });
});
