import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierCodeError, formatDossierCode, parseDossierCode } from '../src/index.ts';

describe('dossier code (TT 01/2018/TT-VPCP Art. 19)', () => {
  it('writes the receiving unit, the day of receipt and the number of the day', () => {
    expect(formatDossierCode({ agencyCode: '000.00.01.H22', receivedOn: '2025-07-15', sequence: 1 })).toBe(
      '000.00.01.H22-250715-0001',
    );
    expect(formatDossierCode({ agencyCode: '000.06.16.G09', receivedOn: '2026-02-23', sequence: 1234 })).toBe(
      '000.06.16.G09-260223-1234',
    );
  });

  it('reads one back, spaces around it ignored', () => {
    expect(parseDossierCode(' 000.00.01.H22-250715-0042 ')).toEqual({
      agencyCode: '000.00.01.H22',
      receivedOn: '2025-07-15',
      sequence: 42,
    });
  });

  it('says in Vietnamese what is wrong', () => {
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(DossierCodeError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused(() => parseDossierCode('H22-250715-0001'))).toMatch(/^Mã số hồ sơ có dạng/);
    expect(refused(() => parseDossierCode('000.00.01.H22-250230-0001'))).toBe(
      'Ngày tiếp nhận 250230 không có thật',
    );
    expect(refused(() => parseDossierCode('000.00.01.H22-250715-0000'))).toMatch(/bắt đầu từ 0001/);
    expect(refused(() => parseDossierCode('000.00.01.h22-250715-0001'))).toMatch(/^Mã định danh cơ quan/);
    expect(
      refused(() =>
        formatDossierCode({ agencyCode: '000.00.01.H22', receivedOn: '2025-07-15', sequence: 10_000 }),
      ),
    ).toMatch(/từ 1 đến 9999/);
    expect(
      refused(() =>
        formatDossierCode({ agencyCode: '000.00.01.H22', receivedOn: '1999-12-31', sequence: 1 }),
      ),
    ).toMatch(/từ năm 2000/);
    expect(
      refused(() =>
        formatDossierCode({ agencyCode: '000.00.01.H22', receivedOn: '2025-02-29', sequence: 1 }),
      ),
    ).toMatch(/Ngày tiếp nhận không hợp lệ/);
  });

  it('reads back what it writes, and sorts like the days and numbers (property)', () => {
    const code = fc.record({
      agencyCode: fc
        .tuple(
          fc.integer({ min: 0, max: 999 }),
          fc.integer({ min: 0, max: 99 }),
          fc.integer({ min: 0, max: 99 }),
          fc.constantFrom('G', 'H', 'K'),
          fc.integer({ min: 0, max: 99 }),
        )
        .map(
          ([v, z, y, m, x]) =>
            `${String(v).padStart(3, '0')}.${String(z).padStart(2, '0')}.${String(y).padStart(2, '0')}.${m}${String(x).padStart(2, '0')}`,
        ),
      receivedOn: fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      sequence: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(code, (c) => {
        expect(parseDossierCode(formatDossierCode(c))).toEqual(c);
      }),
    );
    // within one unit, the codes of one century sort as their days and numbers do
    fc.assert(
      fc.property(code, code, (a, b) => {
        const same = { ...b, agencyCode: a.agencyCode };
        const byValue =
          a.receivedOn === same.receivedOn
            ? a.sequence - same.sequence
            : a.receivedOn < same.receivedOn
              ? -1
              : 1;
        const byCode = formatDossierCode(a).localeCompare(formatDossierCode(same));
        expect(Math.sign(byCode)).toBe(Math.sign(byValue));
      }),
    );
  });
});
