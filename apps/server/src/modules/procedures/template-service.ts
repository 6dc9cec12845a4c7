import { Readable } from 'node:stream';
import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { invalid, notFound, Problem } from '../../platform/http/problem.ts';
import { BlobNotFoundError, type BlobStore, BlobTooLargeError } from '../../platform/storage/blob-store.ts';
import { actorOf } from '../documents/access.ts';
import { insertBlobRecord } from '../documents/repository.ts';
import { requireManager } from './service.ts';
import { TEMPLATE_MAX_BYTES, templateFileName, templateMediaType } from './template-file.ts';
import * as repo from './template-repository.ts';
import { type ProcedureTemplate, templatePublicPath } from './template-schema.ts';

/**
 * Template files of a procedure's documents: kept by those who keep the catalogue (`procedures.manage` at
 * the province's root), read by any staff member, published on the portal while the procedure is in use.
 * Saving or removing one is audited; the bytes of a file replaced or removed go once the change commits.
 */

export interface TemplateUpload {
  /** The required document (thành phần hồ sơ) it is the template of, by its name in the procedure. */
  document: string;
  fileName: string;
  bytes: Buffer;
}

async function existingProcedure(db: Executor, id: string) {
  const procedure = await repo.procedureOf(db, id);
  if (!procedure) throw notFound('Không tìm thấy thủ tục hành chính');
  return procedure;
}

function toView(code: string, row: repo.TemplateRow): ProcedureTemplate {
  return {
    id: row.id,
    document: row.document,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedBy,
    publicPath: templatePublicPath(code, row.id),
  };
}

export async function listTemplates(db: Database, ctx: RequestContext, procedureId: string) {
  actorOf(ctx);
  const procedure = await existingProcedure(db, procedureId);
  const rows = await repo.templatesOf(db, procedureId);
  return rows.map((row) => toView(procedure.code, row));
}

/** Who may upload templates of this procedure: settled before a byte of the upload is read. */
export async function mayKeepTemplates(db: Database, ctx: RequestContext, procedureId: string) {
  await requireManager(db, actorOf(ctx));
  await existingProcedure(db, procedureId);
}

/** The template of one document of the procedure: added, or its file replaced (the same row and address). */
export async function saveTemplate(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  procedureId: string,
  upload: TemplateUpload,
): Promise<{ template: ProcedureTemplate; created: boolean }> {
  const actor = actorOf(ctx);
  const procedure = await existingProcedure(db, procedureId);
  const documents = procedure.requiredDocuments as { name: string }[];
  if (!documents.some((d) => d.name === upload.document))
    throw invalid('Thủ tục không có thành phần hồ sơ này', [
      { pointer: '/body/document', detail: 'Chọn một thành phần hồ sơ của thủ tục' },
    ]);
  const fileName = templateFileName(upload.fileName);
  const kind = templateMediaType(fileName, upload.bytes);
  if ('problem' in kind) throw invalid(kind.problem, [{ pointer: '/body/file', detail: kind.problem }]);

  const stored = await blobs
    .put(Readable.from([upload.bytes]), { maxBytes: TEMPLATE_MAX_BYTES, contentType: kind.mediaType })
    .catch((error: unknown) => {
      if (error instanceof BlobTooLargeError)
        throw new Problem('payload-too-large', `Tệp mẫu vượt quá ${TEMPLATE_MAX_BYTES / 1_048_576} MB`);
      throw error;
    });
  let saved: { id: string; created: boolean; replaced: string | undefined };
  try {
    saved = await db.transaction().execute(async (trx) => {
      const { rootId } = await requireManager(trx, actor);
      const blobId = await insertBlobRecord(trx, {
        storageKey: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        contentType: kind.mediaType,
        filename: fileName,
        createdBy: actor.userId,
      });
      const before = await repo.lockTemplateOf(trx, procedureId, upload.document);
      let id: string;
      if (before) {
        id = before.id;
        await repo.replaceTemplateFile(trx, id, { blobId, fileName, uploadedBy: actor.userId });
        await repo.deleteBlobRecord(trx, before.blobId);
      } else {
        id = await repo.insertTemplate(trx, {
          procedureId,
          document: upload.document,
          blobId,
          fileName,
          uploadedBy: actor.userId,
        });
      }
      await recordAudit(trx, ctx, {
        action: 'procedures.template.save',
        agencyId: rootId,
        targetType: 'procedure',
        targetId: procedureId,
        summary: {
          code: procedure.code,
          document: upload.document.slice(0, 300),
          fileName,
          sha256: stored.sha256,
          size: stored.size,
          ...(before ? { replaced: { fileName: before.fileName, sha256: before.sha256 } } : {}),
        },
      });
      return { id, created: !before, replaced: before?.storageKey };
    });
  } catch (error) {
    // nothing refers to the new bytes: they must not stay behind
    await blobs.delete(stored.key).catch(() => undefined);
    throw error;
  }
  if (saved.replaced) await blobs.delete(saved.replaced).catch(() => undefined);
  const row = (await repo.templatesOf(db, procedureId)).find((r) => r.id === saved.id)!;
  return { template: toView(procedure.code, row), created: saved.created };
}

export async function removeTemplate(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  procedureId: string,
  templateId: string,
): Promise<void> {
  const actor = actorOf(ctx);
  const storageKey = await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    const procedure = await existingProcedure(trx, procedureId);
    const template = await repo.lockTemplate(trx, procedureId, templateId);
    if (!template) throw notFound('Không tìm thấy tệp mẫu');
    await repo.deleteTemplate(trx, template.id);
    await repo.deleteBlobRecord(trx, template.blobId);
    await recordAudit(trx, ctx, {
      action: 'procedures.template.remove',
      agencyId: rootId,
      targetType: 'procedure',
      targetId: procedureId,
      summary: {
        code: procedure.code,
        document: template.document.slice(0, 300),
        fileName: template.fileName,
        sha256: template.sha256,
      },
    });
    return template.storageKey;
  });
  await blobs.delete(storageKey).catch(() => undefined);
}

/**
 * A template as the portal publishes it (no session: its procedure in use is all it takes); undefined when
 * there is none, or its bytes are missing from the store.
 */
export async function openPublishedTemplate(db: Database, blobs: BlobStore, code: string, id: string) {
  const row = await repo.publishedTemplate(db, code, id);
  if (!row) return undefined;
  try {
    const content = await blobs.get(row.storageKey);
    return { fileName: row.fileName, mediaType: row.mediaType, size: row.size, sha256: row.sha256, content };
  } catch (error) {
    if (error instanceof BlobNotFoundError) return undefined;
    throw error;
  }
}
