/**
 * The reading thread (started by `thread.ts`): reads one file into a collector and sends back its text, or
 * why it could not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocx } from './docx.ts';
import { DocTextError, type DocTextErrorCode } from './errors.ts';
import { readPdf } from './pdf.ts';
import { TextCollector } from './text.ts';

export interface ReadJob {
  bytes: Uint8Array;
  format: 'pdf' | 'docx';
  maxChars: number;
  maxXmlBytes: number;
}

export type ReadReply =
  | { ok: true; text: string; truncated: boolean; pages?: number }
  | { ok: false; code: DocTextErrorCode; message: string };

async function read(job: ReadJob): Promise<ReadReply> {
  const out = new TextCollector(job.maxChars);
  if (job.format === 'pdf') {
    const { pages } = await readPdf(job.bytes, out);
    return { ok: true, ...out.finish(), pages };
  }
  readDocx(job.bytes, out, { maxXmlBytes: job.maxXmlBytes });
  return { ok: true, ...out.finish() };
}

function failure(error: unknown): ReadReply {
  if (error instanceof DocTextError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'CORRUPT', message: `Không đọc được tệp (${(error as Error).message ?? error})` };
}

parentPort?.postMessage(await read(workerData as ReadJob).catch(failure));
