import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatGatewayTime,
  isPaid,
  type Merchant,
  type PaymentOrder,
  type PaymentResult,
  parseGatewayTime,
  parseQuery,
  paymentResultParams,
  paymentUrl,
  plainOrderInfo,
  readPaymentRequest,
  readPaymentResult,
  SECURE_HASH,
  signedQuery,
} from '../src/index.ts';

const merchant: Merchant = { tmnCode: 'CONGSO01', hashSecret: 'K7FZ34WQ69Z060J60IGJTWH4H4UK4JQA' };
const merchants = (code: string) => (code === merchant.tmnCode ? merchant : undefined);
const vn = (local: string) => new Date(`${local}+07:00`);

const order: PaymentOrder = {
  txnRef: 'TT260102A7K3',
  amount: 150_000,
  orderInfo: 'Lệ phí cấp Giấy phép hoạt động – hồ sơ 000.00.01.H29-260102-0007!',
  returnUrl: 'http://127.0.0.1:3000/thanh-toan/ket-qua',
  ipAddr: '127.0.0.1',
  createdAt: vn('2026-01-02T09:30:00'),
  expiresAt: vn('2026-01-02T09:45:00'),
};

describe('times (yyyyMMddHHmmss, GMT+7)', () => {
  it('are written in Vietnam time whatever the clock of the machine', () => {
    expect(formatGatewayTime(new Date('2026-01-01T17:05:09Z'))).toBe('20260102000509');
    expect(parseGatewayTime('20260102000509')).toEqual(new Date('2026-01-01T17:05:09Z'));
  });

  it('read back what they write, and nothing that is not a time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const whole = new Date(Math.floor(d.getTime() / 1000) * 1000);
          expect(parseGatewayTime(formatGatewayTime(whole))).toEqual(whole);
        },
      ),
    );
    for (const bad of ['20260231120000', '2026-01-02', '20260102246000', '202601021200'])
      expect(parseGatewayTime(bad)).toBeUndefined();
  });
});

describe('the payment request', () => {
  const url = new URL(paymentUrl('https://gateway.example.vn/paymentv2/vpcpay.html', merchant, order));
  const params = parseQuery(url.search)!;

  it('is a redirect to the gateway with every parameter of version 2.1.0, signed', () => {
    expect(url.origin + url.pathname).toBe('https://gateway.example.vn/paymentv2/vpcpay.html');
    expect(params).toMatchObject({
      vnp_Version: '2.1.0',
      vnp_Command: 'pay',
      vnp_TmnCode: 'CONGSO01',
      vnp_Amount: '15000000',
      vnp_CurrCode: 'VND',
      vnp_TxnRef: 'TT260102A7K3',
      vnp_OrderType: 'other',
      vnp_Locale: 'vn',
      vnp_ReturnUrl: 'http://127.0.0.1:3000/thanh-toan/ket-qua',
      vnp_IpAddr: '127.0.0.1',
      vnp_CreateDate: '20260102093000',
      vnp_ExpireDate: '20260102094500',
    });
    expect(params[SECURE_HASH]).toMatch(/^[0-9a-f]{128}$/);
  });

  it('says what it is for without diacritics or special characters, as the gateway asks', () => {
    expect(params.vnp_OrderInfo).toBe('Le phi cap Giay phep hoat dong - ho so 000.00.01.H29-260102-0007');
    expect(plainOrderInfo('  Đăng ký   hộ kinh doanh <b>&amp;</b> ')).toBe('Dang ky ho kinh doanh b amp /b');
    expect(plainOrderInfo('ạ'.repeat(300))).toHaveLength(255);
  });

  it('is read by the gateway as it was sent', () => {
    const read = readPaymentRequest(params, merchants, vn('2026-01-02T09:31:00'));
    expect(read).toEqual({
      ok: true,
      request: {
        tmnCode: 'CONGSO01',
        txnRef: 'TT260102A7K3',
        amount: 150_000,
        orderInfo: params.vnp_OrderInfo,
        orderType: 'other',
        locale: 'vn',
        returnUrl: order.returnUrl,
        ipAddr: '127.0.0.1',
        bankCode: null,
        createdAt: order.createdAt,
        expiresAt: order.expiresAt,
      },
    });
  });

  it('is refused when altered, from an unknown terminal, incomplete or expired', () => {
    const at = vn('2026-01-02T09:31:00');
    const refusal = (p: Record<string, string>, now = at) => {
      const read = readPaymentRequest(p, merchants, now);
      return read.ok ? 'accepted' : read.refusal;
    };
    expect(refusal({ ...params, vnp_Amount: '100' })).toBe('signature');
    expect(refusal({ ...params, vnp_ReturnUrl: 'https://attacker.example/' })).toBe('signature');
    const { vnp_ExpireDate: _, ...noExpiry } = params;
    expect(refusal(noExpiry)).toBe('malformed');
    const other = parseQuery(signedQuery({ ...params, vnp_TmnCode: 'KHAC0001' }, merchant.hashSecret))!;
    expect(refusal(other)).toBe('merchant');
    expect(refusal(params, vn('2026-01-02T09:45:00'))).toBe('expired');
    const wrongCurrency = parseQuery(signedQuery({ ...params, vnp_CurrCode: 'USD' }, merchant.hashSecret))!;
    expect(refusal(wrongCurrency)).toBe('malformed');
  });

  it('carries amounts as đồng × 100, whole and positive', () => {
    expect(() => paymentUrl('https://g.example', merchant, { ...order, amount: 0 })).toThrow(RangeError);
    expect(() => paymentUrl('https://g.example', merchant, { ...order, amount: 1.5 })).toThrow(RangeError);
    expect(() => paymentUrl('https://g.example', merchant, { ...order, amount: 10_000_000_000 })).toThrow(
      RangeError,
    );
  });
});

