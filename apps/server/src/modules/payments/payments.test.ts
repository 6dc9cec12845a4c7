import { extractText, PDF } from '@congso/doc-text';
import { parseQuery } from '@congso/payment-gateway';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedInApplicant, signedInApplicant } from '../../../test/fixtures/applicants.ts';
import { PASSWORD } from '../../../test/fixtures/directory.ts';
import { outsider } from '../../../test/fixtures/dossier-processing.ts';
import {
  applicantOf,
  dossierOwingFee,
  hiddenRequest,
  type PaymentsFixture,
  pathOf,
  paymentsApp,
  signedResult,
  startPaying,
  txnRefOf,
} from '../../../test/fixtures/payments.ts';
import { workingDaysBetween } from '../calendar/index.ts';

let p: PaymentsFixture;
let applicant: SignedInApplicant;

beforeAll(async () => {
  p = await paymentsApp();
  applicant = await applicantOf(p);
});

const inject = (url: string, init: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {}) =>
  p.t.app.inject({
    method: init.method ?? 'GET',
    url,
    ...(init.form
      ? {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(init.form).toString(),
        }
      : {}),
  });

/** The applicant at the sandbox gateway: its page, then one of its two buttons; the address it sends them back to. */
async function atGateway(gateway: URL, decision: 'pay' | 'cancel') {
  const page = await inject(pathOf(gateway.href));
  expect(page.statusCode, page.body).toBe(200);
  const back = await inject(gateway.pathname, {
    method: 'POST',
    form: { request: hiddenRequest(page.body), decision },
  });
  expect(back.statusCode, back.body).toBe(303);
  return { page: page.body, back: new URL(String(back.headers.location)) };
}

const dossier = (id: string) =>
  p.t.db.db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const paymentOf = (txnRef: string) =>
  p.t.db.db.selectFrom('payments').selectAll().where('txnRef', '=', txnRef).executeTakeFirstOrThrow();
const textOf = async (pdf: Buffer) => (await extractText(pdf, { mediaType: PDF })).text.replace(/\s+/g, ' ');

