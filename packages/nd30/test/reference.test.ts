import { describe, expect, it } from 'vitest';
import {
  buildCopyNotation,
  buildNotation,
  formatNumber,
  formatReference,
  NotationError,
  parseReference,
  validateNotation,
} from '../src/index.ts';

const errorOf = (text: string) => {
  const result = parseReference(text);
  return result.ok ? `parsed as ${result.value.text}` : result.error;
};
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('formatNumber', () => {
  it('pads numbers below 10 with one zero', () => {
    expect([1, 5, 9, 10, 12, 99, 100, 123, 12_345].map(formatNumber)).toEqual([
      '01',
      '05',
      '09',
      '10',
      '12',
      '99',
      '100',
      '123',
      '12345',
    ]);
  });

  it('throws a RangeError for anything but an integer ≥ 1', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatNumber(n), String(n)).toThrow(RangeError);
    }
    expect(() => formatNumber(0)).toThrow('Số văn bản phải là số nguyên từ 01 trở lên (đang là 0)');
  });
});

describe('buildNotation', () => {
  it('puts the type abbreviation before the agency for documents with a type name', () => {
    expect(buildNotation({ type: 'quyet_dinh', agencyAbbreviation: 'UBND' })).toBe('QĐ-UBND');
    expect(buildNotation({ type: 'to_trinh', agencyAbbreviation: 'snv' })).toBe('TTr-SNV');
    expect(buildNotation({ type: 'quy_dinh', agencyAbbreviation: 'UBND' })).toBe('QyĐ-UBND');
    expect(buildNotation({ type: 'chuong_trinh', agencyAbbreviation: 'UBND' })).toBe('CTr-UBND');
    expect(buildNotation({ type: 'de_an', agencyAbbreviation: 'sgdđt' })).toBe('ĐA-SGDĐT');
    expect(buildNotation({ type: 'ke_hoach', agencyAbbreviation: ' UBND-VP ' })).toBe('KH-UBND-VP');
  });

  it('ignores the unit for documents with a type name', () => {
    expect(buildNotation({ type: 'thong_bao', agencyAbbreviation: 'UBND', unitAbbreviation: 'VX' })).toBe(
      'TB-UBND',
    );
  });

  it('writes a công văn as agency-unit, or the agency alone', () => {
    expect(buildNotation({ type: 'cong_van', agencyAbbreviation: 'UBND', unitAbbreviation: 'VX' })).toBe(
      'UBND-VX',
    );
    expect(buildNotation({ type: 'cong_van', agencyAbbreviation: 'ubnd', unitAbbreviation: 'kt-ns' })).toBe(
      'UBND-KT-NS',
    );
    expect(buildNotation({ type: 'cong_van', agencyAbbreviation: 'UBND' })).toBe('UBND');
    expect(buildNotation({ type: 'cong_van', agencyAbbreviation: 'UBND', unitAbbreviation: null })).toBe(
      'UBND',
    );
    expect(buildNotation({ type: 'cong_van', agencyAbbreviation: 'UBND', unitAbbreviation: '  ' })).toBe(
      'UBND',
    );
  });

  it('writes a thư công as the agency alone', () => {
    expect(buildNotation({ type: 'thu_cong', agencyAbbreviation: 'UBND', unitAbbreviation: 'VX' })).toBe(
      'UBND',
    );
  });

  it('throws a NotationError naming every bad part', () => {
    const error = thrown(() =>
      buildNotation({ type: 'cong_van', agencyAbbreviation: ' ', unitAbbreviation: 'V X' }),
    );
    expect(error).toBeInstanceOf(NotationError);
    expect((error as NotationError).problems).toEqual([
      'Chữ viết tắt tên cơ quan ban hành trống',
      'Chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực không được có dấu cách: "V X"',
    ]);
    expect((error as NotationError).message).toBe(
      'Chữ viết tắt tên cơ quan ban hành trống; Chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực không được có dấu cách: "V X"',
    );
    expect(() => buildNotation({ type: 'quyet_dinh', agencyAbbreviation: 'UBND/VP' })).toThrow(
      'Chữ viết tắt tên cơ quan ban hành không được có dấu "/" (dấu "/" chỉ ngăn cách số và ký hiệu)',
    );
    expect(() => buildNotation({ type: 'quyet_dinh', agencyAbbreviation: 'SNN&PTNT' })).toThrow(
      'Chữ viết tắt tên cơ quan ban hành có ký tự không được dùng: "&" (chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-")',
    );
    expect(() => buildNotation({ type: 'quyet_dinh', agencyAbbreviation: 'ƯBND' })).toThrow(
      'có ký tự không được dùng: "Ư"',
    );
    expect(() => buildNotation({ type: 'quyet_dinh', agencyAbbreviation: 'UBND-' })).toThrow(
      'Chữ viết tắt tên cơ quan ban hành có nhóm trống (dấu "-" ở đầu, ở cuối hoặc hai dấu "-" liền nhau)',
    );
    expect(() => buildNotation({ type: 'nghi_dinh' as never, agencyAbbreviation: 'CP' })).toThrow(
      'Loại văn bản không hợp lệ: "nghi_dinh"',
    );
  });

  it('builds copy notations', () => {
    expect(buildCopyNotation('sao_y', 'ubnd')).toBe('SY-UBND');
    expect(buildCopyNotation('trich_sao', 'VP')).toBe('TrS-VP');
    expect(() => buildCopyNotation('sao_luc', '')).toThrow(NotationError);
  });
});

