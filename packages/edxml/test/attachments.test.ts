import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachmentFile,
  type DocumentPackage,
  decodeBase64,
  EdxmlError,
  isZip,
  parseDocumentPackage,
  parseEdxml,
  parseNestedPackage,
  unzip,
  writeDocumentPackage,
  zip,
  zipAttachment,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';

const doc = (name: string) => parseDocumentPackage(fixture(name)).package;

function rejection(run: () => unknown): EdxmlError {
  try {
    run();
  } catch (error) {
    if (error instanceof EdxmlError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('base64', () => {
  it('is strict: alphabet, padding, length', () => {
    expect(Buffer.from(decodeBase64('aGVs\nbG8=', 'p')).toString()).toBe('hello');
    expect(rejection(() => decodeBase64('aGVsbG8', 'p')).message).toBe(
      'p: Nội dung không phải base64: 7 ký tự, không phải bội số của 4',
    );
    expect(rejection(() => decodeBase64('aG=sbG8=', 'p')).code).toBe('INVALID_BASE64');
    expect(rejection(() => decodeBase64('aGVs*G8=', 'p')).message).toMatch(/ký tự '\*' ở vị trí 5/);
  });

  it('the fast path accepts exactly what a strict reading accepts', () => {
    const strict = (text: string): string | undefined => {
      const compact = text.replace(/[\t\n\r ]/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
      return Buffer.from(compact, 'base64').toString('hex');
    };
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
    const near = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64')),
      fc.string({
        unit: fc.constantFrom(...alphabet, '=', ' ', '\n', '-', '_', '$', '.', 'é'),
        maxLength: 24,
      }),
    );
    const mutated = fc
      .tuple(near, fc.nat(), fc.constantFrom('', '=', '==', ' ', '*', 'A', '\u00ff', '\n'))
      .map(
        ([text, at, insert]) =>
          text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
      );
    fc.assert(
      fc.property(fc.oneof(near, mutated), (text) => {
        let got: string | undefined;
        try {
          got = Buffer.from(decodeBase64(text, 'p')).toString('hex');
        } catch (error) {
          expect(error).toBeInstanceOf(EdxmlError);
        }
        expect(got).toBe(strict(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('zipped attachments (the SDK zips every file)', () => {
  it('opens the SDK’s zip and keeps the attachment’s own name', () => {
    const [attachment] = doc('API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml').attachments;
    const file = attachmentFile(attachment!);
    expect(file).toMatchObject({
      name: 'GUIDE_INSTALL OPENVPN.SIGNED.PDF',
      zipped: true,
      entryName: '5c7082fe-4ac3-4b46-961e-e2439bfae484.PDF',
    });
    expect(file.data.length).toBe(17);
  });

  it('opens a zip sent as application/pdf and leaves a bare PDF alone', () => {
    const zipped = attachmentFile(
      doc('API-Gateway-iOffice/xml_2025_10_874e0f18-gateway-pdf.edxml').attachments[0]!,
    );
    expect(zipped.zipped).toBe(true);
    expect(Buffer.from(zipped.data.slice(0, 5)).toString()).toBe('%PDF-');
    expect(zipped.data.length).toBe(11229);
    const bare = attachmentFile(
      doc('API-Gateway-iOffice/xml_2025_10_9e272474-gateway.edxml').attachments[0]!,
    );
    expect(bare.zipped).toBe(false);
    expect(bare.data.length).toBe(18839);
  });

  it('reads the three text files of the gateway package', () => {
    const texts = doc('API-Gateway-iOffice/uploads_1f881896.edxml').attachments.map((a) =>
      Buffer.from(attachmentFile(a).data).toString('utf8'),
    );
    expect(texts).toEqual(['LOCAL AGG A', 'LOCAL AGG B', 'LOCAL AGG C']);
  });

  it('writes what it reads: zip → unzip, and a zipped attachment through a package', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 20 }).filter((n) => !n.endsWith('/')),
            data: fc.uint8Array({ maxLength: 2000 }),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (entries) => {
          const back = unzip(zip(entries));
          expect(back.map((e) => [e.name, Buffer.from(e.data).toString('hex')])).toEqual(
            entries.map((e) => [e.name, Buffer.from(e.data).toString('hex')]),
          );
        },
      ),
      { numRuns: 50 },
    );
    const file = new TextEncoder().encode('Nội dung tệp đính kèm');
    const attachment = zipAttachment({ name: 'cong-van.txt', data: file, contentId: 'cid:1' });
    const pkg: DocumentPackage = {
      kind: 'document',
      header: { from: { organId: '000.00.00.H41' }, to: [], toPlaces: [], responseFor: [] },
      manifest: [{ contentId: 'cid:1', contentType: 'text/plain', attachmentName: 'cong-van.txt' }],
      attachments: [attachment],
    };
    const read = parseDocumentPackage(writeDocumentPackage(pkg)).package;
    expect(read.attachments[0]!.contentType).toBe('application/zip');
    expect(Buffer.from(attachmentFile(read.attachments[0]!).data).toString('utf8')).toBe(
      'Nội dung tệp đính kèm',
    );
  });

  it('rejects a zip bomb with a bounded inflate, even when the header lies about the size', () => {
    const bomb = zip([{ name: 'bomb.txt', data: new Uint8Array(50 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    const honest = rejection(() => unzip(bomb, { maxOutputBytes: 1024 * 1024 }));
    expect(honest.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(honest.message).toMatch(/giải nén ra 52428800 byte, vượt giới hạn 1048576 byte/);
    // claim 1 KiB in the central directory: inflate itself stops at the limit
    const liar = Buffer.from(bomb);
    const cd = liar.readUInt32LE(liar.length - 6);
    liar.writeUInt32LE(1024, cd + 24);
    const lied = rejection(() => unzip(liar, { maxOutputBytes: 1024 * 1024 }));
    expect(lied.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(lied.message).toMatch(/zip bomb/);
    const attachment = { attachmentName: 'bomb.txt', data: bomb };
    expect(rejection(() => attachmentFile(attachment, { maxOutputBytes: 1024 * 1024 })).code).toBe(
      'ATTACHMENT_TOO_LARGE',
    );
  });

  it('rejects damaged zips', () => {
    const good = Buffer.from(zip([{ name: 'a.txt', data: new TextEncoder().encode('hello hello hello') }]));
    expect(isZip(good)).toBe(true);
    const crc = Buffer.from(good);
    crc[14] = crc[14]! ^ 0xff;
    crc.writeUInt32LE(crc.readUInt32LE(14), crc.readUInt32LE(crc.length - 6) + 16);
    expect(rejection(() => unzip(crc)).message).toMatch(/sai CRC-32/);
    expect(rejection(() => unzip(good.subarray(0, good.length - 10))).message).toMatch(/thư mục trung tâm/);
    const data = Buffer.from(good);
    data[30 + 5] = 0xff; // inside the deflate stream
    expect(rejection(() => unzip(data)).code).toMatch(/INVALID_ZIP|ATTACHMENT_TOO_LARGE/);
  });
});

describe('an attachment that is itself an edXML package', () => {
  it('parses the package zipped inside resources_edoc_new (the tltvbqn package with a real PDF)', () => {
    const outer = doc('truclienthong-example/resources_edoc_new.edxml');
    const nested = parseNestedPackage(outer.attachments[0]!);
    expect(nested?.package.kind).toBe('document');
    const inner = nested!.package as DocumentPackage;
    expect(inner.header.from.organId).toBe('14.00.W00');
    expect(inner).toEqual(doc('tltvbqn/resources_edoc.edxml'));
    expect(Buffer.from(inner.attachments[0]!.data.slice(0, 5)).toString()).toBe('%PDF-');
  });

  it('reports why a nested package is rejected (xml_dc0bdef0 carries the malformed nested-From sample)', () => {
    const outer = doc('truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml');
    const e = rejection(() => parseNestedPackage(outer.attachments[0]!));
    expect([e.code, e.line]).toEqual(['XML_SYNTAX', 74]);
  });

  it('returns undefined for an attachment that is not a package', () => {
    expect(
      parseNestedPackage(doc('API-Gateway-iOffice/uploads_1f881896.edxml').attachments[0]!),
    ).toBeUndefined();
    expect(parseEdxml(fixture('API-Gateway-iOffice/uploads_1f881896.edxml')).package.kind).toBe('document');
  });
});
