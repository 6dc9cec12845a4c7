import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocumentPackage,
  EdxmlError,
  packageFromJson,
  packageToJson,
  parseDocumentPackage,
  parseEdxml,
  parseStatusPackage,
  STATUS_CODE_LABELS,
  type StatusCode,
  type StatusPackage,
  statusFor,
  writeDocumentPackage,
  writeEdxml,
  writeStatusPackage,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';

const SDK = 'API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml';

/** Start-tag names in document order. */
const tags = (xml: string) => [...xml.matchAll(/<([\w:]+)[\s/>]/g)].map((m) => m[1]);

/** The MessageHeader children after From, in the order the SDK's serialized sample has them. */
const SDK_HEADER_ORDER = [
  'To',
  'DocumentId',
  'Code',
  'PromulgationInfo',
  'DocumentType',
  'Subject',
  'Content',
  'SignerInfo',
  'DueDate',
  'OtherInfo',
  'ResponseFor',
  'SteeringType',
  'ToPlaces',
];

describe('writing in the national SDK serializer’s form', () => {
  const sdk = fixture(SDK).toString('utf8').replaceAll('\r\n', '\n');
  const written = writeDocumentPackage(parseDocumentPackage(fixture(SDK)).package);
  const withoutSignature = sdk.replace(/ {6}<Signature>[\s\S]*?<\/Signature>\n/, '');

  it('puts the elements in the SDK’s order (signature aside: signEdxml adds it)', () => {
    expect(tags(written)).toEqual(tags(withoutSignature));
    expect(tags(written).slice(4, 11)).toEqual([
      'edXML:From',
      'edXML:OrganId',
      'edXML:OrganizationInCharge',
      'edXML:OrganName',
      'edXML:OrganAdd',
      'edXML:Email',
      'edXML:Telephone',
    ]);
    const header = tags(written).filter((t) => SDK_HEADER_ORDER.includes(t!.replace('edXML:', '')));
    expect(header).toEqual(SDK_HEADER_ORDER.map((t) => `edXML:${t}`));
  });

  it('writes the same text as the SDK, byte for byte apart from line ends and the signature', () => {
    expect(written).toBe(withoutSignature);
  });

  it('uses the standard namespace and date formats even for packages read in other forms', () => {
    const tayninh = parseDocumentPackage(
      fixture('edoc-integrator/edoc-service_edoc_new_tayninh.edxml'),
    ).package;
    const xml = writeDocumentPackage(tayninh);
    expect(xml).toContain('<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<edXML:PromulgationDate>2020/10/30</edXML:PromulgationDate>'); // was 30/10/2020
    const again = parseEdxml(xml);
    expect(again.warnings).toEqual([expect.objectContaining({ code: 'IMPOSSIBLE_DATE_IN_ID' })]); // the id is kept verbatim
    expect(again.package).toEqual(tayninh);
  });

  it('writes status packages in the order of the real ones', () => {
    const status = parseStatusPackage(
      fixture('truclienthong-example/resources_status_acceptance_03.edxml'),
    ).package;
    const xml = writeStatusPackage(status);
    expect(
      tags(xml).filter((t) =>
        /MessageHeader|From|ResponseFor|StaffInfo|StatusCode|Description|Timestamp/.test(t!),
      ),
    ).toEqual([
      'edXML:MessageHeader',
      'edXML:From',
      'edXML:ResponseFor',
      'edXML:StaffInfo',
      'edXML:StatusCode',
      'edXML:Description',
      'edXML:Timestamp',
    ]);
    expect(xml).toContain('<edXML:Timestamp>2015/09/20 11:08:36</edXML:Timestamp>');
    expect(parseEdxml(xml).package).toEqual(status);
  });

  it('refuses values it cannot write, naming the field', () => {
    const base = parseDocumentPackage(fixture(SDK)).package;
    const bad = (change: (d: DocumentPackage) => void) => {
      const copy = structuredClone(base);
      change(copy);
      try {
        writeDocumentPackage(copy);
      } catch (error) {
        expect(error).toBeInstanceOf(EdxmlError);
        return (error as EdxmlError).message;
      }
      throw new Error('written');
    };
    expect(bad((d) => (d.header.dueDate = '2019-02-30'))).toBe(
      "header.dueDate: '2019-02-30' không phải ngày YYYY-MM-DD có thật",
    );
    expect(bad((d) => (d.header.subject = 'a\u0001b'))).toMatch(/^header\.subject: ký tự U\+0001/);
    expect(bad((d) => (d.header.otherInfo!.priority = 9 as 0))).toMatch(/^header\.otherInfo\.priority: 9/);
    expect(bad((d) => (d.header.steeringType = 1.5))).toMatch(
      /^header\.steeringType: 1\.5 không phải số nguyên/,
    );
    expect(() => writeStatusPackage({ kind: 'status', from: {}, statusCode: '07' as StatusCode })).toThrow(
      /statusCode/,
    );
  });
});

