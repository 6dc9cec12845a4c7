import { describe, expect, it } from 'vitest';
import { archiveFileCode, formatDocumentDate, formatPlaceAndDate, NotationError } from '../src/index.ts';

describe('place and date (Phụ lục I)', () => {
  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(formatPlaceAndDate('Lào Cai', { year: 2026, month: 1, day: 5 })).toBe(
      'Lào Cai, ngày 05 tháng 01 năm 2026',
    );
    expect(formatPlaceAndDate('Lào Cai', { year: 2026, month: 3, day: 15 })).toBe(
      'Lào Cai, ngày 15 tháng 3 năm 2026',
    );
    expect(formatDocumentDate({ year: 2024, month: 2, day: 29 })).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatDocumentDate({ year: 2025, month: 12, day: 9 })).toBe('ngày 09 tháng 12 năm 2025');
    expect(formatDocumentDate({ year: 2025, month: 10, day: 10 })).toBe('ngày 10 tháng 10 năm 2025');
  });

  it('normalises the place', () => {
    expect(formatPlaceAndDate('  Hà   Nội ', { year: 2020, month: 3, day: 5 })).toBe(
      'Hà Nội, ngày 05 tháng 3 năm 2020',
    );
    expect(formatPlaceAndDate('Lào Cai'.normalize('NFD'), { year: 2020, month: 3, day: 5 })).toBe(
      'Lào Cai, ngày 05 tháng 3 năm 2020',
    );
  });

  it('rejects dates that do not exist and an empty place', () => {
    expect(() => formatDocumentDate({ year: 2025, month: 2, day: 29 })).toThrow(
      'Ngày không hợp lệ: 29/2/2025',
    );
    expect(() => formatDocumentDate({ year: 1900, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => formatDocumentDate({ year: 2026, month: 4, day: 31 })).toThrow(
      'Ngày không hợp lệ: 31/4/2026',
    );
    expect(() => formatDocumentDate({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => formatDocumentDate({ year: 2026, month: 1, day: 0 })).toThrow(RangeError);
    expect(() => formatDocumentDate({ year: 2026, month: 1.5, day: 1 })).toThrow(RangeError);
    expect(() => formatPlaceAndDate(' ', { year: 2026, month: 1, day: 1 })).toThrow('Chưa có địa danh');
  });
});

describe('work-file code (TT 01/2019/TT-BNV Art. 16(3))', () => {
  it('joins agency code, year and file number with dots', () => {
    expect(archiveFileCode('000.06.16.G09', 2010, '01.TH')).toBe('000.06.16.G09.2010.01.TH');
    expect(archiveFileCode('000.00.01.H38', 2026, ' 12.tccb ')).toBe('000.00.01.H38.2026.12.TCCB');
  });

  it('lists every problem in one NotationError', () => {
    let error: unknown;
    try {
      archiveFileCode('000.00.H38', 26, '01 TH');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotationError);
    expect((error as NotationError).problems).toEqual([
      'Mã định danh cơ quan "000.00.H38" không đúng dạng 000.00.00.H00 (13 ký tự, 4 nhóm)',
      'Năm hình thành hồ sơ phải là số có 4 chữ số (đang là 26)',
      'Số và ký hiệu hồ sơ "01 TH" chỉ gồm chữ cái không dấu, chữ Đ, chữ số, ngăn cách bởi dấu "." hoặc "-"',
    ]);
    expect(() => archiveFileCode('000.06.16.G09', 2010, '')).toThrow('Chưa có số và ký hiệu hồ sơ');
    expect(() => archiveFileCode('000.06.16.G09', 2010, '01..TH')).toThrow(NotationError);
  });
});
