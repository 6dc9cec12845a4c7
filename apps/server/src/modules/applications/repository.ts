import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

// All SQL of applying online: drafts, the files uploaded for their required documents, and the blobs that
// stop being needed when a file is replaced or a draft deleted.

export type ResultDelivery = 'online' | 'counter' | 'post';

export interface ApplicationRow {
  id: string;
  applicantId: string;
  procedureId: string;
  agencyId: string;
  status: 'draft' | 'submitted';
  formData: Record<string, unknown>;
  applicantKind: 'citizen' | 'business';
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string;
  applicantAddress: string;
  resultDelivery: ResultDelivery;
  postalAddress: string;
  dossierId: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}

/** What a save writes: everything the applicant may change on the draft page. */
export type DraftChanges = Pick<
  ApplicationRow,
  | 'formData'
  | 'applicantName'
  | 'applicantIdNumber'
  | 'applicantPhone'
  | 'applicantEmail'
  | 'applicantAddress'
  | 'resultDelivery'
  | 'postalAddress'
>;

/**
 * The applicant's own application (anyone else's is not found); `lock` holds it until the transaction ends,
 * so that saves, removals and the submission of one draft happen one after the other.
 */
export async function findApplication(
  db: Executor,
  id: string,
  applicantId: string,
  options: { lock?: boolean } = {},
): Promise<ApplicationRow | undefined> {
  let query = db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('applicantId', '=', applicantId);
  if (options.lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as ApplicationRow | undefined;
}

/**
 * The applicant's open draft for the procedure at the agency: the one there is, or a new one with the details
 * given. Says whether it was created. Two tabs starting at once meet on the unique index and share one.
 */
export async function openDraft(
  trx: Executor,
  values: Pick<ApplicationRow, 'applicantId' | 'procedureId' | 'agencyId' | 'applicantKind'> &
    Partial<DraftChanges>,
): Promise<{ id: string; created: boolean }> {
  const inserted = await trx
    .insertInto('applications')
    .values({ ...values, formData: JSON.stringify(values.formData ?? {}) })
    .onConflict((oc) =>
      oc.columns(['applicantId', 'procedureId', 'agencyId']).where('status', '=', 'draft').doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await trx
    .selectFrom('applications')
    .select('id')
    .where('applicantId', '=', values.applicantId)
    .where('procedureId', '=', values.procedureId)
    .where('agencyId', '=', values.agencyId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export async function updateDraft(trx: Executor, id: string, changes: DraftChanges): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ ...changes, formData: JSON.stringify(changes.formData), updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export async function touchDraft(trx: Executor, id: string): Promise<void> {
  await trx.updateTable('applications').set({ updatedAt: sql<Date>`now()` }).where('id', '=', id).execute();
}

export async function markSubmitted(trx: Executor, id: string, dossierId: string, at: Date): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ status: 'submitted', dossierId, submittedAt: at, updatedAt: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteApplication(trx: Executor, id: string): Promise<void> {
  await trx.deleteFrom('applications').where('id', '=', id).execute();
}

export interface ApplicationFileRow {
  requirement: string;
  blobId: string;
  fileName: string;
  size: number;
  storageKey: string;
}

export async function filesOf(db: Executor, applicationId: string): Promise<ApplicationFileRow[]> {
  return (await db
    .selectFrom('applicationFiles as f')
    .innerJoin('blobs as b', 'b.id', 'f.blobId')
    .select([
      'f.requirement',
      'f.blobId',
      sql<string>`coalesce(b.filename, 'tep')`.as('fileName'),
      'b.size',
      'b.storageKey',
    ])
    .where('f.applicationId', '=', applicationId)
    .orderBy('f.addedAt')
    .orderBy('f.requirement')
    .execute()) as ApplicationFileRow[];
}

/** Sets the file of a required document; the blob it replaces, if there was one. */
export async function putFile(
  trx: Executor,
  applicationId: string,
  requirement: string,
  blobId: string,
): Promise<string | undefined> {
  const before = await trx
    .deleteFrom('applicationFiles')
    .where('applicationId', '=', applicationId)
    .where('requirement', '=', requirement)
    .returning('blobId')
    .executeTakeFirst();
  await trx.insertInto('applicationFiles').values({ applicationId, requirement, blobId }).execute();
  return before?.blobId;
}

/** Removes the file of a required document; its blob, or undefined when there was none. */
export async function removeFile(
  trx: Executor,
  applicationId: string,
  requirement: string,
): Promise<string | undefined> {
  const removed = await trx
    .deleteFrom('applicationFiles')
    .where('applicationId', '=', applicationId)
    .where('requirement', '=', requirement)
    .returning('blobId')
    .executeTakeFirst();
  return removed?.blobId;
}

/**
 * Deletes the records of blobs nothing refers to any more (a draft's file replaced or removed, a draft
 * deleted); their storage keys, for the bytes to be removed once the transaction commits.
 */
export async function deleteUnusedBlobs(trx: Executor, blobIds: string[]): Promise<string[]> {
  if (blobIds.length === 0) return [];
  const rows = await trx
    .deleteFrom('blobs as b')
    .where('b.id', 'in', blobIds)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('applicationFiles as f').select('f.blobId').whereRef('f.blobId', '=', 'b.id'))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('dossierFiles as d').select('d.blobId').whereRef('d.blobId', '=', 'b.id'))),
    )
    .returning('b.storageKey')
    .execute();
  return rows.map((r) => r.storageKey);
}

export interface DraftListRow {
  id: string;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  updatedAt: Date;
  files: number;
}

const draftColumns = [
  'a.id',
  'p.code as procedureCode',
  'p.name as procedureName',
  'g.name as agencyName',
  'a.updatedAt',
  sql<number>`(select count(*) from application_files f where f.application_id = a.id)::int`.as('files'),
] as const;

/** The applicant's open drafts, the latest changed first. */
export async function draftsOf(db: Executor, applicantId: string): Promise<DraftListRow[]> {
  return db
    .selectFrom('applications as a')
    .innerJoin('procedures as p', 'p.id', 'a.procedureId')
    .innerJoin('agencies as g', 'g.id', 'a.agencyId')
    .select(draftColumns)
    .where('a.applicantId', '=', applicantId)
    .where('a.status', '=', 'draft')
    .orderBy('a.updatedAt', 'desc')
    .limit(200)
    .execute();
}

/** One of the applicant's open drafts as its line in the list. */
export async function draftLine(db: Executor, id: string, applicantId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('procedures as p', 'p.id', 'a.procedureId')
    .innerJoin('agencies as g', 'g.id', 'a.agencyId')
    .select(draftColumns)
    .where('a.id', '=', id)
    .where('a.applicantId', '=', applicantId)
    .where('a.status', '=', 'draft')
    .executeTakeFirst();
}

/** The code of a dossier (to confirm a submission). */
export async function dossierCode(db: Executor, dossierId: string): Promise<string | undefined> {
  const row = await db.selectFrom('dossiers').select('code').where('id', '=', dossierId).executeTakeFirst();
  return row?.code;
}

/** The name and address of an agency. */
export function findAgency(db: Executor, agencyId: string) {
  return db.selectFrom('agencies').select(['name', 'address']).where('id', '=', agencyId).executeTakeFirst();
}
