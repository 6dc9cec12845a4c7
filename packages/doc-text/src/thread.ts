/**
 * Files are read in a worker thread: a crafted or merely enormous PDF can keep a parser busy for minutes,
 * and a DOCX of tens of megabytes of XML fills a heap; neither may stall or exhaust the process that runs the
 * platform's other work. The thread is ended when the time budget runs out, and its heap is capped.
 */
import { Worker } from 'node:worker_threads';
import { DocTextError } from './errors.ts';
import type { ReadJob, ReadReply } from './reader.ts';

export interface ThreadLimits {
  timeoutMs: number;
  /** Heap of the thread, in MiB. */
  maxMemoryMb: number;
}

const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} giây` : `${ms} ms`);

export function readInThread(
  job: ReadJob,
  limits: ThreadLimits,
): Promise<{ text: string; truncated: boolean; pages?: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reader.ts', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
      stdout: true,
      stderr: true,
    });
    // the readers are told to be quiet; whatever they print anyway is dropped, not left to pile up
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new DocTextError('TIMEOUT', `Đọc tệp quá ${duration(limits.timeoutMs)}, đã dừng`)),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (reply: ReadReply) =>
      settle(() => {
        if (!reply.ok) reject(new DocTextError(reply.code, reply.message));
        else
          resolve({
            text: reply.text,
            truncated: reply.truncated,
            ...(reply.pages !== undefined ? { pages: reply.pages } : {}),
          });
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DocTextError('TOO_LARGE', `Đọc tệp cần quá ${limits.maxMemoryMb} MB bộ nhớ, đã dừng`, {
                cause: error,
              })
            : new DocTextError('CORRUPT', `Không đọc được tệp (${error.message})`, { cause: error }),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new DocTextError('CORRUPT', `Không đọc được tệp (luồng đọc dừng, mã ${code})`))),
    );
  });
}