describe('the payment result (return URL and IPN)', () => {
  const result: PaymentResult = {
    tmnCode: 'CONGSO01',
    txnRef: 'TT260102A7K3',
    amount: 150_000,
    responseCode: '00',
    transactionStatus: '00',
    transactionNo: '14226112',
    bankCode: 'NCB',
    bankTranNo: 'VNP14226112',
    cardType: 'ATM',
    orderInfo: 'Le phi cap giay phep',
    paidAt: vn('2026-01-02T09:33:12'),
  };

  it('signed by the gateway, is read back whole by the merchant', () => {
    const query = new URLSearchParams(paymentResultParams(result, merchant.hashSecret)).toString();
    const read = readPaymentResult(parseQuery(query), merchant);
    expect(read).toEqual({ ok: true, result });
    expect(isPaid(result)).toBe(true);
    expect(isPaid({ ...result, responseCode: '24', transactionStatus: '02' })).toBe(false);
    expect(isPaid({ ...result, transactionStatus: '01' })).toBe(false);
  });

  it('is not believed when altered, signed with another secret, or for another terminal', () => {
    const params = paymentResultParams(result, merchant.hashSecret);
    expect(readPaymentResult({ ...params, vnp_Amount: '1500000' }, merchant)).toEqual({
      ok: false,
      refusal: 'signature',
    });
    expect(readPaymentResult({ ...params, vnp_ResponseCode: '00', vnp_TxnRef: 'X' }, merchant).ok).toBe(
      false,
    );
    expect(readPaymentResult(paymentResultParams(result, 'another secret'), merchant)).toEqual({
      ok: false,
      refusal: 'signature',
    });
    const elsewhere = paymentResultParams({ ...result, tmnCode: 'KHAC0001' }, merchant.hashSecret);
    expect(readPaymentResult(elsewhere, merchant)).toEqual({ ok: false, refusal: 'malformed' });
    expect(readPaymentResult(undefined, merchant)).toEqual({ ok: false, refusal: 'signature' });
  });

  it('of a cancelled payment carries no pay date', () => {
    const cancelled = {
      ...result,
      responseCode: '24',
      transactionStatus: '02',
      transactionNo: '0',
      paidAt: null,
    };
    const params = paymentResultParams(cancelled, merchant.hashSecret);
    expect(params.vnp_PayDate).toBeUndefined();
    expect(readPaymentResult(params, merchant)).toEqual({ ok: true, result: cancelled });
  });
});
