import { myDossierFields as fields, type MyDossierDetail, type MyDossierPageState } from '@congso/portal';
import type { FastifyRequest } from 'fastify';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { VirusScanner } from '../../platform/storage/virus-scanner.ts';
import { forget, readFormWithUploads } from '../applications/form-with-uploads.ts';
import { receiveApplicantUpload } from '../applications/uploads.ts';
import {
  type OnlineSupplementFile,
  type OnlineSupplementOutcome,
  supplementOnline,
} from '../dossiers/receiving-online-supplement.ts';
import { byApplicant } from './rules.ts';

export interface SupplementDeps {
  db: Database;
  blobs: BlobStore;
  scanner: VirusScanner;
  config: Pick<Config, 'UPLOAD_LIMIT_BYTES' | 'ONLINE_SUPPLEMENT'>;
}

type SupplementForm = NonNullable<MyDossierPageState['supplement']>;

/**
 * The applicant's answer to a supplement request, posted from their dossier's page (multipart/form-data): a
 * file for each thing asked, checked as every applicant upload is (kind by name and by content, size, virus
 * scan: `applications/uploads.ts`), and an optional note. Either the dossier moves on (`supplementOnline`,
 * as `ONLINE_SUPPLEMENT` says) or the form comes back with a message beside each file; files taken in for a
 * form that comes back, or for an answer refused, are deleted.
 */
export async function answerSupplement(
  request: FastifyRequest,
  deps: SupplementDeps,
  applicant: Applicant,
  dossier: MyDossierDetail,
): Promise<{ ok: true; outcome: OnlineSupplementOutcome } | { ok: false; form: SupplementForm }> {
  const items = dossier.supplement?.items ?? [];
  const post = await readFormWithUploads(request, deps.blobs, items.length, (upload) =>
    receiveApplicantUpload(
      {
        blobs: deps.blobs,
        scanner: deps.scanner,
        maxBytes: deps.config.UPLOAD_LIMIT_BYTES,
        warn: (message) => request.log.warn(message),
      },
      upload,
    ),
  );
  const note = (post.values(fields.supplementNote).at(-1) ?? '').trim();
  const errors: Record<string, string> = {};
  const files: OnlineSupplementFile[] = [];
  items.forEach((item, i) => {
    const outcome = post.uploads.get(i);
    if (!outcome) errors[fields.supplementFileId(i)] = `Hãy chọn tệp cho mục “${item.name}”`;
    else if (!outcome.ok) errors[fields.supplementFileId(i)] = outcome.message;
    else files.push({ requirement: item.name, stored: outcome.file });
  });
  if (note.length > 2000) errors[fields.supplementNoteId] = 'Ghi chú dài quá 2.000 ký tự';
  if (Object.keys(errors).length > 0) {
    await forget(deps.blobs, post.uploads);
    return { ok: false, form: { values: { note }, errors } };
  }
  try {
    const outcome = await supplementOnline(
      deps.db,
      request.ctx,
      byApplicant(applicant),
      dossier.id,
      {
        slipId: post.values(fields.supplementSlip).at(-1) ?? '',
        note: note || null,
        files,
      },
      deps.config.ONLINE_SUPPLEMENT,
    );
    return { ok: true, outcome };
  } catch (error) {
    await forget(deps.blobs, post.uploads);
    throw error;
  }
}
