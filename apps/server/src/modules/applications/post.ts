import type { ApplicationForm } from '@congso/one-stop';
import { applicationNames } from '@congso/portal';
import type { FastifyRequest } from 'fastify';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { ApplicationRow, DraftChanges } from './repository.ts';
import type { ApplicantUpload, UploadOutcome } from './uploads.ts';

/**
 * A posted draft page: its text fields by name, and the outcome of each file chosen for a required document
 * (by the document's index). The page is multipart (files and answers together); an urlencoded post (no
 * files) is read the same way. Files stream through `receive` as they arrive, one at a time.
 */
export interface DraftPost {
  values: (name: string) => string[];
  uploads: Map<number, UploadOutcome>;
}

export async function readDraftPost(
  request: FastifyRequest,
  blobs: BlobStore,
  documentCount: number,
  receive: (upload: ApplicantUpload) => Promise<UploadOutcome>,
): Promise<DraftPost> {
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

const DELIVERIES = ['online', 'counter', 'post'] as const;

/**
 * The draft as the page sent it: the form's answers read by its own fields (`formDataFrom`), the applicant's
 * details and the delivery choice trimmed to what the table keeps. A form that cannot be drawn keeps the
 * answers it had.
 */
export function draftChangesFrom(
  post: DraftPost,
  form: ApplicationForm | null,
  before: Pick<ApplicationRow, 'formData' | 'resultDelivery'>,
): DraftChanges {
  const one = (name: string, max: number) => (post.values(name).at(-1) ?? '').trim().slice(0, max);
  const delivery = post.values(applicationNames.DELIVERY).at(-1);
  return {
    formData: form ? applicationNames.formDataFrom(form, post.values) : before.formData,
    applicantName: one(applicationNames.applicantName('name'), 300),
    applicantIdNumber: one(applicationNames.applicantName('idNumber'), 20),
    applicantPhone: one(applicationNames.applicantName('phone'), 20),
    applicantEmail: one(applicationNames.applicantName('email'), 200),
    applicantAddress: one(applicationNames.applicantName('address'), 500),
    resultDelivery: DELIVERIES.find((d) => d === delivery) ?? before.resultDelivery,
    postalAddress: one(applicationNames.POSTAL_ADDRESS, 500),
  };
}

/** The button pressed. */
export const actionOf = (post: DraftPost): 'save' | 'submit' =>
  post.values(applicationNames.ACTION).at(-1) === 'submit' ? 'submit' : 'save';
