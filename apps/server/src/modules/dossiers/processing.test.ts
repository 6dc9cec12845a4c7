import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import {
  attachToStep,
  forwardAs,
  outsider,
  type StepPeople,
  toResultReady,
} from '../../../test/fixtures/dossier-processing.ts';
import { type OneStopFixture, oneStopApp, receiptBody, receive } from '../../../test/fixtures/dossiers.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: StepPeople;
let counter: TestClient;
let specialist: TestClient;
let leader: TestClient;
let specialistB: TestClient;
let leaderB: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  counter = await t.login('clerk.a', PASSWORD);
  specialist = await t.login('specialist.a', PASSWORD);
  leader = await t.login('leader.a', PASSWORD);
  specialistB = await t.login('specialist.b', PASSWORD);
  leaderB = await t.login('leader.b', PASSWORD);
  stranger = await outsider(t, f);
  people = { counter, specialist, leader, specialistB };
});

const stepsOf = (detail: { steps: { position: number; status: string }[] }) =>
  detail.steps.map((s) => `${s.position}:${s.status}`).join(' ');

const inQueue = async (client: TestClient, id: string) =>
  ((await client.get('/api/dossiers?queue=mine&pageSize=100')).body.items as { id: string }[]).some(
    (d) => d.id === id,
  );

