import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeComponent,
  type GatewayParams,
  hasValidSignature,
  parseQuery,
  SECURE_HASH,
  secureHash,
  signedData,
  signedQuery,
} from '../src/index.ts';

const SECRET = 'RHLCPPBXXCKPTKQLBBVVZMVLDXXXPAKU';

/** HMAC-SHA512 in hex, computed here with node:crypto and nothing of the package. */
const hmac = (text: string, secret = SECRET) =>
  createHmac('sha512', secret).update(Buffer.from(text, 'utf8')).digest('hex');

describe('the signed text and vnp_SecureHash', () => {
  const params: GatewayParams = {
    vnp_Version: '2.1.0',
    vnp_TmnCode: 'CONGSO01',
    vnp_Command: 'pay',
    vnp_Amount: '15000000',
    vnp_CurrCode: 'VND',
    vnp_TxnRef: 'TT260102A7K3',
    vnp_OrderInfo: 'Lệ phí cấp giấy phép (hồ sơ 000.00.01.H29-260102-0007)',
    vnp_OrderType: 'other',
    vnp_Locale: 'vn',
    vnp_ReturnUrl: 'https://dichvucong.example.vn/thanh-toan/ket-qua',
    vnp_IpAddr: '203.113.1.9',
    vnp_CreateDate: '20260102093000',
    vnp_ExpireDate: '20260102094500',
    vnp_BankCode: '',
  };
  // written out by hand: sorted by name, the empty vnp_BankCode left out, values form-encoded over UTF-8
  const expectedText =
    'vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20260102093000&vnp_CurrCode=VND' +
    '&vnp_ExpireDate=20260102094500&vnp_IpAddr=203.113.1.9&vnp_Locale=vn' +
    '&vnp_OrderInfo=L%E1%BB%87+ph%C3%AD+c%E1%BA%A5p+gi%E1%BA%A5y+ph%C3%A9p+%28h%E1%BB%93+s%C6%A1+000.00.01.H29-260102-0007%29' +
    '&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.example.vn%2Fthanh-toan%2Fket-qua' +
    '&vnp_TmnCode=CONGSO01&vnp_TxnRef=TT260102A7K3&vnp_Version=2.1.0';

  it('sorts by name, leaves empty values out, encodes spaces as + and Vietnamese as UTF-8 bytes', () => {
    expect(signedData(params)).toBe(expectedText);
  });

  it('is HMAC-SHA512 of that text under the secret, in hex', () => {
    expect(secureHash(params, SECRET)).toBe(hmac(expectedText));
    expect(signedQuery(params, SECRET)).toBe(`${expectedText}&vnp_SecureHash=${hmac(expectedText)}`);
  });

  it('never signs the signature itself, nor vnp_SecureHashType', () => {
    const withHash = { ...params, vnp_SecureHash: 'ab'.repeat(64), vnp_SecureHashType: 'HmacSHA512' };
    expect(signedData(withHash)).toBe(expectedText);
  });

  it('encodes every value as an HTML form does (the same bytes as URLSearchParams)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect(encodeComponent(value)).toBe(new URLSearchParams({ v: value }).toString().slice(2));
      }),
    );
    expect(encodeComponent("a b*-._~!'()")).toBe('a+b*-._%7E%21%27%28%29');
    expect(encodeComponent('Đ')).toBe('%C4%90');
  });
});

/** Protocol parameters: `vnp_` names and any text as values, empty ones included. */
const paramsArb = fc.dictionary(
  fc
    .stringMatching(/^vnp_[A-Za-z]{1,12}$/)
    .filter((name) => name !== SECURE_HASH && name !== 'vnp_SecureHashType'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  { minKeys: 1, maxKeys: 12 },
);
const secretArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const nonEmpty = (params: GatewayParams) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));

describe('signing and verifying (properties)', () => {
  it('a signed query read back is valid and carries every non-empty value unchanged', () => {
    fc.assert(
      fc.property(paramsArb, secretArb, (params, secret) => {
        const read = parseQuery(signedQuery(params, secret));
        expect(read).toBeDefined();
        expect(hasValidSignature(read!, secret)).toBe(true);
        const { [SECURE_HASH]: hash, ...values } = read!;
        expect(values).toEqual(nonEmpty(params));
        expect(hash).toBe(hmac(signedData(params), secret));
      }),
    );
  });

  it('changing, dropping or adding a value, or another secret, breaks the signature', () => {
    fc.assert(
      fc.property(
        paramsArb.filter((p) => Object.values(p).some((v) => v !== '')),
        secretArb,
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
        (params, secret, pick, extra) => {
          const read = parseQuery(signedQuery(params, secret))!;
          const names = Object.keys(read).filter((n) => n !== SECURE_HASH);
          const name = names[pick % names.length]!;
          const changed = { ...read, [name]: `${read[name]}${extra}` };
          expect(hasValidSignature(changed, secret)).toBe(false);
          const { [name]: _dropped, ...dropped } = read;
          expect(hasValidSignature(dropped, secret)).toBe(false);
          expect(hasValidSignature({ ...read, vnp_X_1: extra }, secret)).toBe(false);
          expect(hasValidSignature(read, `${secret}x`)).toBe(false);
        },
      ),
    );
  });

  it('a signature altered in any digit is refused; its case does not matter', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 127 }), (params, at) => {
        const read = parseQuery(signedQuery(params, SECRET))!;
        const hash = read[SECURE_HASH]!;
        const flipped = hash[at] === '0' ? '1' : '0';
        const altered = `${hash.slice(0, at)}${flipped}${hash.slice(at + 1)}`;
        expect(hasValidSignature({ ...read, [SECURE_HASH]: altered }, SECRET)).toBe(false);
        expect(hasValidSignature({ ...read, [SECURE_HASH]: hash.toUpperCase() }, SECRET)).toBe(true);
      }),
    );
  });

  it('refuses a missing, short or non-hexadecimal signature without throwing', () => {
    const params = { vnp_TxnRef: 'A1' };
    const good = secureHash(params, SECRET);
    expect(hasValidSignature(params, SECRET)).toBe(false);
    for (const bad of ['', good.slice(0, 126), `${good.slice(0, 127)}g`, `${good}00`])
      expect(hasValidSignature({ ...params, [SECURE_HASH]: bad }, SECRET)).toBe(false);
  });
});

describe('reading a query string', () => {
  it('keeps only the protocol parameters and decodes + as a space', () => {
    expect(parseQuery('?vnp_OrderInfo=L%E1%BB%87+ph%C3%AD&utm_source=mail&vnp_Amount=100')).toEqual({
      vnp_OrderInfo: 'Lệ phí',
      vnp_Amount: '100',
    });
  });

  it('refuses a parameter given twice: which one was signed cannot be told', () => {
    expect(parseQuery('vnp_Amount=100&vnp_Amount=10000')).toBeUndefined();
  });
});
