import { describe, expect, it } from 'vitest';
import {
  archiveFileCode,
  fileContentsColumns,
  fileNumber,
  filePlanColumns,
  NotationError,
  retentionText,
} from '../src/index.ts';

describe('work-file forms (Phụ lục V)', () => {
  it('keeps the file number upper-cased and refuses other characters', () => {
    expect(fileNumber(' 01.th ')).toBe('01.TH');
    expect(fileNumber('02.tccb-đt')).toBe('02.TCCB-ĐT');
    expect(() => fileNumber('')).toThrow('Chưa có số và ký hiệu hồ sơ');
    expect(() => fileNumber('01 TH')).toThrow(NotationError);
    expect(() => fileNumber('01..TH')).toThrow(/chỉ gồm chữ cái không dấu/);
    // the archive code is built from the same normalised number
    expect(archiveFileCode('000.06.16.G09', 2010, fileNumber('01.th'))).toBe('000.06.16.G09.2010.01.TH');
  });

  it('writes retention periods as the plan prints them', () => {
    expect(retentionText(null)).toBe('Vĩnh viễn');
    expect(retentionText(20)).toBe('20 năm');
    expect(() => retentionText(0)).toThrow(RangeError);
  });

  it('lists the columns of the file plan and of the list of documents in print order', () => {
    expect(filePlanColumns.map((c) => c.heading)).toEqual([
      'Số và ký hiệu hồ sơ',
      'Tên đề mục và tiêu đề hồ sơ',
      'Thời hạn bảo quản',
      'Người lập hồ sơ',
      'Ghi chú',
    ]);
    expect(fileContentsColumns.map((c) => c.key)).toEqual([
      'position',
      'reference',
      'issuedOn',
      'issuer',
      'subject',
      'sheets',
      'note',
    ]);
    expect(Object.isFrozen(filePlanColumns[0])).toBe(true);
  });
});