describe('a dossier through two departments and another agency', () => {
  it('goes step by step, each step only by its handler, to result_ready and returned', async () => {
    const received = await receive(counter, receiptBody(fx));
    const id = received.id as string;
    expect(stepsOf(received)).toBe('1:done 2:active 3:pending 4:pending 5:pending');

    // an agency no step goes to does not know the dossier
    expect((await stranger.get(`/api/dossiers/${id}`)).status).toBe(404);
    expect((await stranger.post(`/api/dossiers/${id}/forward`, { note: 'x' })).status).toBe(404);
    // B's step is not active yet: not in its queue, and it may not act
    expect(await inQueue(specialistB, id)).toBe(false);
    expect((await specialistB.post(`/api/dossiers/${id}/forward`, { note: 'x' })).status).toBe(403);
    // a leader does not handle a handling step, the counter neither
    expect((await leader.post(`/api/dossiers/${id}/forward`, { note: 'x' })).status).toBe(403);
    expect((await counter.post(`/api/dossiers/${id}/forward`, { note: 'x' })).status).toBe(403);
    expect(await inQueue(specialist, id)).toBe(true);

    // step 2: the specialist attaches a draft, names it in the opinion and hands step 3 to the leader
    const draft = await attachToStep(t, specialist, id, 'working');
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ kind: 'working', step: 2, fileName: 'Tờ trình.pdf' });
    const notALeader = await specialist.post(`/api/dossiers/${id}/forward`, {
      note: 'Hồ sơ đủ điều kiện',
      assigneeId: f.users['specialist.b']!.id,
    });
    expect(notALeader.status).toBe(400);
    expect(notALeader.body.errors[0].pointer).toBe('/body/assigneeId');
    const after2 = await forwardAs(specialist, id, {
      note: 'Hồ sơ đủ điều kiện, đề nghị phê duyệt',
      fileIds: [draft.body.id],
      assigneeId: f.users['leader.a']!.id,
    });
    expect(stepsOf(after2)).toBe('1:done 2:done 3:active 4:pending 5:pending');
    expect(after2.steps[2].assignee.id).toBe(f.users['leader.a']!.id);
    expect(after2.steps[1].finishedBy.id).toBe(f.users['specialist.a']!.id);
    expect(new Date(after2.steps[2].dueAt).getTime()).toBeGreaterThan(
      new Date(after2.steps[2].startedAt).getTime(),
    );
    const line = after2.events.at(-1);
    expect(line).toMatchObject({
      kind: 'forward',
      step: 2,
      toStep: 3,
      note: 'Hồ sơ đủ điều kiện, đề nghị phê duyệt',
    });
    expect(line.data.files).toEqual([{ id: draft.body.id, fileName: 'Tờ trình.pdf', kind: 'working' }]);

    // step 3 is an approval: the specialist may not, the leader may
    expect((await specialist.post(`/api/dossiers/${id}/forward`, { note: 'x' })).status).toBe(403);
    const notices = (await leader.get('/api/notifications')).body.items as { title: string; link: string }[];
    expect(notices.some((n) => n.link === `/dossiers/${id}` && n.title.includes(received.code))).toBe(true);
    await forwardAs(leader, id, { note: 'Đồng ý, chuyển Sở Tài chính thẩm định' });

    // step 4 at B (liên thông): now in B's queue
    expect(await inQueue(specialistB, id)).toBe(true);
    expect(await inQueue(specialist, id)).toBe(false);
    // completing needs the result document
    const noResult = await specialistB.post(`/api/dossiers/${id}/forward`, { note: 'Xong' });
    expect(noResult.status).toBe(409);
    expect(noResult.body.detail).toContain('kết quả');
    const result = await attachToStep(t, specialistB, id, 'result');
    expect(result.status).toBe(201);
    const ready = await forwardAs(specialistB, id, { note: 'Thẩm định đạt', fileIds: [result.body.id] });
    expect(ready.status).toBe('result_ready');
    expect(ready.completedAt).not.toBeNull();
    expect(stepsOf(ready)).toBe('1:done 2:done 3:done 4:done 5:active');
    expect(ready.events.at(-1)).toMatchObject({
      kind: 'complete',
      statusFrom: 'processing',
      statusTo: 'result_ready',
    });
    // B still sees the dossier it worked on, no longer in its queue
    expect(await inQueue(specialistB, id)).toBe(false);
    expect((await specialistB.get(`/api/dossiers/${id}`)).status).toBe(200);
    expect((await specialistB.get(`/api/dossiers/${id}`)).body.actions).toEqual([]);

    // only the counter hands the result back
    const returnBody = {
      delivery: 'counter',
      receivedBy: 'Nguyễn Thị Hòa',
      identityNote: 'CCCD 001190012345',
    };
    expect((await specialistB.post(`/api/dossiers/${id}/return`, returnBody)).status).toBe(403);
    expect((await counter.get(`/api/dossiers/${id}`)).body.actions).toContain('return_result');
    const returned = await counter.post(`/api/dossiers/${id}/return`, returnBody);
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', resultDelivery: 'counter', currentStep: null });
    expect(returned.body.returnedAt).not.toBeNull();
    expect(stepsOf(returned.body)).toBe('1:done 2:done 3:done 4:done 5:done');
    expect(returned.body.events.at(-1).data).toMatchObject({ receivedBy: 'Nguyễn Thị Hòa' });
    expect((await counter.post(`/api/dossiers/${id}/return`, returnBody)).status).toBe(409);

    const audit = await t.db.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'dossiers.dossier.receive',
        'dossiers.dossier.file_added',
        'dossiers.dossier.forward',
        'dossiers.dossier.complete',
        'dossiers.dossier.return_result',
      ]),
    );
  });

  it('offers each person only the actions they may take', async () => {
    const { id } = await receive(counter, receiptBody(fx));
    const actionsOf = async (client: TestClient) => (await client.get(`/api/dossiers/${id}`)).body.actions;
    expect(await actionsOf(specialist)).toEqual(
      expect.arrayContaining(['forward', 'request_fee', 'apologise']),
    );
    expect(await actionsOf(specialist)).not.toContain('send_back');
    expect(await actionsOf(leader)).toContain('assign');
    expect(await actionsOf(leader)).not.toContain('forward');
    expect(await actionsOf(specialistB)).toEqual([]);
    await forwardAs(specialist, id);
    expect(await actionsOf(leader)).toEqual(expect.arrayContaining(['forward', 'send_back', 'assign']));
    await forwardAs(leader, id);
    expect(await actionsOf(specialistB)).toEqual(expect.arrayContaining(['complete', 'send_back']));
    expect(await actionsOf(leaderB)).toEqual(['assign']);
  });
});

