import { describe, expect, it } from 'vitest';
import {
  type DocumentPackage,
  EDXML_NAMESPACE,
  EdxmlError,
  parseDocumentPackage,
  parseEdxml,
  parseStatusPackage,
  readDate,
  readTimestamp,
  type StatusPackage,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';

const NS = EDXML_NAMESPACE;
const H = '/edXML/edXMLEnvelope/edXMLHeader/MessageHeader';

function pkg(header: string, rest = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="${NS}"><edXML:edXMLEnvelope xmlns:edXML="${NS}"><edXML:edXMLHeader><edXML:MessageHeader>${header}</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope>${rest}</edXML>`;
}

const FROM = '<edXML:From><edXML:OrganId>000.00.00.G22</edXML:OrganId></edXML:From>';

function rejection(input: string | Uint8Array): EdxmlError {
  try {
    parseEdxml(input);
  } catch (error) {
    if (error instanceof EdxmlError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('tolerated variants, reported as warnings', () => {
  it('skips bytes before <?xml (the JDK sample starts "1212<?xml") and says how many', () => {
    const original = fixture('API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml');
    const junk = Buffer.concat([Buffer.from('1212'), original]);
    const result = parseEdxml(junk);
    expect(result.package).toEqual(parseEdxml(original).package);
    expect(result.warnings[0]).toEqual({
      code: 'LEADING_BYTES',
      path: '/',
      message: "Bỏ qua 4 byte trước phần khai báo XML ('1212')",
    });
  });

  it('takes a UTF-8 byte order mark silently', () => {
    const result = parseEdxml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pkg(FROM))]));
    expect(result.warnings).toEqual([]);
  });

  it('reads dd/MM/yyyy dates and timestamps and reports the format', () => {
    const status = parseStatusPackage(
      pkg(
        `${FROM}<edXML:StatusCode>03</edXML:StatusCode><edXML:Timestamp>20/09/2015 11:08:36</edXML:Timestamp>` +
          '<edXML:ResponseFor><edXML:PromulgationDate>30/09/2015</edXML:PromulgationDate></edXML:ResponseFor>',
      ),
    );
    expect(status.package.timestamp).toBe('2015-09-20T11:08:36');
    expect(status.package.responseFor?.promulgationDate).toBe('2015-09-30');
    expect(status.warnings.map((w) => [w.code, w.path])).toEqual([
      ['NONSTANDARD_DATE', `${H}/ResponseFor/PromulgationDate`],
      ['NONSTANDARD_DATE', `${H}/Timestamp`],
    ]);
    expect(status.warnings[1]!.message).toMatch(/dd\/MM\/yyyy HH:mm:ss, chuẩn là yyyy\/MM\/dd HH:mm:ss/);
  });

  it('reads unprefixed elements in the default namespace the same as prefixed ones', () => {
    const prefixed = fixture('truclienthong-example/resources_status.edxml').toString('utf8');
    const unprefixed = prefixed.replaceAll('edXML:', '').replace(/ xmlns:edXML="[^"]*"/g, '');
    expect(unprefixed).not.toContain('edXML:');
    const a = parseEdxml(prefixed);
    const b = parseEdxml(unprefixed);
    expect(b.package).toEqual(a.package);
    expect(b.warnings).toEqual([]);
  });

  it('reads elements with no namespace at all, once reported', () => {
    const text = pkg(FROM)
      .replace(`<edXML xmlns="${NS}">`, '<edXML>') // root and attachments outside the namespace
      .replace(
        '</edXML>',
        '<AttachmentEncoded><Attachment><ContentId>1</ContentId></Attachment></AttachmentEncoded></edXML>',
      );
    const result = parseDocumentPackage(text);
    expect(result.package.attachments).toEqual([{ contentId: '1', data: new Uint8Array(0) }]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['NOT_IN_NAMESPACE', '/edXML'],
      ['NOT_IN_NAMESPACE', '/edXML/AttachmentEncoded'],
    ]);
  });

  it('turns an organisation id written "null" into no id, with a warning', () => {
    const result = parseDocumentPackage(
      pkg('<edXML:From><edXML:OrganId>null</edXML:OrganId><edXML:OrganName>X</edXML:OrganName></edXML:From>'),
    );
    expect(result.package.header.from).toEqual({ organName: 'X' });
    expect(result.warnings).toEqual([
      {
        code: 'NULL_ORGAN_ID',
        path: `${H}/From/OrganId`,
        message: "Mã định danh ghi chữ 'null': coi như không có",
      },
    ]);
  });

  it('reads a one-digit status code as two digits, with a warning', () => {
    const result = parseStatusPackage(pkg(`${FROM}<edXML:StatusCode>3</edXML:StatusCode>`));
    expect(result.package.statusCode).toBe('03');
    expect(result.warnings[0]!.code).toBe('NONSTANDARD_VALUE');
  });

  it('reports and skips unknown and foreign elements', () => {
    const result = parseDocumentPackage(
      pkg(`${FROM}<edXML:Colour>red</edXML:Colour><x:Y xmlns:x="urn:x">1</x:Y>`),
    );
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['UNKNOWN_ELEMENT', `${H}/Colour`],
      ['FOREIGN_NAMESPACE', `${H}/Y`],
    ]);
  });

  it('decodes the predefined entities and character references', () => {
    const result = parseDocumentPackage(
      pkg(`${FROM}<edXML:Subject>V/v A &amp; B &lt;C&gt; &#x110;&#7855;k <![CDATA[<raw>]]></edXML:Subject>`),
    );
    expect(result.package.header.subject).toBe('V/v A & B <C> Đắk <raw>');
  });
});

