import { describe, expect, it } from 'vitest';
import {
  canSee,
  copyKind,
  copyKindByAbbreviation,
  copyKinds,
  documentType,
  documentTypeByAbbreviation,
  documentTypeByOrdinal,
  documentTypes,
  incomingRegisterColumns,
  isDocumentTypeCode,
  isSecrecy,
  isSecret,
  isSigningCapacity,
  isUrgency,
  isUrgent,
  outgoingRegisterColumns,
  secrecyLevels,
  secrecyRank,
  signingCapacities,
  signingLine,
  urgencies,
  urgencyByPriority,
} from '../src/index.ts';

describe('document types (Art. 7, Phụ lục III)', () => {
  it('lists the 29 types in the legal order with their abbreviations', () => {
    expect(documentTypes.map((t) => [t.ordinal, t.code, t.name, t.abbreviation])).toEqual([
      [1, 'nghi_quyet', 'Nghị quyết', 'NQ'],
      [2, 'quyet_dinh', 'Quyết định', 'QĐ'],
      [3, 'chi_thi', 'Chỉ thị', 'CT'],
      [4, 'quy_che', 'Quy chế', 'QC'],
      [5, 'quy_dinh', 'Quy định', 'QyĐ'],
      [6, 'thong_cao', 'Thông cáo', 'TC'],
      [7, 'thong_bao', 'Thông báo', 'TB'],
      [8, 'huong_dan', 'Hướng dẫn', 'HD'],
      [9, 'chuong_trinh', 'Chương trình', 'CTr'],
      [10, 'ke_hoach', 'Kế hoạch', 'KH'],
      [11, 'phuong_an', 'Phương án', 'PA'],
      [12, 'de_an', 'Đề án', 'ĐA'],
      [13, 'du_an', 'Dự án', 'DA'],
      [14, 'bao_cao', 'Báo cáo', 'BC'],
      [15, 'bien_ban', 'Biên bản', 'BB'],
      [16, 'to_trinh', 'Tờ trình', 'TTr'],
      [17, 'hop_dong', 'Hợp đồng', 'HĐ'],
      [18, 'cong_van', 'Công văn', null],
      [19, 'cong_dien', 'Công điện', 'CĐ'],
      [20, 'ban_ghi_nho', 'Bản ghi nhớ', 'BGN'],
      [21, 'ban_thoa_thuan', 'Bản thỏa thuận', 'BTT'],
      [22, 'giay_uy_quyen', 'Giấy ủy quyền', 'GUQ'],
      [23, 'giay_moi', 'Giấy mời', 'GM'],
      [24, 'giay_gioi_thieu', 'Giấy giới thiệu', 'GGT'],
      [25, 'giay_nghi_phep', 'Giấy nghỉ phép', 'GNP'],
      [26, 'phieu_gui', 'Phiếu gửi', 'PG'],
      [27, 'phieu_chuyen', 'Phiếu chuyển', 'PC'],
      [28, 'phieu_bao', 'Phiếu báo', 'PB'],
      [29, 'thu_cong', 'Thư công', null],
    ]);
  });

  it('has exactly two types without an abbreviation: công văn and thư công', () => {
    expect(documentTypes.filter((t) => t.abbreviation === null).map((t) => t.code)).toEqual([
      'cong_van',
      'thu_cong',
    ]);
  });

  it('keeps every name and abbreviation in NFC and every abbreviation distinct, even ignoring case', () => {
    for (const t of documentTypes) {
      expect(t.name.normalize('NFC')).toBe(t.name);
      expect(t.abbreviation?.normalize('NFC') ?? null).toBe(t.abbreviation);
    }
    const folded = documentTypes.flatMap((t) => (t.abbreviation ? [t.abbreviation.toUpperCase()] : []));
    expect(new Set(folded).size).toBe(27);
  });

  it('looks types up by code, ordinal and abbreviation', () => {
    expect(documentType('to_trinh')).toEqual({
      code: 'to_trinh',
      ordinal: 16,
      name: 'Tờ trình',
      abbreviation: 'TTr',
    });
    expect(() => documentType('nghi_dinh' as never)).toThrow('Loại văn bản không hợp lệ: "nghi_dinh"');
    expect(isDocumentTypeCode('cong_van')).toBe(true);
    expect(isDocumentTypeCode('Cong_van')).toBe(false);
    expect(isDocumentTypeCode('')).toBe(false);
    expect(documentTypeByOrdinal(18)?.code).toBe('cong_van');
    expect(documentTypeByOrdinal(0)).toBeUndefined();
    expect(documentTypeByOrdinal(30)).toBeUndefined();
    expect(documentTypeByOrdinal(1.5)).toBeUndefined();
  });

  it('matches abbreviations exactly or case-insensitively, never without diacritics', () => {
    expect(documentTypeByAbbreviation('QĐ')?.code).toBe('quyet_dinh');
    expect(documentTypeByAbbreviation('qđ')?.code).toBe('quyet_dinh');
    expect(documentTypeByAbbreviation('Q\u0110'.normalize('NFD'))?.code).toBe('quyet_dinh');
    expect(documentTypeByAbbreviation('CTR')?.code).toBe('chuong_trinh');
    expect(documentTypeByAbbreviation('CT')?.code).toBe('chi_thi');
    expect(documentTypeByAbbreviation('QYĐ')?.code).toBe('quy_dinh');
    expect(documentTypeByAbbreviation('ĐA')?.code).toBe('de_an');
    expect(documentTypeByAbbreviation('DA')?.code).toBe('du_an');
    expect(documentTypeByAbbreviation('QD')).toBeUndefined();
    expect(documentTypeByAbbreviation('NĐ')).toBeUndefined();
    expect(documentTypeByAbbreviation('')).toBeUndefined();
  });
});

