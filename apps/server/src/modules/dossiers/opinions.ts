import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, forbidden } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { actorOf } from '../documents/access.ts';
import { isCounter, mayActOnStep, requireStepHandler, visibleDossier } from './access.ts';
import { toFileView } from './detail.ts';
import { filesOf } from './detail-repository.ts';
import { keepUpload, storeUpload, type Upload } from './files.ts';
import { activeStep, findActiveStep, onDossier } from './processing-work.ts';
import { insertFiles } from './receiving-repository.ts';
import { type DossierRow, stepsOf } from './repository.ts';
import { recordNote } from './transition.ts';

/**
 * What the people handling a step write and attach on it: opinions (ý kiến xử lý) that do not move the
 * dossier, working files (drafts, reports) and the result document (văn bản kết quả). The result is attached
 * as a file for now; signing it digitally comes later.
 */

/** An opinion on the step in progress, by someone who may act on it; the dossier stays where it is. */
export function addOpinion(db: Database, ctx: RequestContext, id: string, note: string, now = new Date()) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    if (dossier.status !== 'processing' && dossier.status !== 'fee_pending')
      throw conflict('Chỉ ghi ý kiến trên hồ sơ đang giải quyết');
    const step = activeStep(work);
    await requireStepHandler(trx, actor, step);
    await recordNote(trx, ctx, actor, dossier, 'opinion', { step: step.position, note, at: now });
  });
}

export type WorkingFileKind = 'working' | 'result';

export interface AttachTarget {
  dossier: DossierRow;
  actor: Actor;
  kind: WorkingFileKind;
  /** The step the file belongs to: the one in progress. */
  step: number | null;
}

/**
 * Who may attach a file, settled before the upload is read: working files by whoever may act on the step in
 * progress while the dossier is processed; the result also by the counter once it is ready (a paper result
 * scanned when it comes back).
 */
export async function mayAttachWorkingFile(
  db: Database,
  ctx: RequestContext,
  id: string,
  kind: WorkingFileKind,
): Promise<AttachTarget> {
  const actor = actorOf(ctx);
  const dossier = await visibleDossier(db, actor, id);
  const steps = await stepsOf(db, dossier.id);
  const step = findActiveStep({ dossier, steps });
  const open = dossier.status === 'processing' || dossier.status === 'fee_pending';
  if (!step || !(open || (kind === 'result' && dossier.status === 'result_ready')))
    throw conflict('Chỉ đính kèm tệp vào hồ sơ đang giải quyết');
  const handler = await mayActOnStep(db, actor, step);
  const counter = kind === 'result' && (await isCounter(db, actor, dossier));
  if (!handler && !counter)
    throw forbidden(
      kind === 'result'
        ? 'Chỉ người xử lý bước hiện tại hoặc bộ phận một cửa được đính kèm kết quả'
        : 'Bạn không phải người xử lý bước này của hồ sơ',
    );
  return { dossier, actor, kind, step: step.position };
}

/** Stores the upload (streamed to the BlobStore) as a working or result file of the step, with history. */
export async function attachWorkingFile(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  target: AttachTarget,
  upload: Upload,
) {
  const stored = await storeUpload(blobs, upload);
  const { dossier, actor, kind, step } = target;
  const fileId = await keepUpload(db, blobs, stored, actor.userId, async (trx, blobId) => {
    const [id] = await insertFiles(trx, dossier.id, actor.userId, [
      { kind, requirement: null, copyKind: null, quantity: null, blobId, fileName: stored.fileName, step },
    ]);
    await recordNote(trx, ctx, actor, dossier, 'file_added', {
      step,
      note: stored.fileName,
      data: { fileId: id, kind, sha256: stored.sha256, size: stored.size },
    });
    return id!;
  });
  const [file] = await filesOf(db, dossier.id, fileId);
  return toFileView(file!);
}
