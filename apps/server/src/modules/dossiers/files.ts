import type { Readable } from 'node:stream';
import { endedStatuses } from '@congso/one-stop';
import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { hasAnyScope, scopeOf } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid, notFound, Problem } from '../../platform/http/problem.ts';
import {
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  type StoredBlob,
} from '../../platform/storage/blob-store.ts';
import { actorOf } from '../documents/access.ts';
import { mediaTypeOf } from '../documents/files.ts';
import { insertBlobRecord } from '../documents/repository.ts';
import { requireCounter, visibleDossier } from './access.ts';
import { toFileView } from './detail.ts';
import { type FileRow, filesOf } from './detail-repository.ts';
import { findProcedure, insertFiles } from './receiving-repository.ts';
import type { DossierRow } from './repository.ts';
import { recordNote } from './transition.ts';

/**
 * Files of a dossier: the scans of what the applicant handed in, uploaded before the receipt (staged, then
 * referenced by the receipt) or onto a recorded dossier by the counter, and their download by anyone who
 * may see the dossier. The bytes stream to the BlobStore; `blobs` and `dossier_files` hold the records.
 */

export interface Upload {
  fileName: string;
  content: Readable;
  maxBytes: number;
}

export interface StoredUpload extends StoredBlob {
  fileName: string;
  mediaType: string;
}

/** The one file of a multipart request as an upload within `maxBytes`, or a 400. */
export async function onlyFile(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  const part = request.isMultipart() ? await request.file() : undefined;
  if (!part) throw invalid('Hãy gửi một tệp dạng multipart/form-data');
  return { fileName: part.filename, content: part.file, maxBytes };
}

/** Streams an upload to the BlobStore: a kind of file the platform takes (PDF, Office, images), within the limit. */
export async function storeUpload(blobs: BlobStore, upload: Upload): Promise<StoredUpload> {
  const fileName = upload.fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(-255);
  const mediaType = mediaTypeOf(fileName);
  if (!mediaType) {
    upload.content.resume();
    throw invalid('Chỉ nhận tệp PDF, DOCX, DOC, XLSX hoặc ảnh (JPG, PNG, TIFF)');
  }
  try {
    const stored = await blobs.put(upload.content, { maxBytes: upload.maxBytes, contentType: mediaType });
    return { ...stored, fileName, mediaType };
  } catch (error) {
    if (error instanceof BlobTooLargeError)
      throw new Problem('payload-too-large', `Tệp vượt quá ${Math.round(error.limit / 1_048_576)} MB`);
    throw error;
  }
}

/**
 * Records a stored upload in `blobs` and runs `write` with its id, in one transaction; when that fails the
 * bytes are removed, so nothing stays behind unreferenced by a record.
 */
export async function keepUpload<T>(
  db: Database,
  blobs: BlobStore,
  stored: StoredUpload,
  createdBy: string,
  write: (trx: Tx, blobId: string) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const blobId = await insertBlobRecord(trx, {
        storageKey: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        contentType: stored.mediaType,
        filename: stored.fileName,
        createdBy,
      });
      return write(trx, blobId);
    });
  } catch (error) {
    await blobs.delete(stored.key).catch(() => undefined);
    throw error;
  }
}

/** Who may upload scans before a receipt: a one-stop officer (somewhere). Checked before a byte is read. */
export function mayStageUpload(ctx: RequestContext) {
  const actor = actorOf(ctx);
  if (!hasAnyScope(scopeOf(actor, 'dossiers.receive')))
    throw forbidden('Chỉ bộ phận một cửa tải lên bản quét hồ sơ');
  return actor;
}

/**
 * A scan uploaded ahead of the receipt: stored now, and taken over by the receipt that names its `blobId`
 * (only its uploader's receipt may, and only once).
 */