describe('copies (Art. 25, Phụ lục III)', () => {
  it('has the three copy kinds', () => {
    expect(copyKinds).toEqual([
      { kind: 'sao_y', name: 'Sao y', abbreviation: 'SY' },
      { kind: 'trich_sao', name: 'Trích sao', abbreviation: 'TrS' },
      { kind: 'sao_luc', name: 'Sao lục', abbreviation: 'SL' },
    ]);
    expect(copyKind('trich_sao').abbreviation).toBe('TrS');
    expect(copyKindByAbbreviation('trs')?.kind).toBe('trich_sao');
    expect(copyKindByAbbreviation('SL')?.kind).toBe('sao_luc');
    expect(copyKindByAbbreviation('')).toBeUndefined();
    expect(copyKindByAbbreviation('BS')).toBeUndefined();
  });
});

describe('urgency', () => {
  it('maps each level to its name and edXML priority', () => {
    expect(urgencies.map((u) => [u.value, u.name, u.priority])).toEqual([
      ['normal', 'Thường', 0],
      ['urgent', 'Khẩn', 1],
      ['very_urgent', 'Thượng khẩn', 2],
      ['flash', 'Hỏa tốc', 3],
      ['flash_timed', 'Hỏa tốc hẹn giờ', 4],
    ]);
    expect([0, 1, 2, 3, 4, 5].map(urgencyByPriority)).toEqual([
      'normal',
      'urgent',
      'very_urgent',
      'flash',
      'flash_timed',
      undefined,
    ]);
  });

  it('treats everything but normal as urgent', () => {
    expect(urgencies.map((u) => isUrgent(u.value))).toEqual([false, true, true, true, true]);
    expect(isUrgency('flash_timed')).toBe(true);
    expect(isUrgency('hoa_toc')).toBe(false);
    expect(() => isUrgent('soon' as never)).toThrow('Mức độ khẩn không hợp lệ: "soon"');
  });
});

