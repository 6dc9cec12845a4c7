import { applicationNames } from '@congso/portal';
import type { FastifyRequest } from 'fastify';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { ApplicantUpload, UploadOutcome } from './uploads.ts';

/**
 * A posted form with uploads (the application draft page, the supplement answer of My dossiers): its text
 * fields by name, and the outcome of each file chosen for a numbered document (by the document's index, the
 * file inputs named by `applicationNames.documentName`). The page is multipart (files and answers together);
 * an urlencoded post (no files) is read the same way. Files stream through `receive` as they arrive, one at a
 * time.
 */
export interface FormWithUploads {
  values: (name: string) => string[];
  uploads: Map<number, UploadOutcome>;
}

export async function readFormWithUploads(
  request: FastifyRequest,
  blobs: BlobStore,
  documentCount: number,
  receive: (upload: ApplicantUpload) => Promise<UploadOutcome>,
): Promise<FormWithUploads> {
  const fields = new Map<string, string[]>();
  const add = (name: string, value: string) => fields.set(name, [...(fields.get(name) ?? []), value]);
  const uploads = new Map<number, UploadOutcome>();
  if (request.isMultipart()) {
    try {
      // the size limit is ours to report next to the document, not a failure of the whole page (the plugin
      // reads this option here too, though its typings leave it out)
      const options = { throwFileSizeLimit: false } as NonNullable<Parameters<FastifyRequest['parts']>[0]>;
      for await (const part of request.parts(options)) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') add(part.fieldname, part.value);
          continue;
        }
        const index = applicationNames.documentIndex(part.fieldname);
        // a control left empty still sends a part, without a name or content
        if (index === undefined || index >= documentCount || !part.filename || uploads.has(index)) {
          for await (const _ of part.file);
          continue;
        }
        uploads.set(index, await receive({ fileName: part.filename, content: part.file }));
      }
    } catch (error) {
      await forget(blobs, uploads);
      throw error;
    }
  } else if (request.body && typeof request.body === 'object') {
    for (const [name, value] of Object.entries(request.body as Record<string, unknown>))
      for (const one of Array.isArray(value) ? value : [value]) if (typeof one === 'string') add(name, one);
  }
  return { values: (name) => fields.get(name) ?? [], uploads };
}

/** Deletes the bytes of files taken in but not recorded (the page failed, or was too late to count). */
export async function forget(blobs: BlobStore, uploads: Map<number, UploadOutcome>): Promise<void> {
  await Promise.all(
    [...uploads.values()].map((u) => (u.ok ? blobs.delete(u.file.key).catch(() => undefined) : undefined)),
  );
}
