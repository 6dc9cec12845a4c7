import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyCodeProblems, isAgencyCode, isWithinAgencyCode, parseAgencyCode } from '../src/agency-code.ts';

describe('QCVN 102 agency codes', () => {
  it('accepts the codes seen in real packages', () => {
    for (const code of [
      '000.00.00.G22',
      '000.00.00.H30',
      '000.06.16.G09',
      '002.00.20.H13',
      '000.00.01.H22',
    ]) {
      expect(agencyCodeProblems(code), code).toEqual([]);
    }
  });

  it('explains what is wrong, in Vietnamese', () => {
    expect(agencyCodeProblems('000.00.00.H3')).toEqual(['Mã định danh phải có đúng 13 ký tự (đang có 12)']);
    expect(agencyCodeProblems('000-00-00-H30')[0]).toMatch(/4 nhóm/);
    expect(agencyCodeProblems('000.00.00.130')).toEqual([
      'Nhóm cuối (cấp 1) gồm một chữ cái in hoa và 2 chữ số, ví dụ H38 hoặc G09',
    ]);
    expect(agencyCodeProblems('000.00.00.h30')).toHaveLength(1);
    expect(agencyCodeProblems('0A0.00.00.H30')).toEqual(['Nhóm thứ nhất (cấp 4) gồm 3 chữ số']);
  });

  it('reads the level from the deepest group used', () => {
    expect(parseAgencyCode('000.00.00.G09').level).toBe(1);
    expect(parseAgencyCode('000.00.16.G09').level).toBe(2);
    expect(parseAgencyCode('000.06.16.G09').level).toBe(3);
    expect(parseAgencyCode('002.06.16.G09').level).toBe(4);
    expect(parseAgencyCode('002.00.20.H13').level).toBe(4);
    expect(() => parseAgencyCode('bad')).toThrow(/13 ký tự/);
  });

  it('knows which codes lie inside which', () => {
    expect(isWithinAgencyCode('000.00.01.H38', '000.00.00.H38')).toBe(true);
    expect(isWithinAgencyCode('000.06.16.G09', '000.00.16.G09')).toBe(true);
    expect(isWithinAgencyCode('000.06.16.G09', '000.00.17.G09')).toBe(false);
    expect(isWithinAgencyCode('000.00.01.H38', '000.00.00.H39')).toBe(false);
    expect(isWithinAgencyCode('000.00.00.H38', '000.00.00.H38')).toBe(false);
    expect(isWithinAgencyCode('000.00.00.H38', '000.00.01.H38')).toBe(false);
    expect(isWithinAgencyCode('002.00.20.H13', '000.00.20.H13')).toBe(true);
    expect(isWithinAgencyCode('000.01.50.H38', '000.00.00.H38')).toBe(true);
  });

  it('accepts exactly the 13-character, 4-group shape', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const code = fc
      .tuple(digits(3), digits(2), digits(2), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), digits(2))
      .map(([v, z, y, m, x]) => `${v}.${z}.${y}.${m}${x}`);
    fc.assert(
      fc.property(code, (c) => {
        expect(isAgencyCode(c)).toBe(true);
        expect(parseAgencyCode(c).code).toBe(c);
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => !isAgencyCode(s) || SHAPE_OK(s)));
  });
});

function SHAPE_OK(s: string): boolean {
  return /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$/.test(s);
}
