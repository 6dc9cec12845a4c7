// The SQL of reading the text of files for search (file-text.ts): which files wait, what each says, and the
// text a document carries for its search index.
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

export function fileForText(db: Executor, fileId: string) {
  return db
    .selectFrom('documentFiles as f')
    .innerJoin('blobs as b', 'b.id', 'f.blobId')
    .select([
      'f.documentId',
      'f.textStatus',
      'f.textAttempts',
      'b.contentType as mediaType',
      'b.size',
      'b.storageKey',
    ])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
}

/** Counts one more try at reading the file (`fresh`: the first of a new series) and returns the count. */
export async function countTextAttempt(db: Executor, fileId: string, fresh: boolean): Promise<number> {
  const row = await db
    .updateTable('documentFiles')
    .set({ textAttempts: fresh ? 1 : sql<number>`text_attempts + 1` })
    .where('id', '=', fileId)
    .returning('textAttempts')
    .executeTakeFirstOrThrow();
  return row.textAttempts;
}

export async function saveFileText(
  db: Executor,
  fileId: string,
  outcome: { status: string; text: string | null; error: string | null },
): Promise<void> {
  await db
    .updateTable('documentFiles')
    .set({
      textStatus: outcome.status,
      textContent: outcome.text,
      textError: outcome.error,
      textReadAt: sql<Date>`now()`,
    })
    .where('id', '=', fileId)
    .execute();
}

/**
 * The texts of a document's current files, oldest first: every file read, of a draft's versions only the
 * latest. The document's row is locked first, so that two files of one document read at the same time both
 * end up in its text (the second waits, then sees the first's). Run it in a transaction.
 */
export async function currentFileTexts(db: Executor, documentId: string): Promise<string[]> {
  await db.selectFrom('documents').select('id').where('id', '=', documentId).forUpdate().execute();
  const rows = await db
    .selectFrom('documentFiles as f')
    .select('f.textContent')
    .where('f.documentId', '=', documentId)
    .where('f.textStatus', '=', 'done')
    .where(
      sql<SqlBool>`(f.version is null or f.version = (
        select max(v.version) from document_files v where v.document_id = ${documentId}))`,
    )
    .orderBy('f.createdAt')
    .orderBy('f.id')
    .execute();
  return rows.flatMap((r) => (r.textContent ? [r.textContent] : []));
}

/** Sets `attachment_text` of a document and of its copies delivered on the platform (which show its files). */
export async function setAttachmentText(
  db: Executor,
  documentId: string,
  text: string | null,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ attachmentText: text })
    .where((eb) => eb.or([eb('id', '=', documentId), eb('sourceDocumentId', '=', documentId)]))
    .where(sql<SqlBool>`attachment_text is distinct from ${text}`)
    .execute();
}

/** Files waiting to be read for longer than a job takes to start: their job was lost. */
export async function pendingFileIds(
  db: Executor,
  options: { olderThanMinutes: number; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('documentFiles')
    .select('id')
    .where('textStatus', '=', 'pending')
    .where('createdAt', '<', sql<Date>`now() - make_interval(mins => ${options.olderThanMinutes})`)
    .orderBy('createdAt')
    .limit(options.limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Every PDF and DOCX file (`congso documents read-files --all`), or those not read yet. */
export async function filesToRead(db: Executor, options: { all: boolean; mediaTypes: readonly string[] }) {
  let query = db
    .selectFrom('documentFiles as f')
    .innerJoin('blobs as b', 'b.id', 'f.blobId')
    .select('f.id')
    .where('b.contentType', 'in', [...options.mediaTypes])
    .orderBy('f.createdAt');
  if (!options.all) query = query.where('f.textStatus', '=', 'pending');
  return (await query.execute()).map((r) => r.id);
}
