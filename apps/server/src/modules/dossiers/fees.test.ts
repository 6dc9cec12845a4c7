import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import { receiveAt } from '../../../test/fixtures/dossier-processing.ts';
import { contextOf, type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import type { RequestContext } from '../../platform/context.ts';
import { workingDaysBetween } from '../calendar/index.ts';
import { getDossier } from './detail.ts';
import { feePaid, requestFee } from './fees.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let counter: TestClient;
let specialist: TestClient;
let specialistB: TestClient;
let atCounter: RequestContext;
let atSpecialist: RequestContext;

const vn = (local: string) => new Date(`${local}+07:00`);
const iso = (local: string) => vn(local).toISOString();

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  counter = await t.login('clerk.a', PASSWORD);
  specialist = await t.login('specialist.a', PASSWORD);
  specialistB = await t.login('specialist.b', PASSWORD);
  atCounter = await contextOf(t, counter);
  atSpecialist = await contextOf(t, specialist);
});

describe('fees and financial obligations', () => {
  it('pause the clock: the due, the appointment and the step move by exactly the working time paused', async () => {
    // Monday 2 November 08:00 + 5 working days = Monday 9 November 08:00; step 2 (2 days) due Wednesday 08:00
    const received = await receiveAt(t, atCounter, fx, vn('2026-11-02T08:00:00'));
    expect(received.dueAt).toBe(iso('2026-11-09T08:00:00'));
    expect(received.steps[1]!.dueAt).toBe(iso('2026-11-04T08:00:00'));

    const fee = { amount: 150_000, purpose: 'Lệ phí cấp giấy phép hoạt động' };
    await requestFee(t.db.db, atSpecialist, received.id, fee, vn('2026-11-02T09:00:00'));
    const waiting = await getDossier(t.db.db, atCounter, received.id, vn('2026-11-02T10:00:00'));
    expect(waiting.status).toBe('fee_pending');
    expect(waiting.pausedSince).toBe(iso('2026-11-02T09:00:00'));
    expect(waiting.pauses).toEqual([{ reason: 'fee', startedAt: iso('2026-11-02T09:00:00'), endedAt: null }]);
    expect(waiting.events.at(-1)).toMatchObject({ kind: 'request_fee', note: fee.purpose, data: fee });
    expect(waiting.actions).toEqual(expect.arrayContaining(['fee_paid', 'apologise']));
    expect(waiting.actions).not.toContain('forward');
    // nothing moves while the applicant owes the fee
    expect((await specialist.post(`/api/dossiers/${received.id}/forward`, { note: 'x' })).status).toBe(409);
    expect((await specialistB.post(`/api/dossiers/${received.id}/fee-paid`, {})).status).toBe(403);

    // paid the next day at the same hour: one working day paused
    await feePaid(t.db.db, atCounter, received.id, { receipt: 'BL-0012345' }, vn('2026-11-03T09:00:00'));
    const resumed = await getDossier(t.db.db, atCounter, received.id, vn('2026-11-03T09:00:00'));
    expect(resumed.status).toBe('processing');
    expect(resumed.pausedSince).toBeNull();
    expect(resumed.dueAt).toBe(iso('2026-11-10T08:00:00'));
    expect(resumed.appointmentAt).toBe(iso('2026-11-10T08:00:00'));
    expect(resumed.steps[1]!.dueAt).toBe(iso('2026-11-05T08:00:00'));
    expect(
      await workingDaysBetween(t.db.db, f.agencyA, vn('2026-11-09T08:00:00'), new Date(resumed.dueAt!)),
    ).toBe(1);
    expect(resumed.events.at(-1)).toMatchObject({ kind: 'fee_paid', data: { receipt: 'BL-0012345' } });

    // a second payment of the same fee is refused
    const again = await counter.post(`/api/dossiers/${received.id}/fee-paid`, {});
    expect(again.status).toBe(409);
  });

  it('are asked through the route with an amount and what for, by the handler or the counter', async () => {
    const received = await receiveAt(t, atCounter, fx, new Date());
    expect(
      (await specialist.post(`/api/dossiers/${received.id}/request-fee`, { amount: -1, purpose: 'Lệ phí' }))
        .status,
    ).toBe(400);
    expect(
      (
        await specialistB.post(`/api/dossiers/${received.id}/request-fee`, {
          amount: 50_000,
          purpose: 'Lệ phí',
        })
      ).status,
    ).toBe(403);
    const asked = await counter.post(`/api/dossiers/${received.id}/request-fee`, {
      amount: 50_000,
      purpose: 'Lệ phí cấp bản sao',
    });
    expect(asked.status, asked.text).toBe(200);
    expect(asked.body.status).toBe('fee_pending');
    const paid = await specialist.post(`/api/dossiers/${received.id}/fee-paid`, {
      note: 'Đã nộp qua cổng thanh toán',
    });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.status).toBe('processing');
    expect(paid.body.pauses[0].endedAt).not.toBeNull();
  });
});