describe('status package answering a document', () => {
  it('names the document and defaults the description and the answering agency', () => {
    const document = parseDocumentPackage(
      fixture('truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml'),
    ).package;
    const status = statusFor(document, { statusCode: '03', timestamp: '2026-11-22T09:30:00' });
    expect(status).toEqual({
      kind: 'status',
      from: document.header.to[0],
      responseFor: {
        organId: '000.00.00.G22',
        code: '7816/VPCP-TTĐT',
        promulgationDate: '2019-04-11',
        documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
      },
      statusCode: '03',
      description: 'Đã tiếp nhận',
      timestamp: '2026-11-22T09:30:00',
    });
    expect(parseEdxml(writeEdxml(status)).package).toEqual(status);
    expect(() => statusFor(document, { statusCode: '42' })).toThrow(EdxmlError);
  });
});

// ---------------------------------------------------------------------------------------------------------
// generated models → write → parse → the same model

const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constantFrom(
      'Văn phòng Chính phủ',
      'V/v A & B <C>',
      'TL. BỘ TRƯỞNG',
      ']]>',
      'x\ny',
      '"quoted" \'single\'',
    ),
  )
  .filter((s) => s.trim() === s && s.length > 0 && s.toLowerCase() !== 'null');
const int = fc.integer({ min: 0, max: 99_999 });
const isoDate = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const isoTime = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19));
/** A record of optional fields with at least one present (an empty one reads back as absent). */
const some = <T extends object>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(fields, { requiredKeys: [] }).filter((o) => Object.keys(o).length > 0) as fc.Arbitrary<
    Partial<T>
  >;
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const organization = fc.record(
  {
    organId: text,
    organizationInCharge: text,
    organName: text,
    organAdd: text,
    email: text,
    telephone: text,
    fax: text,
    website: text,
  },
  { requiredKeys: [] },
);
const responseFor = some({ organId: text, code: text, promulgationDate: isoDate, documentId: text });
const staffInfo = some({ department: text, staff: text, mobile: text, email: text });
const bussiness = fc
  .record(
    {
      documentId: text,
      bussinessDocType: fc.constantFrom(0, 1, 2, 3),
      bussinessDocReason: text,
      paper: fc.constantFrom(0, 1),
      bussinessDocumentInfo: fc
        .record(
          {
            documentInfo: fc.constantFrom(0, 1),
            documentReceiver: fc.constantFrom(0, 1),
            receiverList: fc.array(some({ organId: text, receiverType: fc.constantFrom(0, 1) }), {
              maxLength: 3,
            }),
          },
          { requiredKeys: ['receiverList'] },
        )
        .filter((b) => Object.keys(b).length > 1 || b.receiverList.length > 0),
      replacementInfoList: fc.array(
        fc
          .record(
            { documentId: text, organIdList: fc.array(text, { maxLength: 3 }) },
            { requiredKeys: ['organIdList'] },
          )
          .filter((r) => r.documentId !== undefined || r.organIdList.length > 0),
        { maxLength: 2 },
      ),
      staffInfo,
    },
    { requiredKeys: ['replacementInfoList'] },
  )
  .filter((b) => Object.keys(b).length > 1 || b.replacementInfoList.length > 0);

