import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';
import {
  contextOf,
  type OneStopFixture,
  oneStopApp,
  receiptBody,
  receive,
} from '../../../test/fixtures/dossiers.ts';
import { dueAt } from '../calendar/index.ts';
import { receiveDossier, submitOnline } from './receiving.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let counter: TestClient;
let counterB: TestClient;
let specialist: TestClient;
let leader: TestClient;
let specialistB: TestClient;
let adminB: TestClient;

/** The dossiers of this file, by what they are for. */
const d: Record<string, { id: string; code: string }> = {};

const codes = (body: { items: { code: string }[] }) => body.items.map((i) => i.code);

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  [counter, counterB, specialist, leader, specialistB, adminB] = await loginAll(t, [
    'clerk.a',
    'clerk.b',
    'specialist.a',
    'leader.a',
    'specialist.b',
    'admin.b',
  ] as const);
  const ctx = await contextOf(t, counter);
  const now = new Date();
  // received long ago: overdue; received 4.5 working days ago: due within the next working day
  const longAgo = await receiveDossier(
    t.db.db,
    ctx,
    receiptBody(fx, applicant('Hoàng Văn Quá', '001080000001')),
    new Date(now.getTime() - 30 * 86_400_000),
  );
  const soon = await receiveDossier(
    t.db.db,
    ctx,
    receiptBody(fx, applicant('Đỗ Thị Sắp', '001080000002')),
    await dueAt(t.db.db, f.agencyA, now, { days: -4.5 }),
  );
  const fresh = await receive(counter, receiptBody(fx, applicant('Nguyễn Thị Hòa', '001190012345')));
  const onlineId = await submitOnline(t.db.db, {
    agencyId: f.agencyA,
    procedureId: fx.procedureId,
    applicant: { kind: 'business', name: 'Công ty Cổ phần Đường Sắt', idNumber: '5300123456' },
  });
  const atB = await receive(counterB, receiptBody(fx, applicant('Vũ Minh B', '001190099999')));
  d.longAgo = longAgo;
  d.soon = soon;
  d.fresh = fresh;
  d.online = { id: onlineId, code: (await counter.get(`/api/dossiers/${onlineId}`)).body.code };
  d.atB = atB;
});

function applicant(name: string, idNumber: string) {
  return { applicant: { kind: 'citizen' as const, name, idNumber } };
}

