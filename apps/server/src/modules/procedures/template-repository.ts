import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

/** The SQL of template files: each a row of `procedure_templates` whose bytes are a blob. */

const columns = [
  't.id',
  't.procedureId',
  't.document',
  't.fileName',
  't.uploadedAt',
  't.blobId',
  'b.storageKey',
  'b.contentType as mediaType',
  'b.size',
  'b.sha256',
] as const;

function withBlob(db: Executor) {
  return db.selectFrom('procedureTemplates as t').innerJoin('blobs as b', 'b.id', 't.blobId');
}

/** What templates need of their procedure: its code (for the portal's address) and its documents. */
export function procedureOf(db: Executor, id: string) {
  return db
    .selectFrom('procedures')
    .select(['id', 'code', 'requiredDocuments'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The templates of a procedure, with who uploaded each, in the order of upload. */
export function templatesOf(db: Executor, procedureId: string) {
  return withBlob(db)
    .leftJoin('users as u', 'u.id', 't.uploadedBy')
    .select([...columns, 'u.displayName as uploadedBy'])
    .where('t.procedureId', '=', procedureId)
    .orderBy('t.uploadedAt')
    .execute();
}
export type TemplateRow = Awaited<ReturnType<typeof templatesOf>>[number];

/** One template of a procedure, locked for a change. */
export function lockTemplate(db: Executor, procedureId: string, id: string) {
  return withBlob(db)
    .select(columns)
    .where('t.procedureId', '=', procedureId)
    .where('t.id', '=', id)
    .forUpdate('t')
    .executeTakeFirst();
}

/** The template of a document of a procedure, locked for a change (by the same digest its unique index uses). */
export function lockTemplateOf(db: Executor, procedureId: string, document: string) {
  return withBlob(db)
    .select(columns)
    .where('t.procedureId', '=', procedureId)
    .where(sql`md5(t.document)`, '=', sql<string>`md5(${document})`)
    .forUpdate('t')
    .executeTakeFirst();
}

/** A template the portal publishes: its procedure is in use and has the code given. */
export function publishedTemplate(db: Executor, code: string, id: string) {
  return withBlob(db)
    .innerJoin('procedures as p', 'p.id', 't.procedureId')
    .select(columns)
    .where('p.code', '=', code)
    .where('p.active', '=', true)
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function insertTemplate(
  db: Executor,
  values: { procedureId: string; document: string; blobId: string; fileName: string; uploadedBy: string },
): Promise<string> {
  const row = await db
    .insertInto('procedureTemplates')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A new file for the same row: the portal's address of the template does not change. */
export async function replaceTemplateFile(
  db: Executor,
  id: string,
  values: { blobId: string; fileName: string; uploadedBy: string },
): Promise<void> {
  await db
    .updateTable('procedureTemplates')
    .set({ ...values, uploadedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function deleteTemplate(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('procedureTemplates').where('id', '=', id).execute();
}

/** The record of a blob no row refers to any more (its bytes are removed once the transaction commits). */
export async function deleteBlobRecord(db: Executor, blobId: string): Promise<void> {
  await db.deleteFrom('blobs').where('id', '=', blobId).execute();
}