describe('validateNotation', () => {
  it('accepts notations as the rules write them', () => {
    for (const n of [
      'QĐ-UBND',
      'QyĐ-UBND',
      'CTr-SNV',
      'TTr-UBND',
      'UBND-VX',
      'UBND',
      'TrS-VP',
      'CTR-UBND',
      'KH-UBND-VP2',
    ]) {
      expect(validateNotation(n), n).toEqual([]);
    }
  });

  it('explains each problem in Vietnamese', () => {
    expect(validateNotation('')).toEqual(['Ký hiệu trống']);
    expect(validateNotation('QĐ-UB ND')).toEqual(['Ký hiệu không được có dấu cách: "QĐ-UB ND"']);
    expect(validateNotation('QĐ/UBND')).toEqual([
      'Ký hiệu không được có dấu "/" (dấu "/" chỉ ngăn cách số và ký hiệu)',
    ]);
    expect(validateNotation('-UBND')).toEqual([
      'Ký hiệu có nhóm trống (dấu "-" ở đầu, ở cuối hoặc hai dấu "-" liền nhau)',
    ]);
    expect(validateNotation('QĐ--UBND')).toHaveLength(1);
    expect(validateNotation('QĐ-SNN&PTNT')).toEqual([
      'Ký hiệu có ký tự không được dùng: "&" (chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-")',
    ]);
    expect(validateNotation('QĐ-UBND_VP.')).toEqual([
      'Ký hiệu có ký tự không được dùng: "_", "." (chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-")',
    ]);
    expect(validateNotation('UBND-vx')).toEqual(['Nhóm "vx" của ký hiệu phải viết in hoa: "VX"']);
    expect(validateNotation('qđ-UBND')).toEqual(['Chữ viết tắt "qđ" phải viết đúng như Phụ lục III: "QĐ"']);
    expect(validateNotation('Ctr-UBND')).toEqual([
      'Chữ viết tắt "Ctr" phải viết đúng như Phụ lục III: "CTr"',
    ]);
    expect(validateNotation('UBND-TTr')).toEqual(['Nhóm "TTr" của ký hiệu phải viết in hoa: "TTR"']);
    expect(validateNotation('QyĐ')).toEqual(['Nhóm "QyĐ" của ký hiệu phải viết in hoa: "QYĐ"']);
  });
});

describe('formatReference', () => {
  it('joins number and notation with "/"', () => {
    expect(formatReference({ number: 5, notation: 'QĐ-UBND' })).toBe('05/QĐ-UBND');
    expect(formatReference({ number: 1234, notation: 'UBND-VX' })).toBe('1234/UBND-VX');
  });

  it('refuses what it would print wrong', () => {
    expect(() => formatReference({ number: 0, notation: 'QĐ-UBND' })).toThrow(RangeError);
    expect(() => formatReference({ number: 5, notation: 'qđ-ubnd' })).toThrow(NotationError);
    expect(() => formatReference({ number: 5, notation: '' })).toThrow('Ký hiệu trống');
  });
});

