import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { filesOf } from '../dossiers/detail-repository.ts';
import { openFile } from '../dossiers/files.ts';
import { renderSlip } from '../dossiers/slips.ts';
import { ownDossier } from './detail.ts';
import { resultAvailable } from './rules.ts';

/** A slip issued to the applicant (Mẫu 01–04), as PDF, rendered as the back office renders it. */
export async function mySlipPdf(
  db: Executor,
  applicant: Applicant,
  id: string,
  slipId: string,
  publicUrl: string,
) {
  return renderSlip(db, await ownDossier(db, applicant, id), slipId, publicUrl);
}

/**
 * A file of the applicant's dossier: what was handed in or supplemented, and the result once it is available
 * (`resultAvailable`). The office's working files answer 404, as anything not theirs.
 */
export async function myDossierFile(
  db: Executor,
  blobs: BlobStore,
  applicant: Applicant,
  id: string,
  fileId: string,
) {
  const dossier = await ownDossier(db, applicant, id);
  const [file] = await filesOf(db, dossier.id, fileId);
  const shown =
    file !== undefined &&
    (file.kind === 'submitted' ||
      file.kind === 'supplement' ||
      (file.kind === 'result' && resultAvailable(dossier)));
  if (!shown) throw notFound('Không tìm thấy tệp');
  return openFile(blobs, file);
}
