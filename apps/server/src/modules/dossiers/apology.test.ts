import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { PASSWORD } from '../../../test/fixtures/directory.ts';
import { attachToStep, forwardAs, receiveAt } from '../../../test/fixtures/dossier-processing.ts';
import { contextOf, type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import type { RequestContext } from '../../platform/context.ts';
import { getDossier } from './detail.ts';
import { forward } from './processing.ts';

let t: TestApp;
let fx: OneStopFixture;
let counter: TestClient;
let specialist: TestClient;
let leader: TestClient;
let specialistB: TestClient;
let at: Record<'counter' | 'specialist' | 'leader' | 'specialistB', RequestContext>;

const GATE =
  'Hồ sơ đã quá hạn: cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi chuyển tiếp';
const vn = (local: string) => new Date(`${local}+07:00`);
const DAY = 86_400_000;

beforeAll(async () => {
  ({ t, fx } = await oneStopApp());
  counter = await t.login('clerk.a', PASSWORD);
  specialist = await t.login('specialist.a', PASSWORD);
  leader = await t.login('leader.a', PASSWORD);
  specialistB = await t.login('specialist.b', PASSWORD);
  at = {
    counter: await contextOf(t, counter),
    specialist: await contextOf(t, specialist),
    leader: await contextOf(t, leader),
    specialistB: await contextOf(t, specialistB),
  };
});

/** A dossier of 1.999001 (5 working days) received at the counter at `when`; its id. */
async function receivedAt(when: Date): Promise<string> {
  return (await receiveAt(t, at.counter, fx, when)).id;
}

describe('a late dossier', () => {
  it('moves on only after an apology (Mẫu 04), which moves the appointment but not the due', async () => {
    // received on Thursday 1 October, due Thursday 8 October: overdue for weeks now
    const id = await receivedAt(vn('2026-10-01T08:00:00'));
    const late = (await specialist.get(`/api/dossiers/${id}`)).body;
    expect(late.dueAt).toBe(vn('2026-10-08T08:00:00').toISOString());
    expect(late.timeliness).toBe('overdue');
    expect(late.actions).toContain('apologise');
    expect(late.actions).not.toContain('forward');

    const blocked = await specialist.post(`/api/dossiers/${id}/forward`, { note: 'Đủ điều kiện' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.detail).toBe(GATE);

    // the new appointment: in the future, after the one it replaces; by the handler or the counter only
    const reason = 'Hồ sơ cần xác minh thêm tại địa phương';
    const past = await specialist.post(`/api/dossiers/${id}/apology`, {
      reason,
      newAppointmentAt: new Date(Date.now() - DAY).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].pointer).toBe('/body/newAppointmentAt');
    const newAppointmentAt = new Date(Date.now() + 3 * DAY).toISOString();
    expect((await specialistB.post(`/api/dossiers/${id}/apology`, { reason, newAppointmentAt })).status).toBe(
      403,
    );
    const apologised = await specialist.post(`/api/dossiers/${id}/apology`, { reason, newAppointmentAt });
    expect(apologised.status, apologised.text).toBe(200);
    expect(apologised.body.appointmentAt).toBe(newAppointmentAt);
    expect(apologised.body.dueAt).toBe(late.dueAt);
    expect(apologised.body.timeliness).toBe('overdue');
    expect(apologised.body.slips.find((s: { form: string }) => s.form === '04')).toMatchObject({
      reason,
      newAppointmentAt,
      step: 2,
    });
    expect(apologised.body.events.at(-1)).toMatchObject({ kind: 'apologise', note: reason });
    expect(apologised.body.actions).toContain('forward');

    // no earlier than the appointment it replaces
    const earlier = await counter.post(`/api/dossiers/${id}/apology`, {
      reason,
      newAppointmentAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    expect(earlier.status).toBe(400);

    const moved = await forwardAs(specialist, id);
    expect(moved.steps[2].status).toBe('active');
    expect(moved.dueAt).toBe(late.dueAt);

    // the new appointment missed in turn: a new apology is needed
    const afterAppointment = new Date(Date.parse(newAppointmentAt) + DAY);
    await expect(
      forward(t.db.db, at.leader, id, { note: 'Phê duyệt', fileIds: [] }, afterAppointment),
    ).rejects.toThrow(/Phiếu xin lỗi và hẹn lại ngày trả kết quả \(Mẫu 04\) mới/);
    expect((await getDossier(t.db.db, at.leader, id, afterAppointment)).actions).not.toContain('forward');
  });

  it('needs the apology too when the result could no longer be handed back by the due', async () => {
    // received Monday 2 November 08:00, due Monday 9 November 08:00; handing back takes half a day
    const id = await receivedAt(vn('2026-11-02T08:00:00'));
    await forward(
      t.db.db,
      at.specialist,
      id,
      { note: 'Đủ điều kiện', fileIds: [] },
      vn('2026-11-03T08:00:00'),
    );
    await forward(t.db.db, at.leader, id, { note: 'Đồng ý', fileIds: [] }, vn('2026-11-04T08:00:00'));
    expect((await attachToStep(t, specialistB, id, 'result')).status).toBe(201);
    // Friday 14:00 + half a day runs past Monday 08:00
    await expect(
      forward(t.db.db, at.specialistB, id, { note: 'Thẩm định đạt', fileIds: [] }, vn('2026-11-06T14:00:00')),
    ).rejects.toThrow(GATE);
    // Friday 10:00 + half a day is Friday 15:45: in time
    await forward(
      t.db.db,
      at.specialistB,
      id,
      { note: 'Thẩm định đạt', fileIds: [] },
      vn('2026-11-06T10:00:00'),
    );
    const ready = await getDossier(t.db.db, at.counter, id, vn('2026-11-06T10:00:00'));
    expect(ready.status).toBe('result_ready');
    expect(ready.completedAt).toBe(vn('2026-11-06T10:00:00').toISOString());
    expect(ready.timeliness).toBe('early');
  });
});
