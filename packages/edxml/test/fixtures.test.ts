import { describe, expect, it } from 'vitest';
import {
  type DocumentPackage,
  EdxmlError,
  type EdxmlWarning,
  type ParseResult,
  parseEdxml,
  type StatusPackage,
} from '../src/index.ts';
import { fixture, fixtureNames } from './fixtures.ts';

type Expectation =
  | { rejected: { code: string; path?: string; line?: number; message: RegExp } }
  | { check: (result: ParseResult) => void };

const H = '/edXML/edXMLEnvelope/edXMLHeader';

const codes = (warnings: EdxmlWarning[]) => warnings.map((w) => `${w.code} ${w.path}`);
const doc = (r: ParseResult) => {
  expect(r.package.kind).toBe('document');
  return r.package as DocumentPackage;
};
const status = (r: ParseResult) => {
  expect(r.package.kind).toBe('status');
  return r.package as StatusPackage;
};

/** The big truclienthong samples share most of their header. */
function vpcpSample(r: ParseResult, docType: number, from: string, recipients: string[]) {
  const d = doc(r);
  expect(d.header.from.organId).toBe(from);
  expect(d.header.to.map((t) => t.organId)).toEqual(recipients);
  expect(d.header.documentId).toBe('000.00.00.G22,2015/09/30,7816/VPCP-TTĐT');
  expect(d.traceHeaderList?.bussiness?.bussinessDocType).toBe(docType);
  expect(d.traceHeaderList?.traceHeaders).toEqual([
    { organId: '000.00.00.G22', timestamp: '2018-09-28T00:00:00' },
  ]);
  expect(d.attachments).toHaveLength(1);
  expect(d.attachments[0]!.data.length).toBe(270823);
  expect(r.signature).toBe('present');
  expect(codes(r.warnings)).toContain(`SIGNATURE_NAMESPACE ${H}/Signature`);
  return d;
}

const statusFrom = (r: ParseResult, code: string, description: RegExp) => {
  const s = status(r);
  expect(s.statusCode).toBe(code);
  expect(s.description).toMatch(description);
  expect(s.responseFor?.documentId).toBe('000.00.00.G22,2015/09/30,7816/VPCP-TTĐT');
  expect(r.warnings).toEqual([]);
  return s;
};

