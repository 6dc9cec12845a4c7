import type { Readable } from 'node:stream';
import { DocTextError, extractText, supportedMediaTypes } from '@congso/doc-text';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import * as repo from './file-text-repository.ts';

/**
 * The text of attached files, for document search. When a file is attached, a job reads its text
 * (`@congso/doc-text`: PDF, DOCX) and keeps it on the file; the document's `attachment_text`, part of its
 * `search_words`, is then rebuilt from its current files. Reading happens in the worker, never in the upload:
 * a file that cannot be read is recorded as such and the upload stands.
 */

export const FILE_TEXT_JOB = 'documents.file-text';
export const FILE_TEXT_SWEEP_JOB = 'documents.file-text.sweep';

export type FileTextStatus = 'pending' | 'done' | 'empty' | 'failed' | 'unsupported';

/** Tries at one file: the first and the queue's retries. A file still failing then is `failed`. */
export const MAX_ATTEMPTS = 3;
/** Most characters of text kept per file, and per document. */
export const ATTACHMENT_TEXT_MAX_CHARS = 200_000;
/**
 * Most bytes (UTF-8) of text per document. Its index, search_words, holds each word and each pair of
 * neighbouring words, up to three times the bytes of the text, and may not pass 1 MB (past it PostgreSQL's
 * array_to_tsvector builds a broken index, without an error). Vietnamese is about 1.35 bytes a character, so
 * 200,000 characters fit; text in scripts of two or three bytes a letter is cut shorter.
 */
export const ATTACHMENT_TEXT_MAX_BYTES = 300_000;
/** Largest file read; uploads are capped at 100 MiB by default. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface FileTextDeps {
  db: Database;
  blobs: BlobStore;
}

/** What can ask for a file to be read: the job queue, on any node (web nodes only send). */
export type FileTextQueue = Pick<JobQueue, 'send'>;

/**
 * Asks for the file to be read. Never fails the caller: when the queue cannot be reached the file stays
 * `pending` and the sweep asks again.
 */
export async function requestFileText(queue: FileTextQueue | undefined, fileId: string): Promise<void> {
  if (!queue) return;
  await queue
    .send(FILE_TEXT_JOB, { fileId }, { singletonKey: fileId, retryLimit: MAX_ATTEMPTS - 1 })
    .catch(() => undefined);
}