describe('paying a dossier’s fee online, through the sandbox gateway', () => {
  it('asks the fee, pays it at the gateway, and the notification resumes the dossier with its clock moved', async () => {
    const id = await dossierOwingFee(p, applicant);
    const before = await dossier(id);
    expect(before.status).toBe('fee_pending');

    // the fee, in figures and in words, and the one button
    const feePage = await applicant.get(`/thanh-toan/${id}`);
    expect(feePage.statusCode).toBe(200);
    expect(feePage.body).toContain('Lệ phí cấp giấy phép hoạt động');
    expect(feePage.body).toContain('150.000 đồng');
    expect(feePage.body).toContain('Một trăm năm mươi nghìn đồng');
    expect(feePage.body).toContain(
      '<button type="submit" aria-describedby="thanh-toan-goi-y">Thanh toán trực tuyến</button>',
    );
    expect(feePage.body).not.toContain('<script');
    // the form's redirect may go to the gateway (another origin, in production)
    expect(feePage.headers['content-security-policy']).toContain(`form-action 'self' ${p.base};`);

    // sent to the gateway with a signed request of version 2.1.0
    const gateway = await startPaying(applicant, id);
    expect(gateway.origin + gateway.pathname).toBe(`${p.base}/sandbox-gateway/pay`);
    const request = parseQuery(gateway.search)!;
    expect(request).toMatchObject({
      vnp_Version: '2.1.0',
      vnp_Command: 'pay',
      vnp_Amount: '15000000',
      vnp_CurrCode: 'VND',
      vnp_Locale: 'vn',
      vnp_ReturnUrl: `${p.base}/thanh-toan/ket-qua`,
    });
    expect(request.vnp_OrderInfo).toBe(`Thanh toan Le phi cap giay phep hoat dong - ho so ${before.code}`);
    const txnRef = txnRefOf(gateway);
    expect((await paymentOf(txnRef)).status).toBe('pending');

    // the gateway shows the merchant, the order and the amount; paying notifies the platform over HTTP
    const { page, back } = await atGateway(gateway, 'pay');
    expect(page).toContain('Cổng thanh toán thử nghiệm');
    expect(page).toContain('CONGSO01');
    expect(page).toContain(txnRef);
    expect(page).toContain('150.000 đồng');
    expect(page).toContain('>Thanh toán</button>');
    expect(page).toContain('>Hủy giao dịch</button>');
    expect(back.origin + back.pathname).toBe(`${p.base}/thanh-toan/ket-qua`);
    expect(parseQuery(back.search)).toMatchObject({ vnp_ResponseCode: '00', vnp_TxnRef: txnRef });

    // settled by the notification: paid, numbered, the dossier processing again
    const paid = await paymentOf(txnRef);
    expect(paid).toMatchObject({ status: 'paid', settledFee: true, responseCode: '00', bankCode: 'NCB' });
    expect(paid.gatewayTransactionNo).toMatch(/^\d{8}$/);
    // the notification kept as received (read as text: the query builder would rename its keys)
    const { rows } = await sql<{
      kept: string;
    }>`select notification::text as kept from payments where id = ${paid.id}`.execute(p.t.db.db);
    expect(JSON.parse(rows[0]!.kept)).toMatchObject({ vnp_TxnRef: txnRef, vnp_Amount: '15000000' });
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(paid.paidAt!),
    );
    expect(paid).toMatchObject({ receiptYear: year, receiptNumber: 1 });
    const after = await dossier(id);
    expect(after.status).toBe('processing');
    expect(after.pausedSince).toBeNull();

    // the clock: the due instant moved by exactly the working time the fee was waited for
    const pause = await p.t.db.db
      .selectFrom('dossierPauses')
      .selectAll()
      .where('dossierId', '=', id)
      .executeTakeFirstOrThrow();
    expect(pause.endedAt).toEqual(paid.paidAt);
    const paused = await workingDaysBetween(p.t.db.db, p.f.agencyA, pause.startedAt, pause.endedAt!);
    expect(paused).toBeGreaterThan(0);
    expect(await workingDaysBetween(p.t.db.db, p.f.agencyA, before.dueAt!, after.dueAt!)).toBeCloseTo(
      paused,
      6,
    );
    const history = await p.t.db.db
      .selectFrom('dossierEvents')
      .selectAll()
      .where('dossierId', '=', id)
      .where('kind', '=', 'fee_paid')
      .execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      actorId: applicant.userId,
      statusFrom: 'fee_pending',
      statusTo: 'processing',
    });
    expect(history[0]!.data).toMatchObject({ receipt: `0000001/${year}` });
    const audit = await p.t.db.db
      .selectFrom('auditLog')
      .select(['action', 'actorUserId'])
      .where('targetId', 'in', [id, paid.id])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'payments.payment.start', actorUserId: applicant.userId },
        { action: 'payments.payment.paid', actorUserId: applicant.userId },
        { action: 'dossiers.dossier.fee_paid', actorUserId: applicant.userId },
      ]),
    );

    // the return page tells it, with the receipt
    const result = await applicant.get(pathOf(back.href));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('<h1>Thanh toán thành công</h1>');
    expect(result.body).toContain(`/thanh-toan/${paid.id}/bien-lai`);
    expect(result.body).toContain(`Tải biên lai số 0000001/${year} (PDF)`);

    // the receipt: number, agency, payer, dossier, amount in figures and in words, gateway transaction
    const receipt = await applicant.get(`/thanh-toan/${paid.id}/bien-lai`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const text = await textOf(receipt.rawPayload);
    for (const part of [
      'BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ',
      `Số: 0000001/${year}`,
      'Nguyễn Thị Hòa',
      before.code,
      'Lệ phí cấp giấy phép hoạt động',
      '150.000 đồng',
      'Bằng chữ: Một trăm năm mươi nghìn đồng',
      paid.gatewayTransactionNo!,
      'GIAO DỊCH THỬ NGHIỆM',
    ])
      expect(text).toContain(part);

    // the fee page now lists the payment, with nothing left to pay
    const settled = await applicant.get(`/thanh-toan/${id}`);
    expect(settled.body).toContain('Hồ sơ hiện không có khoản phí, lệ phí nào đang chờ thanh toán.');
    expect(settled.body).toContain('Đã thanh toán');
    expect(settled.body).toContain(`Biên lai số 0000001/${year} (PDF)`);

    // the staff who see the dossier see the payment and its receipt; others do not
    const counter = await p.t.login('clerk.a', PASSWORD);
    const list = await counter.get(`/api/dossiers/${id}/payments`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: paid.id,
        amount: 150_000,
        status: 'paid',
        sandbox: true,
        settledFee: true,
        receiptNumber: `0000001/${year}`,
      }),
    ]);
    const staffReceipt = await counter.get(`/api/payments/${paid.id}/receipt`);
    expect(staffReceipt.status).toBe(200);
    expect(staffReceipt.headers['content-type']).toBe('application/pdf');
    const stranger = await outsider(p.t, p.f);
    expect((await stranger.get(`/api/dossiers/${id}/payments`)).status).toBe(404);
    expect((await stranger.get(`/api/payments/${paid.id}/receipt`)).status).toBe(404);
  });

  it('cancelled at the gateway: the payment is cancelled, the fee still owed and offered again', async () => {
    const id = await dossierOwingFee(p, applicant, { amount: 50_000, purpose: 'Phí thẩm định hồ sơ' });
    const gateway = await startPaying(applicant, id);
    const { back } = await atGateway(gateway, 'cancel');
    expect(parseQuery(back.search)).toMatchObject({ vnp_ResponseCode: '24', vnp_TransactionStatus: '02' });
    const payment = await paymentOf(txnRefOf(gateway));
    expect(payment).toMatchObject({
      status: 'cancelled',
      responseCode: '24',
      receiptNumber: null,
      paidAt: null,
    });
    expect((await dossier(id)).status).toBe('fee_pending');

    const result = await applicant.get(pathOf(back.href));
    expect(result.body).toContain('<h1>Bạn đã hủy giao dịch</h1>');
    expect(result.body).toContain(`<a href="/thanh-toan/${id}">Thanh toán lại</a>`);
    const again = await applicant.get(`/thanh-toan/${id}`);
    expect(again.body).toContain('Đã hủy giao dịch');
    expect(again.body).toContain('Thanh toán trực tuyến</button>');
    // no receipt for a payment not made
    expect((await applicant.get(`/thanh-toan/${payment.id}/bien-lai`)).statusCode).toBe(404);
  });

  it('the return page only tells: a success not yet notified is "being confirmed", a forged one is refused', async () => {
    const id = await dossierOwingFee(p, applicant);
    const txnRef = txnRefOf(await startPaying(applicant, id));
    const signed = new URLSearchParams(signedResult(p, { txnRef }));
    const confirming = await applicant.get(`/thanh-toan/ket-qua?${signed}`);
    expect(confirming.statusCode).toBe(200);
    expect(confirming.body).toContain('<h1>Đang xác nhận thanh toán</h1>');
    expect(confirming.body).toContain('Bạn không cần thanh toán lại');
    expect((await paymentOf(txnRef)).status).toBe('pending');
    expect((await dossier(id)).status).toBe('fee_pending');

    const forged = new URLSearchParams(signedResult(p, { txnRef }));
    forged.set('vnp_ResponseCode', '00');
    forged.set('vnp_Amount', '100');
    const refused = await applicant.get(`/thanh-toan/ket-qua?${forged}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<h1>Không xác nhận được kết quả thanh toán</h1>');
    expect(refused.body).toContain('không có chữ ký hợp lệ');
  });

  it('the gateway refuses a request whose signature is wrong, visibly, and takes nothing', async () => {
    const id = await dossierOwingFee(p, applicant);
    const gateway = await startPaying(applicant, id);
    gateway.searchParams.set('vnp_Amount', '100');
    const page = await inject(pathOf(gateway.href));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('<h1>Yêu cầu thanh toán bị từ chối</h1>');
    expect(page.body).toContain('Chữ ký của yêu cầu thanh toán không hợp lệ');
    expect(page.body).not.toContain('name="decision"');
    const pressed = await inject(gateway.pathname, {
      method: 'POST',
      form: { request: gateway.search.slice(1), decision: 'pay' },
    });
    expect(pressed.statusCode).toBe(400);
    expect((await paymentOf(txnRefOf(gateway))).status).toBe('pending');
  });

  it('shows and pays only the applicant’s own dossiers; asks who they are first', async () => {
    const id = await dossierOwingFee(p, applicant);
    const other = await signedInApplicant(p.t);
    expect((await other.get(`/thanh-toan/${id}`)).statusCode).toBe(404);
    expect((await other.postForm(`/thanh-toan/${id}`, {})).statusCode).toBe(404);
    expect((await other.get('/thanh-toan/not-an-id')).statusCode).toBe(404);
    const anonymous = await inject(`/thanh-toan/${id}`);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe(`/dang-nhap?tiep=${encodeURIComponent(`/thanh-toan/${id}`)}`);
    const payments = await p.t.db.db
      .selectFrom('payments')
      .select('id')
      .where('dossierId', '=', id)
      .execute();
    expect(payments).toEqual([]);
  });

  it('refuses to start a payment when the dossier owes nothing, saying why on the page', async () => {
    const id = await dossierOwingFee(p, applicant);
    const counter = await p.t.login('clerk.a', PASSWORD);
    expect((await counter.post(`/api/dossiers/${id}/fee-paid`, { receipt: 'BL-QUAY-01' })).status).toBe(200);
    const refused = await applicant.postForm(`/thanh-toan/${id}`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Hồ sơ không có khoản phí nào đang chờ thanh toán');
  });
});