const EXPECTED: Record<string, Expectation> = {
  'API-Gateway-iOffice/resources_edoc.edxml': {
    // a JMeter template placeholder was left where the base64 should be
    rejected: {
      code: 'INVALID_BASE64',
      path: '/edXML/AttachmentEncoded/Attachment/ContentTransferEncoded',
      message: /ký tự '\$' ở vị trí 1/,
    },
  },
  'API-Gateway-iOffice/test_user_edxml.xml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header).toEqual({
        from: { organId: 'vxp.saas.03' },
        to: [{ organId: 'vxp.saas.03' }],
        documentId: 'test-doc',
        subject: 'Test',
        toPlaces: [],
        responseFor: [],
      });
      expect(d.traceHeaderList).toBeUndefined();
      expect(d.manifest).toEqual([
        {
          contentId: 'cid:e97bfe2b-24ed-477c-8be0-9d89fc707614',
          contentType: 'text/plain',
          attachmentName: 'clean.txt',
        },
      ]);
      expect(d.attachments[0]!.contentType).toBe('application/zip');
      expect(r.warnings).toEqual([]);
      expect(r.signature).toBe('absent');
    },
  },
  'API-Gateway-iOffice/uploads_1f881896.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.attachments.map((a) => a.attachmentName)).toEqual(['localA.txt', 'localB.txt', 'localC.txt']);
      expect(d.header.signerInfo).toEqual({ fullName: 'Gateway Auto' });
      expect(d.header.otherInfo).toEqual({
        priority: 0,
        sphereOfPromulgation: 'Lưu hành nội bộ',
        typerNotation: 'TVC',
        promulgationAmount: 1,
        pageAmount: 1,
        direction: false,
        appendixes: [],
      });
      // a TraceHeader with a timestamp only
      expect(d.traceHeaderList?.traceHeaders).toEqual([{ timestamp: '2025-10-16T11:04:32' }]);
      expect(r.warnings).toEqual([]);
    },
  },
  'API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header.from.organId).toBe('000.00.15.H51');
      expect(d.header.code).toEqual({ codeNumber: '1223412', codeNotation: 'PRO-TEST-CASE1' });
      expect(d.header.promulgationInfo).toEqual({ place: 'Hà Nội', promulgationDate: '2019-01-17' });
      expect(d.header.dueDate).toBe('2018-06-25');
      expect(d.header.responseFor).toEqual([]); // written <edXML:ResponseFor />
      expect(d.header.steeringType).toBe(1);
      expect(d.header.toPlaces).toEqual(['Các bộ']);
      expect(d.traceHeaderList?.traceHeaders.map((t) => t.organId)).toEqual(['01.02.G22', '001.00.20.TT2']);
      expect(r.signature).toBe('present');
      expect(codes(r.warnings)).toEqual([`SIGNATURE_NAMESPACE ${H}/Signature`]);
    },
  },
  'API-Gateway-iOffice/xml_2025_10_874e0f18-gateway-pdf.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.traceHeaderList?.traceHeaders).toEqual([
        { timestamp: '2025-10-23T16:28:42' },
        { timestamp: '2025-10-23T16:28:43' },
      ]);
      expect(codes(r.warnings)).toEqual([`NULL_ORGAN_ID ${H}/TraceHeaderList/TraceHeader[1]/OrganId`]);
      expect(d.attachments[0]!.contentType).toBe('application/pdf'); // says pdf, is a zip
      expect(d.attachments[0]!.data.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    },
  },
  'API-Gateway-iOffice/xml_2025_10_9e272474-gateway.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header.documentType).toEqual({ type: 2, typeDetail: 1, typeName: 'Báo cáo' });
      expect(d.header.otherInfo?.priority).toBe(1);
      expect(d.header.otherInfo?.direction).toBe(true);
      expect(d.header.otherInfo?.appendixes).toEqual(['Phụ lục 1', 'Phụ lục 2']);
      expect(d.header.steeringType).toBe(2);
      expect(codes(r.warnings)).toEqual([`NULL_ORGAN_ID ${H}/TraceHeaderList/TraceHeader[1]/OrganId`]);
      expect(Buffer.from(d.attachments[0]!.data.slice(0, 5)).toString()).toBe('%PDF-');
    },
  },
  'edoc-integrator/edoc-service_edoc_new_tayninh.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header.promulgationInfo?.promulgationDate).toBe('2020-10-30'); // written 30/10/2020
      expect(d.header.signerInfo).toBeUndefined(); // all three children empty
      expect(d.header.dueDate).toBeUndefined(); // <DueDate></DueDate>
      expect(d.header.from).toEqual({
        organId: '000.00.11.H53',
        organizationInCharge: 'Tỉnh Tây Ninh',
        organName: 'Sở Tính',
        email: 'stc@tayninh.gov.vn',
      });
      expect(d.manifest[0]!.contentId).toBe('cid:209');
      expect(codes(r.warnings)).toEqual([
        `SIGNATURE_NAMESPACE ${H}/Signature`,
        `NONSTANDARD_DATE ${H}/MessageHeader/PromulgationInfo/PromulgationDate`,
        `IMPOSSIBLE_DATE_IN_ID ${H}/TraceHeaderList/Bussiness/DocumentId`,
      ]);
      expect(r.warnings[1]!.message).toMatch(/dd\/MM\/yyyy/);
    },
  },
  'edoc-integrator/edoc-service_status_processing_05.edxml': {
    check: (r) => {
      const s = status(r);
      expect(s).toEqual({
        kind: 'status',
        from: {
          organId: '000.00.00.H41',
          organName: 'UBND Tỉnh Nghệ An',
          organizationInCharge: 'UBND Tỉnh Nghệ An',
          organAdd: 'Số 03, đường Trường Thi, Thành phố Vinh, Tỉnh Nghệ An, Việt Nam',
          email: 'nghean@gov.vn',
          telephone: '0383 840418',
          fax: '0383 843049',
          website: 'www.nghean.vn',
        },
        responseFor: {
          organId: '000.00.00.G22',
          code: '7816/VPCP-TTĐT',
          promulgationDate: '2015-09-30',
          documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
        },
        staffInfo: {
          department: 'Phong hanh chinh',
          staff: 'Nguyen thi ngoc tram',
          mobile: '84912000001',
          email: 'ngoctram@nghean.vn',
        },
        statusCode: '05',
        description: 'Đang xử lý văn bản đến',
        timestamp: '2015-09-20T11:08:36',
      });
    },
  },
  'tltvbqn/resources_edoc.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header.from.organId).toBe('14.00.W00');
      expect(d.header.responseFor).toEqual([]); // children present but empty
      expect(codes(r.warnings)).toEqual([
        `UNDECLARED_PREFIX ${'/edXML/edXMLEnvelope/edXMLBody/edXMLManifest/Reference'}`, // xlink:href
        'UNDECLARED_PREFIX /edXML/AttachmentEncoded', // edXML: outside the envelope
      ]);
      expect(r.signature).toBe('present'); // in the XML-DSig namespace: no warning
      expect(Buffer.from(d.attachments[0]!.data.slice(0, 8)).toString()).toBe('%PDF-1.5');
      expect(d.attachments[0]!.data.length).toBe(284937);
    },
  },
  'tltvbqn/resources_edoc_new.edxml': {
    check: (r) => {
      const d = vpcpSample(r, 0, '000.00.00.K19', ['000.00.50.H19']);
      expect(d.header.code?.codeNumber).toBe('781622e22');
      expect(d.header.promulgationInfo?.promulgationDate).toBe('2018-10-19');
    },
  },
  'truclienthong-example/resources_edoc.edxml': {
    // <edXML:From> opened inside <edXML:From> and never closed: not well-formed
    rejected: {
      code: 'XML_SYNTAX',
      line: 74,
      message:
        /Expected closing tag 'edXML:From' \(opened in line 7, col 9\) instead of closing tag 'edXML:MessageHeader'/,
    },
  },
  'truclienthong-example/resources_edoc_new.edxml': {
    check: (r) => {
      const d = vpcpSample(r, 0, '000.00.00.A80', ['28.22.H17']);
      expect(d.traceHeaderList?.bussiness?.documentId).toBe('000.00.00.G22,2014/02/30,7806/VPCP-TTĐT');
      const w = r.warnings.find((x) => x.code === 'IMPOSSIBLE_DATE_IN_ID');
      expect(w?.path).toBe(`${H}/TraceHeaderList/Bussiness/DocumentId`);
      expect(w?.message).toMatch(/tháng 2\/2014 chỉ có 28 ngày/);
    },
  },
  'truclienthong-example/resources_edoc_replacement.edxml': {
    check: (r) => {
      const d = vpcpSample(r, 3, '000.00.00.G22', ['000.00.00.H41', '000.00.00.H14', '000.00.00.G17']);
      expect(d.traceHeaderList?.bussiness?.replacementInfoList).toEqual([
        {
          documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT',
          organIdList: ['000.00.00.H41', '000.00.00.H14'],
        },
        {
          documentId: '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT',
          organIdList: ['000.00.00.H41', '000.00.00.H14'],
        },
      ]);
      expect(d.traceHeaderList?.bussiness?.bussinessDocReason).toBe('Văn bản thay thế');
    },
  },
  'truclienthong-example/resources_edoc_revocation.edxml': {
    check: (r) => {
      const d = vpcpSample(r, 1, '000.00.00.G22', ['000.00.00.H41', '000.00.00.H14', '000.00.00.G17']);
      expect(d.header.responseFor).toEqual([
        {
          organId: '000.00.00.H14',
          code: '267/VPCP-TTĐT',
          documentId: '000.00.04.G14,2012/08/06,267/VPCP-TTĐT',
          promulgationDate: '2018-09-28',
        },
      ]);
      expect(d.traceHeaderList?.bussiness?.documentId).toBeUndefined();
    },
  },
  'truclienthong-example/resources_edoc_update.edxml': {
    check: (r) => {
      const d = vpcpSample(r, 2, '000.00.00.G22', ['000.00.00.H41', '000.00.00.H14', '000.00.00.G17']);
      expect(d.traceHeaderList?.bussiness?.bussinessDocumentInfo).toEqual({
        documentInfo: 1,
        documentReceiver: 1,
        receiverList: [
          { organId: '000.00.00.H41', receiverType: 0 },
          { organId: '000.00.00.H14', receiverType: 1 },
        ],
      });
    },
  },
  'truclienthong-example/resources_status.edxml': {
    check: (r) => {
      const s = statusFrom(r, '01', /Đã đến/);
      expect(s.timestamp).toBe('2018-09-28T17:25:11');
      expect(s.responseFor?.promulgationDate).toBe('2018-09-28');
    },
  },
  'truclienthong-example/resources_status_acceptance_03.edxml': {
    check: (r) => statusFrom(r, '03', /Tiếp nhận văn bản điện tử/),
  },
  'truclienthong-example/resources_status_assignment_04.edxml': {
    check: (r) => statusFrom(r, '04', /Phân công xử lý/),
  },
  'truclienthong-example/resources_status_cancellation_13.edxml': {
    check: (r) => {
      const s = statusFrom(r, '13', /yêu cầu lấy lại/);
      expect(s.from.organId).toBe('000.00.00.G22');
    },
  },
  'truclienthong-example/resources_status_change-acceptance_15.edxml': {
    check: (r) => statusFrom(r, '15', /đồng ý yêu cầu cập nhật/),
  },
  'truclienthong-example/resources_status_change-rejection_16.edxml': {
    check: (r) => statusFrom(r, '16', /từ chối yêu cầu cập nhật/),
  },
  'truclienthong-example/resources_status_finish_06.edxml': {
    check: (r) => statusFrom(r, '06', /hoàn thành xử lý/),
  },
  'truclienthong-example/resources_status_inbox__01.edxml': {
    check: (r) => {
      const s = statusFrom(r, '01', /Đã đến/);
      expect(s.staffInfo?.department).toBe('Phong hanh chinh');
    },
  },
  'truclienthong-example/resources_status_processing_05.edxml': {
    check: (r) => statusFrom(r, '05', /Đang xử lý/),
  },
  'truclienthong-example/resources_status_rejection_02.edxml': {
    check: (r) => statusFrom(r, '02', /Từ chối không tiếp nhận/),
  },
  'truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml': {
    check: (r) => {
      const d = doc(r);
      expect(d.header.to.map((t) => t.organName)).toEqual([
        'UBND Tỉnh Nghệ An',
        'UBND Tỉnh Cao Bằng',
        'Sở Thông tin truyền thông Hải Phòng',
      ]);
      expect(d.header.code).toEqual({ codeNumber: '7816', codeNotation: 'VPCP-TTĐT' });
      // Bussiness before TraceHeader in this one
      expect(d.traceHeaderList?.traceHeaders).toEqual([
        { organId: '000.00.00.G22', timestamp: '2019-04-11T00:00:00' },
      ]);
      expect(d.attachments[0]!.data.length).toBe(4151);
    },
  },
};

describe('every real package in shared/fixtures/edxml', () => {
  it('has an expectation for each file and a file for each expectation', () => {
    expect(fixtureNames().filter((n) => !n.endsWith('.txt'))).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const bytes = fixture(name);
      if ('rejected' in expected) {
        let error: unknown;
        try {
          parseEdxml(bytes);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(EdxmlError);
        const e = error as EdxmlError;
        expect(e.code).toBe(expected.rejected.code);
        if (expected.rejected.path) expect(e.path).toBe(expected.rejected.path);
        if (expected.rejected.line) expect(e.line).toBe(expected.rejected.line);
        expect(e.message).toMatch(expected.rejected.message);
      } else {
        expected.check(parseEdxml(bytes));
      }
    });
  }
});