describe('secrecy', () => {
  it('ranks the levels', () => {
    expect(secrecyLevels.map((s) => [s.value, s.name, s.rank])).toEqual([
      ['none', 'Thường', 0],
      ['confidential', 'Mật', 1],
      ['secret', 'Tối mật', 2],
      ['top_secret', 'Tuyệt mật', 3],
    ]);
    expect(secrecyRank('secret')).toBe(2);
    expect(secrecyLevels.map((s) => isSecret(s.value))).toEqual([false, true, true, true]);
    expect(isSecrecy('top_secret')).toBe(true);
    expect(isSecrecy('mat')).toBe(false);
    expect(() => secrecyRank('toimat' as never)).toThrow('Độ mật không hợp lệ: "toimat"');
  });

  it('lets a clearance see documents of its rank and below only', () => {
    const values = secrecyLevels.map((s) => s.value);
    const matrix = values.map((clearance) => values.map((doc) => (canSee(clearance, doc) ? 1 : 0)));
    expect(matrix).toEqual([
      [1, 0, 0, 0],
      [1, 1, 0, 0],
      [1, 1, 1, 0],
      [1, 1, 1, 1],
    ]);
  });
});

describe('signing capacity (Art. 13)', () => {
  it('has the prefixes of Phụ lục I', () => {
    expect(signingCapacities.map((c) => [c.value, c.prefix, c.name])).toEqual([
      ['direct', '', 'Ký trực tiếp'],
      ['tm', 'TM.', 'Thay mặt'],
      ['kt', 'KT.', 'Ký thay'],
      ['tl', 'TL.', 'Thừa lệnh'],
      ['tuq', 'TUQ.', 'Thừa ủy quyền'],
      ['q', 'Q.', 'Quyền'],
    ]);
    expect(isSigningCapacity('tuq')).toBe(true);
    expect(isSigningCapacity('TUQ.')).toBe(false);
  });

  it('writes the signing lines in upper case', () => {
    expect(signingLine('tm', 'Ủy ban nhân dân')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(signingLine('kt', 'Chủ tịch')).toBe('KT. CHỦ TỊCH');
    expect(signingLine('direct', 'Phó Chủ tịch')).toBe('PHÓ CHỦ TỊCH');
    expect(signingLine('tl', '  giám   đốc ')).toBe('TL. GIÁM ĐỐC');
    expect(signingLine('tuq', 'Bộ trưởng')).toBe('TUQ. BỘ TRƯỞNG');
    expect(signingLine('q', 'Giám đốc'.normalize('NFD'))).toBe('Q. GIÁM ĐỐC');
    expect(() => signingLine('kt', '  ')).toThrow('Chưa có chức vụ hoặc tên tập thể để ghi ở dòng ký');
    expect(() => signingLine('xx' as never, 'Chủ tịch')).toThrow('Thẩm quyền ký không hợp lệ: "xx"');
  });
});

describe('registers (Phụ lục IV)', () => {
  it('has the 10 columns of the incoming register', () => {
    expect(incomingRegisterColumns.map((c) => `${c.key}:${c.heading}`)).toEqual([
      'arrivedOn:Ngày đến',
      'arrivalNumber:Số đến',
      'issuer:Tác giả',
      'reference:Số, ký hiệu văn bản',
      'issuedOn:Ngày tháng văn bản',
      'typeAndSubject:Tên loại và trích yếu nội dung',
      'recipient:Đơn vị hoặc người nhận',
      'handedOverOn:Ngày chuyển',
      'receivedBy:Ký nhận',
      'note:Ghi chú',
    ]);
  });

  it('has the 10 columns of the outgoing register', () => {
    expect(outgoingRegisterColumns.map((c) => `${c.key}:${c.heading}`)).toEqual([
      'reference:Số, ký hiệu văn bản',
      'issuedOn:Ngày tháng văn bản',
      'typeAndSubject:Tên loại và trích yếu nội dung',
      'signer:Người ký',
      'recipients:Nơi nhận văn bản',
      'keptBy:Đơn vị, người nhận bản lưu',
      'copies:Số lượng bản',
      'handedOverOn:Ngày chuyển',
      'receivedBy:Ký nhận',
      'note:Ghi chú',
    ]);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(incomingRegisterColumns)).toBe(true);
    expect(Object.isFrozen(outgoingRegisterColumns[0])).toBe(true);
    expect(Object.isFrozen(documentTypes)).toBe(true);
    expect(Object.isFrozen(documentTypes[1])).toBe(true);
  });
});