describe('dossier lists', () => {
  it('show the dossiers one may see, newest first, with procedure, step in progress and timeliness', async () => {
    const all = await counter.get('/api/dossiers');
    expect(all.status).toBe(200);
    expect(codes(all.body)).toEqual([d.online!.code, d.fresh!.code, d.soon!.code, d.longAgo!.code]);
    expect(all.body).toMatchObject({ total: 4, more: false, page: 1, pageSize: 20 });
    const fresh = all.body.items[1];
    expect(fresh).toMatchObject({
      status: 'processing',
      procedure: { code: '1.999001', name: 'Cấp giấy phép hoạt động thử nghiệm' },
      agency: { id: f.agencyA, name: 'Sở Nội vụ' },
      currentStep: { position: 2, name: 'Thụ lý, thẩm định hồ sơ', handlerAgency: { name: 'Sở Nội vụ' } },
      timeliness: null,
    });
    expect(fresh.currentStep.dueAt).not.toBeNull();
    expect(all.body.items[3].timeliness).toBe('overdue');
    expect(all.body.items[0]).toMatchObject({ status: 'waiting', currentStep: null, dueAt: null });

    // B's handler sees A's dossiers once received (a step goes to B), not the waiting one; B's own are B's
    expect(codes((await specialistB.get('/api/dossiers')).body)).toEqual([
      d.atB!.code,
      d.fresh!.code,
      d.soon!.code,
      d.longAgo!.code,
    ]);
    expect((await adminB.get('/api/dossiers')).body.total).toBe(0);
    const paged = await counter.get('/api/dossiers?pageSize=2&page=2');
    expect(codes(paged.body)).toEqual([d.soon!.code, d.longAgo!.code]);
  });

  it('have queues: waiting online, mine, overdue, due soon, to return at the counter', async () => {
    expect(codes((await counter.get('/api/dossiers?queue=waiting')).body)).toEqual([d.online!.code]);
    // only the counter accepts: a specialist's waiting queue is empty
    expect((await specialist.get('/api/dossiers?queue=waiting')).body.total).toBe(0);
    // step 2 (handling at A) waits for A's specialists; the leader approves later; B's handler later still
    expect(codes((await specialist.get('/api/dossiers?queue=mine')).body)).toEqual([
      d.fresh!.code,
      d.soon!.code,
      d.longAgo!.code,
    ]);
    expect((await leader.get('/api/dossiers?queue=mine')).body.total).toBe(0);
    expect(codes((await specialistB.get('/api/dossiers?queue=mine')).body)).toEqual([d.atB!.code]);
    expect(codes((await counter.get('/api/dossiers?queue=overdue')).body)).toEqual([d.longAgo!.code]);
    expect(codes((await counter.get('/api/dossiers?queue=due_soon')).body)).toEqual([d.soon!.code]);

    // a step handed to someone else leaves the others' queue (a leader there still sees it to act)
    await t.db.db
      .updateTable('dossierSteps')
      .set({ assigneeId: f.users['leader.a']!.id })
      .where('dossierId', '=', d.fresh!.id)
      .where('position', '=', 2)
      .execute();
    expect(codes((await specialist.get('/api/dossiers?queue=mine')).body)).toEqual([
      d.soon!.code,
      d.longAgo!.code,
    ]);

    // the result is back at the counter: the counter's queue
    await t.db.db
      .updateTable('dossiers')
      .set({ status: 'result_ready' })
      .where('id', '=', d.soon!.id)
      .execute();
    expect(codes((await counter.get('/api/dossiers?queue=counter')).body)).toEqual([d.soon!.code]);
    expect((await specialist.get('/api/dossiers?queue=counter')).body.total).toBe(0);
    await t.db.db
      .updateTable('dossiers')
      .set({ status: 'processing' })
      .where('id', '=', d.soon!.id)
      .execute();
  });

  it('search the code, the applicant’s name without diacritics and the id number', async () => {
    expect(codes((await counter.get('/api/dossiers?q=nguyen%20thi%20hoa')).body)).toEqual([d.fresh!.code]);
    expect(codes((await counter.get('/api/dossiers?q=HOANG%20van')).body)).toEqual([d.longAgo!.code]);
    expect(codes((await counter.get('/api/dossiers?q=001080000002')).body)).toEqual([d.soon!.code]);
    expect(codes((await counter.get(`/api/dossiers?q=${encodeURIComponent(d.fresh!.code)}`)).body)).toEqual([
      d.fresh!.code,
    ]);
    expect(codes((await counter.get('/api/dossiers?q=duong%20sat')).body)).toEqual([d.online!.code]);
  });

  it('filter by status, channel, procedure and date of receipt (a day in Vietnam)', async () => {
    expect(codes((await counter.get('/api/dossiers?status=waiting')).body)).toEqual([d.online!.code]);
    expect(codes((await counter.get('/api/dossiers?channel=online')).body)).toEqual([d.online!.code]);
    expect((await counter.get(`/api/dossiers?procedureId=${fx.formProcedureId}`)).body.total).toBe(0);
    const receivedOn = (await counter.get(`/api/dossiers/${d.longAgo!.id}`)).body.receivedAt as string;
    const day = new Date(new Date(receivedOn).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(codes((await counter.get(`/api/dossiers?receivedFrom=${day}&receivedTo=${day}`)).body)).toEqual([
      d.longAgo!.code,
    ]);
    const bad = await counter.get('/api/dossiers?queue=all');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/querystring/queue');
  });

  it('list the procedures a counter may receive at its agency, with their documents, form and steps', async () => {
    const offered = await counter.get('/api/dossiers/procedures');
    expect(offered.status).toBe(200);
    expect(offered.body.map((p: { code: string }) => p.code)).toEqual(['1.999001', '1.999002']);
    expect(offered.body[0].steps).toHaveLength(5);
    expect(offered.body[0].requiredDocuments).toHaveLength(3);
    expect(offered.body[1].formSchema).toMatchObject({ title: 'Tờ khai đề nghị' });
    expect((await counter.get('/api/dossiers/procedures?q=to%20khai%20dien%20tu')).body).toHaveLength(1);
    // at B only the first is offered; someone not at a counter may not ask
    expect(
      (await counterB.get('/api/dossiers/procedures')).body.map((p: { code: string }) => p.code),
    ).toEqual(['1.999001']);
    expect((await specialist.get('/api/dossiers/procedures')).status).toBe(403);
  });
});