export async function stageUpload(db: Database, blobs: BlobStore, ctx: RequestContext, upload: Upload) {
  const actor = mayStageUpload(ctx);
  const stored = await storeUpload(blobs, upload);
  return keepUpload(db, blobs, stored, actor.userId, async (trx, blobId) => {
    await recordAudit(trx, ctx, {
      action: 'dossiers.upload.stage',
      agencyId: actor.agencyId,
      targetType: 'blob',
      targetId: blobId,
      summary: { fileName: stored.fileName, sha256: stored.sha256, size: stored.size },
    });
    return {
      blobId,
      fileName: stored.fileName,
      mediaType: stored.mediaType,
      size: stored.size,
      sha256: stored.sha256,
    };
  });
}

export interface HandedInTarget {
  dossier: DossierRow;
  kind: 'submitted' | 'supplement';
  requirement: string | null;
}

/**
 * Who may add a scan of a paper handed in to a recorded dossier (digitising it, or a supplement brought):
 * the counter of the receiving agency, while the dossier is not over. Settled before the upload is read.
 */
export async function mayAttachHandedIn(
  db: Database,
  ctx: RequestContext,
  id: string,
  kind: 'submitted' | 'supplement',
  requirement: string | undefined,
): Promise<HandedInTarget> {
  const actor = actorOf(ctx);
  const dossier = await visibleDossier(db, actor, id);
  await requireCounter(db, actor, dossier);
  if (endedStatuses.has(dossier.status)) throw conflict('Hồ sơ đã kết thúc, không đính kèm thêm tệp');
  if (requirement) {
    const procedure = await findProcedure(db, dossier.procedureId);
    if (!procedure?.requiredDocuments.some((d) => d.name === requirement))
      throw invalid('Không phải thành phần hồ sơ của thủ tục', [
        { pointer: '/querystring/requirement', detail: 'Không phải thành phần hồ sơ của thủ tục' },
      ]);
  }
  return { dossier, kind, requirement: requirement ?? null };
}

/** Stores the scan and records it as a file of the dossier, with a line of history. */
export async function attachHandedIn(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  target: HandedInTarget,
  upload: Upload,
) {
  const actor = actorOf(ctx);
  const stored = await storeUpload(blobs, upload);
  const { dossier } = target;
  const id = await keepUpload(db, blobs, stored, actor.userId, async (trx, blobId) => {
    const [fileId] = await insertFiles(trx, dossier.id, actor.userId, [
      {
        kind: target.kind,
        requirement: target.requirement,
        copyKind: 'electronic',
        quantity: null,
        blobId,
        fileName: stored.fileName,
        step: dossier.currentStep,
      },
    ]);
    await recordNote(trx, ctx, actor, dossier, 'file_added', {
      step: dossier.currentStep,
      note: stored.fileName,
      data: {
        fileId,
        kind: target.kind,
        requirement: target.requirement,
        sha256: stored.sha256,
        size: stored.size,
      },
    });
    return fileId!;
  });
  const [file] = await filesOf(db, dossier.id, id);
  return toFileView(file!);
}

/** The content of a dossier's file, for someone who may see the dossier (404 otherwise). */
export async function openDossierFile(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  id: string,
  fileId: string,
) {
  const dossier = await visibleDossier(db, actorOf(ctx), id);
  const [file] = await filesOf(db, dossier.id, fileId);
  if (!file) throw notFound('Không tìm thấy tệp');
  return openFile(blobs, file);
}

/** The content of a file of a dossier, to send as a download (whoever may see it: the caller decides). */
export async function openFile(blobs: BlobStore, file: FileRow) {
  if (!file.storageKey) throw notFound('Thành phần hồ sơ này chỉ có bản giấy, không có tệp');
  const content = await blobs.get(file.storageKey).catch((error: unknown) => {
    if (error instanceof BlobNotFoundError)
      throw notFound('Tệp không còn trong kho lưu trữ; hãy báo quản trị viên');
    throw error;
  });
  return {
    fileName: file.fileName ?? 'tep',
    mediaType: file.mediaType ?? 'application/octet-stream',
    size: Number(file.size),
    content,
  };
}
