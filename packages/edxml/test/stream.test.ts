import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocumentPackage,
  EDXML_NAMESPACE,
  EdxmlError,
  parseEdxml,
  parseEdxmlStream,
  type StreamOptions,
} from '../src/index.ts';
import { fixture, fixtureNames } from './fixtures.ts';

/** A sink that keeps the bytes, per index. */
function collecting() {
  const got = new Map<number, Buffer[]>();
  const sink: StreamOptions['sink'] = (index) => {
    got.set(index, []);
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        got.get(index)!.push(chunk);
        done();
      },
    });
  };
  return { sink, bytes: (index: number) => Buffer.concat(got.get(index) ?? []) };
}

async function* chunked(bytes: Buffer, sizes: number[]) {
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = sizes[i++ % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

describe('streaming parse', () => {
  it('gives every fixture the same outcome as parseEdxml, whatever the chunk sizes', async () => {
    const names = fixtureNames().filter((n) => !n.endsWith('.txt'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 }),
        async (name, sizes) => {
          const bytes = fixture(name);
          let expected: ReturnType<typeof parseEdxml> | EdxmlError;
          try {
            expected = parseEdxml(bytes);
          } catch (error) {
            expected = error as EdxmlError;
          }
          const { sink, bytes: sunk } = collecting();
          let got: Awaited<ReturnType<typeof parseEdxmlStream>> | EdxmlError;
          try {
            got = await parseEdxmlStream(chunked(bytes, sizes), { sink });
          } catch (error) {
            got = error as EdxmlError;
          }
          if (expected instanceof EdxmlError) {
            expect(got).toBeInstanceOf(EdxmlError);
            // attachment contents are checked as they arrive, before the header is parsed
            expect([expected.code, 'INVALID_BASE64']).toContain((got as EdxmlError).code);
            return;
          }
          if (got instanceof EdxmlError) throw got;
          expect(got.warnings).toEqual(expected.warnings);
          if (expected.package.kind === 'status') {
            expect(got.package).toEqual(expected.package);
            return;
          }
          const want = expected.package as DocumentPackage;
          const have = got.package as DocumentPackage;
          expect(got.streamed.map((s) => s.attachment)).toEqual(want.attachments.map((_, i) => i));
          for (const s of got.streamed) {
            expect(s.bytes).toBe(want.attachments[s.attachment]!.data.length);
            expect(sunk(s.sink).equals(Buffer.from(want.attachments[s.attachment]!.data))).toBe(true);
            expect(have.attachments[s.attachment]!.data.length).toBe(0);
          }
          expect({ ...have, attachments: [] }).toEqual({ ...want, attachments: [] });
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('parses a package with a 100 MB attachment within a fixed memory bound', async () => {
    const size = 100 * 1024 * 1024;
    const block = Buffer.alloc(3 * 16 * 1024); // small pieces: the generator's own strings stay short-lived
    for (let i = 0; i < block.length; i++) block[i] = (i * 7919) % 251;
    const expected = createHash('sha256');
    const head = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns="${EDXML_NAMESPACE}"><edXML:edXMLEnvelope xmlns:edXML="${EDXML_NAMESPACE}">` +
        '<edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>000.00.00.H41</edXML:OrganId></edXML:From>' +
        '</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope><AttachmentEncoded><Attachment>' +
        '<AttachmentName>lon.bin</AttachmentName><edXML:ContentTransferEncoded xmlns:edXML="' +
        EDXML_NAMESPACE +
        '">',
    );
    const tail = Buffer.from('</edXML:ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>');
    async function* source() {
      yield head;
      for (let sent = 0; sent < size; sent += block.length) {
        const part = block.subarray(0, Math.min(block.length, size - sent));
        expected.update(part);
        // base64 in 76-character lines, as MIME writes it
        yield Buffer.from(part.toString('base64').replace(/(.{76})/g, '$1\r\n'));
      }
      yield tail;
    }
    const actual = createHash('sha256');
    let peak = 0;
    const before = process.memoryUsage();
    const base = before.heapUsed + before.arrayBuffers;
    const result = await parseEdxmlStream(Readable.from(source()), {
      sink: () =>
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            actual.update(chunk);
            const m = process.memoryUsage();
            peak = Math.max(peak, m.heapUsed + m.arrayBuffers - base);
            done();
          },
        }),
    });
    expect(result.streamed).toEqual([{ attachment: 0, sink: 0, bytes: size }]);
    expect(actual.digest('hex')).toBe(expected.digest('hex'));
    expect((result.package as DocumentPackage).attachments[0]!.attachmentName).toBe('lon.bin');
    // the whole attachment in memory would be 100 MB decoded plus 133 MB of base64
    expect(peak).toBeLessThan(48 * 1024 * 1024);
  }, 120_000);

  it('fails cleanly on bad base64, a cut-off stream and an oversized header', async () => {
    const bytes = fixture('API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml');
    const { sink } = collecting();
    const bad = Buffer.from(bytes.toString('utf8').replace('>UEsDBBQ', '>UEs*BBQ'));
    await expect(parseEdxmlStream(chunked(bad, [100]), { sink })).rejects.toMatchObject({
      code: 'INVALID_BASE64',
      message: expect.stringMatching(/ký tự '\*' ở vị trí 4/),
    });
    const cut = bytes.subarray(0, bytes.indexOf('UEsDBBQ') + 50);
    await expect(parseEdxmlStream(chunked(cut, [64]), { sink })).rejects.toMatchObject({
      code: 'XML_SYNTAX',
    });
    await expect(
      parseEdxmlStream(chunked(bytes, [1000]), { sink, maxHeaderBytes: 2000 }),
    ).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    const doctype = Buffer.from(
      `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${bytes.toString('utf8')}`,
    );
    await expect(parseEdxmlStream(chunked(doctype, [4096]), { sink })).rejects.toMatchObject({
      code: 'DOCTYPE_FORBIDDEN',
    });
  });
});