describe('parseReference', () => {
  it('reads the printed form', () => {
    expect(parseReference('Số: 05/QĐ-UBND')).toEqual({
      ok: true,
      value: {
        number: 5,
        notation: 'QĐ-UBND',
        typeAbbreviation: 'QĐ',
        copyAbbreviation: null,
        groups: ['QĐ', 'UBND'],
        text: '05/QĐ-UBND',
      },
    });
  });

  it('is lenient on input and normalises the result', () => {
    const read = (s: string) => {
      const r = parseReference(s);
      return r.ok ? r.value.text : r.error;
    };
    expect(read('05/QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(read('5/QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(read('005/QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(read('  số 12 / qđ - ubnd ')).toBe('12/QĐ-UBND');
    expect(read('SỐ:7/TTr–UBND')).toBe('07/TTr-UBND');
    expect(read('Số.123/ctr-ubnd')).toBe('123/CTr-UBND');
    expect(read('Số: 05/QĐ-UBND'.normalize('NFD'))).toBe('05/QĐ-UBND');
    expect(read('1\u00a0/\u00a0QĐ\u2212UBND')).toBe('01/QĐ-UBND');
  });

  it('tells công văn from documents with a type name by the first group', () => {
    const value = (s: string) => {
      const r = parseReference(s);
      if (!r.ok) throw new Error(r.error);
      return [r.value.typeAbbreviation, r.value.copyAbbreviation, r.value.groups];
    };
    expect(value('12/UBND-VX')).toEqual([null, null, ['UBND', 'VX']]);
    expect(value('12/UBND')).toEqual([null, null, ['UBND']]);
    expect(value('12/QyĐ-UBND')).toEqual(['QyĐ', null, ['QyĐ', 'UBND']]);
    expect(value('12/KH-UBND-VP')).toEqual(['KH', null, ['KH', 'UBND', 'VP']]);
    expect(value('12/SY-UBND')).toEqual([null, 'SY', ['SY', 'UBND']]);
    // A single group is the agency of a công văn, whatever it looks like.
    expect(value('12/QĐ')).toEqual([null, null, ['QĐ']]);
    // Wholly upper case but not the published form: an agency abbreviation, kept as written.
    expect(value('12/CTR-UBND')).toEqual([null, null, ['CTR', 'UBND']]);
  });

  it('says precisely what is wrong', () => {
    expect(errorOf('')).toBe('Chưa có số, ký hiệu văn bản');
    expect(errorOf('   ')).toBe('Chưa có số, ký hiệu văn bản');
    expect(errorOf('Số: ')).toBe('Chưa có số, ký hiệu văn bản sau chữ "Số:"');
    expect(errorOf('/QĐ-UBND')).toBe('Thiếu số văn bản trước dấu "/" (ví dụ: 05/QĐ-UBND)');
    expect(errorOf('QĐ-UBND')).toBe('Thiếu số văn bản trước ký hiệu (ví dụ: 05/QĐ-UBND)');
    expect(errorOf('Số: 12')).toBe('Thiếu ký hiệu văn bản sau số (ví dụ: 05/QĐ-UBND)');
    expect(errorOf('12/')).toBe('Thiếu ký hiệu văn bản sau dấu "/" (ví dụ: 05/QĐ-UBND)');
    expect(errorOf('12 QĐ-UBND')).toBe('Thiếu dấu "/" giữa số và ký hiệu văn bản (ví dụ: 05/QĐ-UBND)');
    expect(errorOf('0/QĐ-UBND')).toBe('Số văn bản bắt đầu từ 01, không có số 0');
    expect(errorOf('00/QĐ-UBND')).toBe('Số văn bản bắt đầu từ 01, không có số 0');
    expect(errorOf('5a/QĐ-UBND')).toBe('Số văn bản "5a" chỉ được gồm chữ số');
    expect(errorOf('-5/QĐ-UBND')).toBe('Số văn bản "-5" chỉ được gồm chữ số');
    expect(errorOf('99999999999999999999/QĐ-UBND')).toBe('Số văn bản "99999999999999999999" quá lớn');
    expect(errorOf('30/2020/NĐ-CP')).toBe(
      'Số, ký hiệu dạng "số/năm/ký hiệu" là của văn bản quy phạm pháp luật, không phải văn bản hành chính theo Nghị định 30/2020/NĐ-CP',
    );
    expect(errorOf('1/QĐ/UBND')).toBe('Số, ký hiệu chỉ có một dấu "/", giữa số và ký hiệu');
    expect(errorOf('12/QĐ--UBND')).toBe(
      'Ký hiệu có nhóm trống (dấu "-" ở đầu, ở cuối hoặc hai dấu "-" liền nhau)',
    );
    expect(errorOf('12/QĐ-UBND-')).toBe(
      'Ký hiệu có nhóm trống (dấu "-" ở đầu, ở cuối hoặc hai dấu "-" liền nhau)',
    );
    expect(errorOf('12/QĐ-UB ND')).toBe('Ký hiệu không được có dấu cách: "QĐ-UB ND"');
    expect(errorOf('12/QĐ-SNN&PTNT')).toBe(
      'Ký hiệu có ký tự không được dùng: "&" (chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-")',
    );
    expect(errorOf('12/QĐ-ỦBND')).toBe(
      'Ký hiệu có ký tự không được dùng: "Ủ" (chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-")',
    );
  });
});