const documentPackage: fc.Arbitrary<DocumentPackage> = fc.record({
  kind: fc.constant('document' as const),
  header: fc.record(
    {
      from: organization,
      to: fc.array(organization, { maxLength: 3 }),
      documentId: text,
      code: some({ codeNumber: text, codeNotation: text }),
      promulgationInfo: some({ place: text, promulgationDate: isoDate }),
      documentType: some({ type: int, typeDetail: int, typeName: text }),
      subject: text,
      content: text,
      signerInfo: some({ competence: text, position: text, fullName: text }),
      dueDate: isoDate,
      toPlaces: fc.array(text, { maxLength: 3 }),
      otherInfo: fc
        .record(
          {
            priority: fc.constantFrom(0, 1, 2, 3, 4),
            sphereOfPromulgation: text,
            typerNotation: text,
            promulgationAmount: int,
            pageAmount: int,
            direction: fc.boolean(),
            appendixes: fc.array(text, { maxLength: 3 }),
          },
          { requiredKeys: ['appendixes'] },
        )
        .filter((o) => Object.keys(o).length > 1 || o.appendixes.length > 0),
      responseFor: fc.array(responseFor, { maxLength: 2 }),
      steeringType: int,
    },
    { requiredKeys: ['from', 'to', 'toPlaces', 'responseFor'] },
  ),
  traceHeaderList: opt(
    fc
      .record(
        { traceHeaders: fc.array(some({ organId: text, timestamp: isoTime }), { maxLength: 3 }), bussiness },
        { requiredKeys: ['traceHeaders'] },
      )
      .filter((t) => t.traceHeaders.length > 0 || t.bussiness !== undefined),
  ),
  manifest: fc.array(some({ contentId: text, contentType: text, description: text, attachmentName: text }), {
    maxLength: 3,
  }),
  attachments: fc.array(
    fc.record(
      {
        contentId: text,
        attachmentName: text,
        description: text,
        contentType: text,
        data: fc.uint8Array({ maxLength: 300 }),
      },
      { requiredKeys: ['data'] },
    ),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<DocumentPackage>;

const statusPackage: fc.Arbitrary<StatusPackage> = fc.record(
  {
    kind: fc.constant('status' as const),
    from: organization,
    responseFor,
    statusCode: fc.constantFrom(...(Object.keys(STATUS_CODE_LABELS) as StatusCode[])),
    description: text,
    timestamp: isoTime,
    staffInfo,
  },
  { requiredKeys: ['kind', 'from', 'statusCode'] },
) as fc.Arbitrary<StatusPackage>;

describe('round trip: generated models → write → parse', () => {
  it('gives back the document package, with no warnings', () => {
    fc.assert(
      fc.property(documentPackage, (model) => {
        const result = parseEdxml(writeDocumentPackage(model));
        expect(result.warnings).toEqual([]);
        expect(result.package).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the status package', () => {
    fc.assert(
      fc.property(statusPackage, (model) => {
        const result = parseEdxml(writeStatusPackage(model));
        expect(result.warnings).toEqual([]);
        expect(result.package).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('the JSON form goes both ways and is checked', () => {
    fc.assert(
      fc.property(fc.oneof(documentPackage, statusPackage), (model) => {
        const json = JSON.parse(JSON.stringify(packageToJson(model)));
        expect(packageFromJson(json)).toEqual(model);
      }),
      { numRuns: 100 },
    );
    expect(() => packageFromJson({ kind: 'document', header: { from: {}, dueDate: '2019/01/01' } })).toThrow(
      "header.dueDate: '2019/01/01' không phải ngày YYYY-MM-DD có thật",
    );
    expect(() => packageFromJson({ kind: 'document', header: { from: {}, colour: 'red' } })).toThrow(
      'header.colour: trường không có trong mô hình',
    );
    expect(() => packageFromJson({ kind: 'status', from: {}, statusCode: '99' })).toThrow(/statusCode/);
    expect(() =>
      packageFromJson({ kind: 'document', header: { from: {} }, attachments: [{ data: '$$' }] }),
    ).toThrow(EdxmlError);
    expect(packageFromJson({ kind: 'document', header: { from: {} } })).toEqual({
      kind: 'document',
      header: { from: {}, to: [], toPlaces: [], responseFor: [] },
      manifest: [],
      attachments: [],
    });
  });
});
