import path from 'node:path';
import type { Readable } from 'node:stream';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid, notFound, Problem } from '../../platform/http/problem.ts';
import { type BlobStore, BlobTooLargeError } from '../../platform/storage/blob-store.ts';
import { actorOf, viewerOf, visibleDocument } from './access.ts';
import { type FileTextQueue, requestFileText } from './file-text.ts';
import * as repo from './repository.ts';

/** What a document file may be: the scanned or signed document, its appendices, a Word draft, images. */
const allowed: Record<string, string[]> = {
  '.pdf': ['application/pdf'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  '.doc': ['application/msword'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
  '.png': ['image/png'],
  '.tif': ['image/tiff'],
  '.tiff': ['image/tiff'],
};

export function mediaTypeOf(fileName: string): string | undefined {
  return allowed[path.extname(fileName).toLowerCase()]?.[0];
}

/** Files go on a document its clerk keeps, or on a draft its author is still writing; never on a copy. */
export function mayAttachTo(actor: Actor, doc: repo.DocumentRow): boolean {
  if (doc.sourceDocumentId || doc.status === 'cancelled' || repo.endedStatuses.includes(doc.status))
    return false;
  if (doc.status === 'draft')
    return doc.createdBy === actor.userId || can(actor, 'documents.register', doc.agencyPath);
  return can(actor, 'documents.register', doc.agencyPath);
}

/** The document, when this person may attach files to it. */
export async function mayAttach(db: Database, ctx: RequestContext, id: string) {
  const actor = actorOf(ctx);
  const viewer = await viewerOf(db, actor);
  const doc = await visibleDocument(db, viewer, id);
  if (!mayAttachTo(actor, doc)) {
    if (doc.status === 'draft' || can(actor, 'documents.register', doc.agencyPath))
      throw conflict('Không đính kèm tệp vào văn bản này');
    throw forbidden('Chỉ văn thư hoặc người soạn thảo đính kèm tệp');
  }
  return doc;
}

/** Attaches an uploaded file to a document `mayAttach` returned. to a document the clerk keeps. The bytes stream to the BlobStore. */
export async function attachFile(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  doc: repo.DocumentRow,
  upload: { fileName: string; content: Readable; maxBytes: number },
  textQueue?: FileTextQueue,
) {
  const actor = actorOf(ctx);
  const id = doc.id;
  const fileName = upload.fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(-255);
  const mediaType = mediaTypeOf(fileName);
  if (!mediaType) {
    upload.content.resume();
    throw invalid('Chỉ nhận tệp PDF, DOCX, DOC, XLSX hoặc ảnh (JPG, PNG, TIFF)');
  }
  let stored: Awaited<ReturnType<BlobStore['put']>>;
  try {
    stored = await blobs.put(upload.content, { maxBytes: upload.maxBytes, contentType: mediaType });
  } catch (error) {
    if (error instanceof BlobTooLargeError)
      throw new Problem('payload-too-large', `Tệp vượt quá ${Math.round(error.limit / 1_048_576)} MB`);
    throw error;
  }
  try {
    const file = await db.transaction().execute(async (trx) => {
      const blobId = await repo.insertBlobRecord(trx, {
        storageKey: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        contentType: mediaType,
        filename: fileName,
        createdBy: actor.userId,
      });
      // every file of a draft is a new version of it
      const version = doc.status === 'draft' ? (await repo.filesOf(trx, [id])).length + 1 : null;
      const fileId = await repo.insertFile(trx, {
        documentId: id,
        blobId,
        fileName,
        uploadedBy: actor.userId,
        version,
      });
      await repo.insertEvent(trx, {
        documentId: id,
        kind: 'file_added',
        actorUserId: actor.userId,
        actorName: actor.displayName,
        detail: fileName,
        data: { fileId, sha256: stored.sha256, size: stored.size, version },
      });
      await recordAudit(trx, ctx, {
        action: 'documents.file.add',
        agencyId: doc.agencyId,
        targetType: 'document',
        targetId: id,
        summary: { fileName, sha256: stored.sha256, size: stored.size },
      });
      return {
        id: fileId,
        version,
        fileName,
        mediaType,
        size: stored.size,
        sha256: stored.sha256,
        createdAt: new Date().toISOString(),
        textStatus: 'pending' as const,
      };
    });
    // its text is read in the background, for search; the upload does not wait for it (this never throws)
    await requestFileText(textQueue, file.id);
    return file;
  } catch (error) {
    // the record was not written: the bytes must not stay behind unreferenced
    await blobs.delete(stored.key).catch(() => undefined);
    throw error;
  }
}

/** The content of a file of a document the person may see (a delivered copy reads its sender's files). */
export async function openFile(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  id: string,
  fileId: string,
) {
  const viewer = await viewerOf(db, actorOf(ctx));
  const doc = await visibleDocument(db, viewer, id);
  const files = await repo.filesOf(db, doc.sourceDocumentId ? [id, doc.sourceDocumentId] : [id]);
  const file = files.find((f) => f.id === fileId);
  if (!file) throw notFound('Không tìm thấy tệp');
  return { file, content: await blobs.get(file.storageKey) };
}
