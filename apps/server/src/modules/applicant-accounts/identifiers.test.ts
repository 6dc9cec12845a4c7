import { describe, expect, it } from 'vitest';
import { idNumberProblem, normalisePhone, readSignInName } from './identifiers.ts';

describe('sign-in names', () => {
  it('reads a Vietnamese mobile number in any of the ways people write it', () => {
    for (const typed of [
      '0912345678',
      '+84912345678',
      '84912345678',
      '+84 912 345 678',
      '0912.345.678',
      '(091) 234-5678',
    ])
      expect(normalisePhone(typed), typed).toBe('0912345678');
    for (const typed of ['02143840123', '091234567', '+85512345678', '1912345678', '0112345678'])
      expect(normalisePhone(typed), typed).toBeUndefined();
  });

  it('takes emails that fit a username, in lower case, and says why others do not', () => {
    expect(readSignInName('  Nguyen.Van-A_1@Example.VN ')).toEqual({
      channel: 'email',
      value: 'nguyen.van-a_1@example.vn',
    });
    expect(readSignInName('ten+thu@example.vn')).toHaveProperty('problem');
    expect(readSignInName(`${'a'.repeat(60)}@example.vn`)).toHaveProperty('problem');
    expect(readSignInName('')).toEqual({ problem: 'Nhập địa chỉ email hoặc số điện thoại di động' });
    expect(readSignInName('0987 654 321')).toEqual({ channel: 'sms', value: '0987654321' });
  });

  it('checks identity numbers by kind: 12 digits for a citizen, a tax code for a business', () => {
    expect(idNumberProblem('citizen', '001090012345')).toBeUndefined();
    expect(idNumberProblem('citizen', '5300123456')).toBeDefined();
    expect(idNumberProblem('business', '5300123456')).toBeUndefined();
    expect(idNumberProblem('business', '5300123456-001')).toBeUndefined();
    expect(idNumberProblem('business', '001090012345')).toBeDefined();
  });
});