async function readAll(content: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      content.destroy();
      throw new DocTextError(
        'TOO_LARGE',
        `Tệp lớn hơn ${Math.round(limit / 1_048_576)} MB, không đọc nội dung`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

type Outcome = { status: Exclude<FileTextStatus, 'pending'>; text: string | null; error: string | null };

/** What an extraction error means for the file: some files simply have no text to read. */
function outcomeOf(error: DocTextError): Outcome {
  const unsupported = error.code === 'UNSUPPORTED' || error.code === 'ENCRYPTED';
  return { status: unsupported ? 'unsupported' : 'failed', text: null, error: error.message };
}

/**
 * Reads one file's text and rebuilds its document's `attachment_text`. Idempotent: a file already read is
 * left alone unless `force` (reading again after an upgrade of the reader). Errors worth another try (the
 * store or the database unavailable, a PDF that ran out of time on a busy machine) are thrown for the queue
 * to retry, up to `MAX_ATTEMPTS`; after that, and for files that will never read, the file is marked.
 */
export async function readFileText(
  deps: FileTextDeps,
  fileId: string,
  options: { force?: boolean } = {},
): Promise<FileTextStatus | undefined> {
  const { db, blobs } = deps;
  const file = await repo.fileForText(db, fileId);
  if (!file) return undefined;
  if (file.textStatus !== 'pending' && !options.force) return file.textStatus as FileTextStatus;
  let outcome: Outcome;
  if (!supportedMediaTypes.includes(file.mediaType))
    outcome = { status: 'unsupported', text: null, error: null };
  else if (file.textAttempts >= MAX_ATTEMPTS && !options.force)
    outcome = { status: 'failed', text: null, error: `Đã thử đọc ${file.textAttempts} lần không thành công` };
  else {
    const attempt = await repo.countTextAttempt(db, fileId, options.force ?? false);
    try {
      if (Number(file.size) > MAX_FILE_BYTES)
        throw new DocTextError(
          'TOO_LARGE',
          `Tệp lớn hơn ${MAX_FILE_BYTES / 1_048_576} MB, không đọc nội dung`,
        );
      const bytes = await readAll(await blobs.get(file.storageKey), MAX_FILE_BYTES);
      const { text } = await extractText(bytes, {
        mediaType: file.mediaType,
        maxChars: ATTACHMENT_TEXT_MAX_CHARS,
        maxBytes: MAX_FILE_BYTES,
      });
      outcome = text ? { status: 'done', text, error: null } : { status: 'empty', text: null, error: null };
    } catch (error) {
      const lasting = error instanceof DocTextError && error.code !== 'TIMEOUT';
      if (!lasting && attempt < MAX_ATTEMPTS) throw error;
      outcome =
        error instanceof DocTextError
          ? outcomeOf(error)
          : { status: 'failed', text: null, error: (error as Error).message };
    }
  }
  await db.transaction().execute(async (trx) => {
    await repo.saveFileText(trx, fileId, outcome);
    const texts = await repo.currentFileTexts(trx, file.documentId);
    await repo.setAttachmentText(trx, file.documentId, texts.length > 0 ? attachmentText(texts) : null);
  });
  return outcome.status;
}

/** What the document's search indexes of its files' texts: joined, within both limits. */
export function attachmentText(texts: string[]): string {
  let text = cut(texts.join('\n\n'), ATTACHMENT_TEXT_MAX_CHARS);
  for (
    let bytes = Buffer.byteLength(text);
    bytes > ATTACHMENT_TEXT_MAX_BYTES;
    bytes = Buffer.byteLength(text)
  )
    text = cut(text, Math.floor((text.length * ATTACHMENT_TEXT_MAX_BYTES) / bytes));
  return text;
}

/** The first `max` UTF-16 units, not splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Reads the files not read yet (after an upgrade that brought this feature, or a worker long stopped), or
 * with `all` every PDF and DOCX file again (after an upgrade of the reader). One file at a time; a file that
 * fails for a passing reason stays `pending`, for the next run or the sweep.
 */
export async function readFiles(
  deps: FileTextDeps,
  options: { all: boolean; onFile?: (done: number, total: number) => void },
): Promise<Record<FileTextStatus, number>> {
  const ids = await repo.filesToRead(deps.db, { all: options.all, mediaTypes: supportedMediaTypes });
  const counts: Record<FileTextStatus, number> = { pending: 0, done: 0, empty: 0, failed: 0, unsupported: 0 };
  for (const [n, id] of ids.entries()) {
    const status = await readFileText(deps, id, { force: options.all }).catch(() => 'pending' as const);
    if (status) counts[status] += 1;
    options.onFile?.(n + 1, ids.length);
  }
  return counts;
}

/** Files still `pending` a while after upload: their job was lost (queue unreachable, worker stopped). */
export async function sweepPendingFiles(db: Database, queue: FileTextQueue, limit = 500): Promise<number> {
  const ids = await repo.pendingFileIds(db, { olderThanMinutes: 10, limit });
  for (const id of ids) await requestFileText(queue, id);
  return ids.length;
}

/** The worker's part: reads files as they are attached, and every 30 minutes asks again for any left behind. */
export async function registerFileTextJobs(jobs: JobQueue, deps: FileTextDeps): Promise<void> {
  await jobs.work<{ fileId: string }>(FILE_TEXT_JOB, async ({ fileId }) => {
    await readFileText(deps, fileId);
  });
  await jobs.work(FILE_TEXT_SWEEP_JOB, async () => {
    await sweepPendingFiles(deps.db, jobs);
  });
  await jobs.schedule(FILE_TEXT_SWEEP_JOB, '*/30 * * * *');
}