describe('rejected with the element path and what is wrong', () => {
  it('an impossible date (30 February) is an error, never a value', () => {
    const e = rejection(
      pkg(
        `${FROM}<edXML:PromulgationInfo><edXML:PromulgationDate>2019/02/30</edXML:PromulgationDate></edXML:PromulgationInfo>`,
      ),
    );
    expect(e.code).toBe('IMPOSSIBLE_DATE');
    expect(e.path).toBe(`${H}/PromulgationInfo/PromulgationDate`);
    expect(e.message).toMatch(/tháng 2\/2019 chỉ có 28 ngày \(không có ngày 30\)/);
    expect(rejection(pkg(`${FROM}<edXML:DueDate>31/04/2020</edXML:DueDate>`)).code).toBe('IMPOSSIBLE_DATE');
    expect(
      parseDocumentPackage(pkg(`${FROM}<edXML:DueDate>2020/02/29</edXML:DueDate>`)).package.header.dueDate,
    ).toBe('2020-02-29');
    const time = rejection(
      pkg(
        `${FROM}<edXML:StatusCode>01</edXML:StatusCode><edXML:Timestamp>2019/01/01 24:00:00</edXML:Timestamp>`,
      ),
    );
    expect([time.code, time.path]).toEqual(['IMPOSSIBLE_DATE', `${H}/Timestamp`]);
    const garbage = rejection(pkg(`${FROM}<edXML:DueDate>next week</edXML:DueDate>`));
    expect([garbage.code, garbage.path]).toEqual(['INVALID_DATE', `${H}/DueDate`]);
  });

  it('a From nested in a From is an error naming the inner one', () => {
    const e = rejection(
      pkg(
        `<edXML:From>${FROM}</edXML:From><edXML:To><edXML:OrganId>000.00.00.H41</edXML:OrganId></edXML:To>`,
      ),
    );
    expect(e.code).toBe('NESTED_ELEMENT');
    expect(e.path).toBe(`${H}/From/From`);
  });

  it('a repeated single element is an error on the second one', () => {
    const e = rejection(pkg(`${FROM}<edXML:Subject>a</edXML:Subject><edXML:Subject>b</edXML:Subject>`));
    expect([e.code, e.path]).toEqual(['DUPLICATE_ELEMENT', `${H}/Subject[2]`]);
    expect(e.message).toMatch(/xuất hiện 2 lần/);
  });

  it('values outside the code tables and malformed numbers are errors', () => {
    const p = rejection(pkg(`${FROM}<edXML:OtherInfo><edXML:Priority>7</edXML:Priority></edXML:OtherInfo>`));
    expect([p.code, p.path]).toEqual(['UNKNOWN_CODE', `${H}/OtherInfo/Priority`]);
    const s = rejection(pkg(`${FROM}<edXML:StatusCode>99</edXML:StatusCode>`));
    expect([s.code, s.path]).toEqual(['UNKNOWN_CODE', `${H}/StatusCode`]);
    const n = rejection(pkg(`${FROM}<edXML:SteeringType>one</edXML:SteeringType>`));
    expect([n.code, n.path, n.message]).toEqual([
      'INVALID_VALUE',
      `${H}/SteeringType`,
      `${H}/SteeringType: 'one' không phải số nguyên`,
    ]);
    const b = rejection(
      pkg(`${FROM}<edXML:OtherInfo><edXML:Direction>maybe</edXML:Direction></edXML:OtherInfo>`),
    );
    expect(b.code).toBe('INVALID_VALUE');
  });

  it('structure: missing envelope parts, text where elements belong, elements where text belongs', () => {
    expect(rejection(pkg('<edXML:To/>')).message).toBe(`${H}: Thiếu phần tử <From>`);
    expect(rejection(`<edXML xmlns="${NS}"/>`).code).toBe('MISSING_ELEMENT');
    expect(rejection(pkg(`${FROM}<edXML:Subject><b>x</b></edXML:Subject>`)).code).toBe('UNEXPECTED_CONTENT');
    expect(rejection(pkg(`<edXML:From>stray text</edXML:From>`)).path).toBe(`${H}/From`);
    expect(rejection('<html><body/></html>').code).toBe('NOT_EDXML');
    expect(rejection('<edXML xmlns="urn:other"/>').code).toBe('NOT_EDXML');
  });

  it('bytes that are not UTF-8, or another declared encoding', () => {
    expect(rejection(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e])).code).toBe(
      'NOT_UTF8',
    );
    expect(rejection('<?xml version="1.0" encoding="windows-1258"?><edXML/>').code).toBe(
      'UNSUPPORTED_ENCODING',
    );
  });

  it('an undefined entity is an error (no DTD is read to define it)', () => {
    const e = rejection(pkg(`${FROM}<edXML:Subject>&nbsp;</edXML:Subject>`));
    expect([e.code, e.path]).toEqual(['UNDEFINED_ENTITY', `${H}/Subject`]);
  });

  it('a document package where a status package is expected, and the reverse', () => {
    expect(() => parseStatusPackage(pkg(FROM))).toThrow(/thiếu StatusCode/);
    expect(() => parseDocumentPackage(pkg(`${FROM}<edXML:StatusCode>01</edXML:StatusCode>`))).toThrow(
      EdxmlError,
    );
  });
});

