import { describe, expect, it } from 'vitest';
import { documentIdProblems, formatDocumentId, readDocumentId, validateEdxml } from '../src/index.ts';
import { fixture } from './fixtures.ts';

describe('DocumentId {organId},{yyyy/MM/dd},{number}/{notation}', () => {
  it('reads the identifiers of the real packages', () => {
    expect(readDocumentId('000.00.00.G22,2015/09/30,7816/VPCP-TTĐT')).toEqual({
      ok: true,
      value: { organId: '000.00.00.G22', date: '2015-09-30', number: '7816', notation: 'VPCP-TTĐT' },
    });
    expect(readDocumentId('000.00.11.H53,2020/10/30,2491/STC-BCTC')).toMatchObject({ ok: true });
    const parts = { organId: '000.00.04.G14', date: '2012-08-06', number: '267', notation: 'VPCP-TTĐT' };
    expect(formatDocumentId(parts)).toBe('000.00.04.G14,2012/08/06,267/VPCP-TTĐT');
    expect(readDocumentId(formatDocumentId(parts))).toEqual({ ok: true, value: parts });
  });

  it('checks the agency code with the agency-code validator, the date and the number', () => {
    expect(documentIdProblems('000.00.00.G22,2014/02/30,7806/VPCP-TTĐT')).toEqual([
      "Ngày '2014/02/30': '2014/02/30' không phải ngày có thật: tháng 2/2014 chỉ có 28 ngày (không có ngày 30)",
    ]);
    expect(documentIdProblems('28.22.H17,2015/09/30,7816/VPCP')).toEqual([
      "Mã cơ quan '28.22.H17': Mã định danh phải có đúng 13 ký tự (đang có 9)",
    ]);
    expect(documentIdProblems('000.00.00.G22,30/09/2015,7816/VPCP')).toEqual([
      "Ngày '30/09/2015' phải viết yyyy/MM/dd",
    ]);
    expect(documentIdProblems('000.00.00.G22,2015/09/30,7816')).toEqual([
      "Thiếu ký hiệu văn bản sau dấu / trong '7816'",
    ]);
    expect(documentIdProblems('000.00.00.G22,2015/09/30,abc/VPCP')).toEqual(["Số văn bản 'abc' phải là số"]);
    expect(documentIdProblems('9fbfbad2-f1f8-4256-a2eb-50fb1061cddb')[0]).toMatch(
      /3 phần cách nhau bởi dấu phẩy/,
    );
  });
});

describe('validateEdxml: the rules beyond syntax', () => {
  it('a real status package that follows them', () => {
    expect(validateEdxml(fixture('truclienthong-example/resources_status.edxml'))).toMatchObject({
      valid: true,
      errors: [],
    });
  });

  it('lists what a real document package breaks', () => {
    const result = validateEdxml(
      fixture('truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml'),
    );
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      'header.documentId: Ngày trong mã văn bản (2015-09-30) khác ngày ban hành (2019-04-11)',
      "traceHeaderList.bussiness.documentId: Ngày '2014/02/30': '2014/02/30' không phải ngày có thật: tháng 2/2014 chỉ có 28 ngày (không có ngày 30)",
    ]);
  });

  it('gateway packages: identifiers that are not agency codes, ids that are UUIDs', () => {
    const result = validateEdxml(fixture('API-Gateway-iOffice/test_user_edxml.xml'));
    expect(result.errors).toEqual([
      "header.from.organId: 'vxp.saas.03': Mã định danh phải có đúng 13 ký tự (đang có 11)",
      "header.to[0].organId: 'vxp.saas.03': Mã định danh phải có đúng 13 ký tự (đang có 11)",
      "header.documentId: Mã văn bản 'test-doc' phải có dạng {mã cơ quan},{yyyy/MM/dd},{số}/{ký hiệu} (3 phần cách nhau bởi dấu phẩy)",
      'header.code.codeNumber: Thiếu số văn bản',
      'header.code.codeNotation: Thiếu ký hiệu văn bản',
      'header.promulgationInfo.promulgationDate: Thiếu ngày ban hành',
    ]);
  });

  it('a rejected package is invalid with the parser’s reason', () => {
    const result = validateEdxml(fixture('API-Gateway-iOffice/resources_edoc.edxml'));
    expect(result).toMatchObject({ valid: false });
    expect(result.errors[0]).toMatch(/ContentTransferEncoded: Nội dung không phải base64/);
  });
});
