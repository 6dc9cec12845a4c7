import { SECURE_HASH } from '@congso/payment-gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignedInApplicant } from '../../../test/fixtures/applicants.ts';
import { PASSWORD } from '../../../test/fixtures/directory.ts';
import {
  applicantOf,
  dossierOwingFee,
  notify,
  type PaymentsFixture,
  paymentsApp,
  signedResult,
  startPaying,
  txnRefOf,
} from '../../../test/fixtures/payments.ts';

let p: PaymentsFixture;
let applicant: SignedInApplicant;

beforeAll(async () => {
  p = await paymentsApp();
  applicant = await applicantOf(p);
});

/** What a notification may change, to compare before and after. */
async function state(dossierId: string) {
  const db = p.t.db.db;
  const [dossier, payments, events, sequences, audit] = await Promise.all([
    db
      .selectFrom('dossiers')
      .select(['status', 'dueAt', 'pausedSince'])
      .where('id', '=', dossierId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('payments')
      .select(['id', 'status', 'receiptNumber', 'notifiedAt', 'settledFee'])
      .where('dossierId', '=', dossierId)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('dossierEvents')
      .select(['kind'])
      .where('dossierId', '=', dossierId)
      .orderBy('id')
      .execute(),
    db.selectFrom('paymentReceiptSequences').selectAll().orderBy('year').execute(),
    db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { dossier, payments, events: events.map((e) => e.kind), sequences, audit: Number(audit.n) };
}

/** A dossier owing 150 000 đồng whose applicant was sent to the gateway: the dossier and the reference. */
async function pending() {
  const id = await dossierOwingFee(p, applicant);
  return { id, txnRef: txnRefOf(await startPaying(applicant, id)) };
}

describe('the gateway’s notification (IPN)', () => {
  it('answers 97 to a bad signature, and nothing changes', async () => {
    const { id, txnRef } = await pending();
    const before = await state(id);
    const params = signedResult(p, { txnRef });
    expect(await notify(p, { ...params, vnp_TransactionNo: '99999999' })).toEqual({
      RspCode: '97',
      Message: 'Invalid signature',
    });
    const { [SECURE_HASH]: _, ...unsigned } = params;
    expect((await notify(p, unsigned)).RspCode).toBe('97');
    expect((await notify(p, { ...params, [SECURE_HASH]: '0'.repeat(128) })).RspCode).toBe('97');
    const other = signedResult(
      { ...p, settings: { ...p.settings, merchant: { ...p.settings.merchant, hashSecret: 'khac-bi-mat' } } },
      { txnRef },
    );
    expect((await notify(p, other)).RspCode).toBe('97');
    expect(await state(id)).toEqual(before);
  });

  it('answers 04 to an amount that is not the payment’s, and nothing changes', async () => {
    const { id, txnRef } = await pending();
    const before = await state(id);
    expect(await notify(p, signedResult(p, { txnRef, amount: 15_000 }))).toEqual({
      RspCode: '04',
      Message: 'Invalid amount',
    });
    expect(await state(id)).toEqual(before);
  });

  it('answers 01 to a reference it never sent', async () => {
    expect((await notify(p, signedResult(p, { txnRef: 'KHONGCO0000001' }))).RspCode).toBe('01');
  });

  it('settles once: a repeated notification answers 02 and changes nothing', async () => {
    const { id, txnRef } = await pending();
    const params = signedResult(p, { txnRef });
    expect(await notify(p, params)).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    const settled = await state(id);
    expect(settled.dossier.status).toBe('processing');
    expect(settled.payments[0]).toMatchObject({ status: 'paid', settledFee: true });
    expect(await notify(p, params)).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    // a late failure for the same payment cannot undo it either
    expect(
      (await notify(p, signedResult(p, { txnRef, responseCode: '24', transactionStatus: '02' }))).RspCode,
    ).toBe('02');
    expect(await state(id)).toEqual(settled);
  });

  it('applies one of two concurrent copies of a notification, and the other answers 02', async () => {
    const { id, txnRef } = await pending();
    const before = await state(id);
    const params = signedResult(p, { txnRef });
    const answers = await Promise.all([notify(p, params), notify(p, params), notify(p, params)]);
    expect(answers.map((a) => a.RspCode).sort()).toEqual(['00', '02', '02']);
    const after = await state(id);
    expect(after.events.filter((kind) => kind === 'fee_paid')).toHaveLength(1);
    expect(after.payments).toHaveLength(1);
    expect(after.payments[0]!.status).toBe('paid');
    // one receipt number taken, one payment's worth of audit (the payment, the dossier)
    const taken = (s: typeof before) => s.sequences.reduce((n, row) => n + row.lastNumber, 0);
    expect(taken(after) - taken(before)).toBe(1);
    expect(after.audit - before.audit).toBe(2);
  });

  it('records money that arrives after the fee was settled at the counter, settling nothing (to refund)', async () => {
    const { id, txnRef } = await pending();
    const counter = await p.t.login('clerk.a', PASSWORD);
    expect((await counter.post(`/api/dossiers/${id}/fee-paid`, { receipt: 'BL-QUAY-02' })).status).toBe(200);
    const before = await state(id);
    expect((await notify(p, signedResult(p, { txnRef }))).RspCode).toBe('00');
    const after = await state(id);
    expect(after.payments[0]).toMatchObject({ status: 'paid', settledFee: false });
    expect(after.payments[0]!.receiptNumber).not.toBeNull();
    expect(after.dossier).toEqual(before.dossier);
    expect(after.events).toEqual(before.events);
    const list = await counter.get(`/api/dossiers/${id}/payments`);
    expect(list.body[0]).toMatchObject({ status: 'paid', settledFee: false });
  });

  it('records a failure the gateway reports, with its reason', async () => {
    const { id, txnRef } = await pending();
    expect(
      (
        await notify(
          p,
          signedResult(p, { txnRef, responseCode: '51', transactionStatus: '02', paidAt: null }),
        )
      ).RspCode,
    ).toBe('00');
    const after = await state(id);
    expect(after.payments[0]).toMatchObject({ status: 'failed', receiptNumber: null });
    expect(after.dossier.status).toBe('fee_pending');
    const page = await applicant.get(`/thanh-toan/${id}`);
    expect(page.body).toContain('Không thành công');
    expect(page.body).toContain('Tài khoản không đủ số dư để thực hiện giao dịch');
  });
});