describe('dates', () => {
  it('reads the standard and tolerated forms and refuses days that do not exist', () => {
    expect(readDate('2019/01/16')).toMatchObject({ ok: true, iso: '2019-01-16', standard: true });
    expect(readDate('16/01/2019')).toMatchObject({ ok: true, iso: '2019-01-16', standard: false });
    expect(readDate('2019-1-6')).toMatchObject({ ok: true, iso: '2019-01-06', standard: false });
    expect(readDate('2014/02/30')).toMatchObject({ ok: false, impossible: true });
    expect(readDate('2000/02/29')).toMatchObject({ ok: true });
    expect(readDate('1900/02/29')).toMatchObject({ ok: false, impossible: true });
    expect(readDate('2019/13/01')).toMatchObject({ ok: false, impossible: true });
    expect(readTimestamp('2018/09/28 17:25:11')).toMatchObject({
      ok: true,
      iso: '2018-09-28T17:25:11',
      standard: true,
    });
    expect(readTimestamp('28/09/2018 17:25:11')).toMatchObject({
      ok: true,
      iso: '2018-09-28T17:25:11',
      standard: false,
    });
    expect(readTimestamp('2018/09/28 17:61:11')).toMatchObject({ ok: false, impossible: true });
    expect(readTimestamp('2018/09/28')).toMatchObject({ ok: false, impossible: false });
  });

  it('keeps the model as documented: ISO dates and local timestamps', () => {
    const d = parseDocumentPackage(fixture('truclienthong-example/resources_edoc_new.edxml'))
      .package as DocumentPackage;
    expect(d.header.promulgationInfo?.promulgationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const s = parseStatusPackage(fixture('truclienthong-example/resources_status.edxml'))
      .package as StatusPackage;
    expect(s.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });
});
