import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  attachmentFile,
  type DocumentPackage,
  parseDocumentPackage,
  parseEdxml,
  writeDocumentPackage,
} from '@congso/edxml';
import { repoRoot } from '../apps/server/src/platform/config/config.ts';
import type { BenchContext, BenchResult, Subject } from './lib/types.ts';

export const name = 'edxml';
export const description = 'edXML codec: packages parsed and written per second (packages/edxml)';

const FIXTURES = path.resolve(repoRoot, '../shared/fixtures/edxml');
const DATASET = 'truclienthong-example/resources_edoc_new.edxml';
const STATUS = 'truclienthong-example/resources_status.edxml';

/** fast-xml-parser as the codec itself resolves it (the root node_modules holds an older major for s3rver). */
function bareParser(): { parser: { parse(text: string): unknown }; version: string } {
  const require = createRequire(path.join(repoRoot, 'packages/edxml/package.json'));
  const main = require.resolve('fast-xml-parser');
  const marker = `node_modules${path.sep}fast-xml-parser${path.sep}`;
  const manifest = path.join(main.slice(0, main.lastIndexOf(marker) + marker.length), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  if (!version.startsWith('5.')) throw new Error(`expected fast-xml-parser 5, found ${version}`);
  const { XMLParser } = require('fast-xml-parser') as {
    XMLParser: new (options?: object) => { parse(text: string): unknown };
  };
  return { parser: new XMLParser(), version };
}

/**
 * Calls per second of one heavy call (milliseconds each, so the 50,000-call warm-up of lib/throughput.ts
 * would take minutes): a warm-up of a tenth of the time, then as many calls as fit in `minMs`.
 */
function packagesPerSecond(fn: () => number, minMs: number): number {
  let sink = 0;
  const warm = performance.now();
  while (performance.now() - warm < minMs / 10) sink += fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    sink += fn();
    calls++;
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) throw new Error('sink went NaN');
  return (calls / elapsed) * 1000;
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const minMs = context.quick ? 300 : 3000;
  const bytes = readFileSync(path.join(FIXTURES, DATASET));
  const statusBytes = readFileSync(path.join(FIXTURES, STATUS));
  const megabytes = bytes.length / 1024 / 1024;
  const { parser, version } = bareParser();
  const model = parseDocumentPackage(bytes).package;
  const written = writeDocumentPackage(model);

  const measure = async (
    label: string,
    fn: () => number,
    size: number,
    baseline = false,
  ): Promise<Subject> => {
    await context.waitForQuiet();
    context.log(`${label}…`);
    const rate = packagesPerSecond(fn, minMs);
    return {
      name: label,
      ...(baseline ? { baseline: true } : {}),
      metrics: {
        'packages/s': { value: Math.round(rate), unit: 'packages/s' },
        'MB/s': { value: Math.round((rate * size) / 1024 / 1024), unit: 'MB/s' },
      },
    };
  };

  const bare = await measure(
    'baseline: bare fast-xml-parser parse of the same bytes (UTF-8 decode + XMLParser().parse)',
    () => (parser.parse(bytes.toString('utf8')) ? 1 : 0),
    bytes.length,
    true,
  );
  const parse = await measure(
    'parseEdxml: checks, model, warnings, base64 of the 265 KiB attachment decoded',
    () => (parseEdxml(bytes).package as DocumentPackage).attachments[0]!.data.length,
    bytes.length,
  );
  const unzip = await measure(
    'parseEdxml + attachmentFile (the zipped attachment inflated: 388 KB)',
    () => attachmentFile((parseEdxml(bytes).package as DocumentPackage).attachments[0]!).data.length,
    bytes.length,
  );
  const write = await measure(
    'writeDocumentPackage (model → text)',
    () => writeDocumentPackage(model).length,
    written.length,
  );
  const status = await measure(
    `parseEdxml of a status package (${statusBytes.length} bytes)`,
    () => (parseEdxml(statusBytes).package.kind === 'status' ? 1 : 0),
    statusBytes.length,
  );

  const rate = (s: Subject) => s.metrics['packages/s']!.value;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  return {
    method:
      `In this process, one core: each function runs on the same in-memory bytes, after a warm-up of ` +
      `${minMs / 10} ms, for at least ${minMs} ms. The baseline is fast-xml-parser ${version} with default options ` +
      'parsing the same bytes into plain objects, in the same run. parseEdxml cuts the base64 payloads out ' +
      'before its XML parser sees the text, so it can be faster than the bare parse of the whole file.',
    dataset:
      `shared/fixtures/edxml/${DATASET} (${statSync(path.join(FIXTURES, DATASET)).size.toLocaleString('en-US')} bytes, ` +
      `${megabytes.toFixed(2)} MiB): a VPCP sample document package with a signature block and one zipped ` +
      `attachment of 270,823 bytes (361,100 base64 characters); written back it is ${written.length.toLocaleString('en-US')} bytes.`,
    subjects: [bare, parse, unzip, write, status],
    ratios: [
      { label: 'parseEdxml ÷ bare fast-xml-parser (packages/s)', value: rate(parse) / rate(bare) },
      { label: 'parseEdxml + unzip ÷ bare fast-xml-parser (packages/s)', value: rate(unzip) / rate(bare) },
    ],
    notes: [
      `Issue 7 target: over 500 packages/s on one core for this file — measured ${rate(parse).toLocaleString('en-US')}.`,
      `Heap in use after the runs: ${heapMb} MiB.`,
    ],
  };
}