describe('sending back and assigning', () => {
  it('sends a dossier back to an earlier step with a fresh due, later steps waiting again', async () => {
    const { id } = await receive(counter, receiptBody(fx));
    await forwardAs(specialist, id);
    const tooFar = await leader.post(`/api/dossiers/${id}/send-back`, { toStep: 1, reason: 'Làm lại' });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.errors[0].pointer).toBe('/body/toStep');
    expect((await leader.post(`/api/dossiers/${id}/send-back`, { toStep: 3, reason: 'x' })).status).toBe(400);
    expect((await specialist.post(`/api/dossiers/${id}/send-back`, { toStep: 2, reason: 'x' })).status).toBe(
      403,
    );

    const before = (await leader.get(`/api/dossiers/${id}`)).body;
    const back = await leader.post(`/api/dossiers/${id}/send-back`, {
      toStep: 2,
      reason: 'Bổ sung ý kiến thẩm định về điều kiện hoạt động',
    });
    expect(back.status, back.text).toBe(200);
    expect(back.body.status).toBe('processing');
    expect(stepsOf(back.body)).toBe('1:done 2:active 3:pending 4:pending 5:pending');
    const step2 = back.body.steps[1];
    expect(step2.finishedAt).toBeNull();
    expect(new Date(step2.startedAt).getTime()).toBeGreaterThan(
      new Date(before.steps[1].startedAt).getTime(),
    );
    expect(back.body.steps[2].startedAt).toBeNull();
    expect(back.body.events.at(-1)).toMatchObject({
      kind: 'send_back',
      step: 3,
      toStep: 2,
      note: 'Bổ sung ý kiến thẩm định về điều kiện hoạt động',
    });
    // the due of the dossier does not move: the time spent keeps counting
    expect(back.body.dueAt).toBe(before.dueAt);
    // whoever did the step before hears of it
    const notices = (await specialist.get('/api/notifications')).body.items as {
      kind: string;
      link: string;
    }[];
    expect(notices.some((n) => n.kind === 'dossier_sent_back' && n.link === `/dossiers/${id}`)).toBe(true);
    // and it moves on again from there
    expect(stepsOf(await forwardAs(specialist, id))).toBe('1:done 2:done 3:active 4:pending 5:pending');
  });

  it('lets a leader of the step’s agency hand the step to one of its people, nobody else', async () => {
    const { id } = await receive(counter, receiptBody(fx));
    const body = { assigneeId: f.users['specialist.a']!.id, note: 'Đồng chí xử lý trong ngày' };
    expect((await specialist.post(`/api/dossiers/${id}/assign`, body)).status).toBe(403);
    expect((await leaderB.post(`/api/dossiers/${id}/assign`, body)).status).toBe(403);
    const wrong = await leader.post(`/api/dossiers/${id}/assign`, {
      assigneeId: f.users['specialist.b']!.id,
    });
    expect(wrong.status).toBe(400);
    const handlers = await leader.get(`/api/dossiers/${id}/handlers?step=2`);
    expect(handlers.body.map((h: { id: string }) => h.id)).toEqual([f.users['specialist.a']!.id]);
    const assigned = await leader.post(`/api/dossiers/${id}/assign`, body);
    expect(assigned.status, assigned.text).toBe(200);
    expect(assigned.body.steps[1].assignee).toMatchObject({ id: f.users['specialist.a']!.id });
    expect(assigned.body.events.at(-1)).toMatchObject({ kind: 'assign', step: 2, note: body.note });
    expect(assigned.body.status).toBe('processing');
  });

  it('keeps opinions on the step without moving it', async () => {
    const { id } = await receive(counter, receiptBody(fx));
    expect((await leader.post(`/api/dossiers/${id}/opinions`, { note: 'x' })).status).toBe(403);
    const said = await specialist.post(`/api/dossiers/${id}/opinions`, {
      note: 'Đã liên hệ người nộp xác minh',
    });
    expect(said.status).toBe(200);
    expect(said.body.events.at(-1)).toMatchObject({
      kind: 'opinion',
      step: 2,
      note: 'Đã liên hệ người nộp xác minh',
    });
    expect(stepsOf(said.body)).toBe('1:done 2:active 3:pending 4:pending 5:pending');
  });

  it('attaches the result of a dossier only while it is processed, by its handlers', async () => {
    const { id } = await receive(counter, receiptBody(fx));
    expect((await attachToStep(t, specialistB, id, 'working')).status).toBe(403);
    expect((await attachToStep(t, stranger, id, 'working')).status).toBe(404);
    const ready = await toResultReady(t, people, id);
    expect(ready.files.filter((file: { kind: string }) => file.kind === 'result')).toHaveLength(1);
    expect((await attachToStep(t, specialist, id, 'working')).status).toBe(409);
  });
});
