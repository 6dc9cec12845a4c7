import type { RequiredDocument } from '@congso/one-stop';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { matchesAllWords } from '../../platform/db/search.ts';
import type { DossierRow } from './repository.ts';

// The SQL of receiving: the procedures a counter may receive, the dossier written with its steps, files and
// slips, and the scans uploaded before the receipt that it claims.

export interface ProcedureStepRow {
  position: number;
  name: string;
  role: 'receive' | 'handle' | 'approve' | 'return';
  handlerAgencyId: string;
  handlerAgencyName: string;
  handlerDepartmentId: string | null;
  days: number;
}

export interface OfferedProcedureRow {
  id: string;
  code: string;
  name: string;
  field: string;
  active: boolean;
  processingDays: number | null;
  processingTimeText: string;
  onlineService: 'full' | 'partial' | 'none';
  requiredDocuments: RequiredDocument[];
  formSchema: Record<string, unknown> | null;
}

const procedureColumns = [
  'p.id',
  'p.code',
  'p.name',
  'p.field',
  'p.active',
  'p.processingDays',
  'p.processingTimeText',
  'p.onlineService',
  'p.requiredDocuments',
  'p.formSchema',
] as const;

/** Offered at an agency: it has processing steps there (quy trình nội bộ). */
const offeredAt = (agencyId: string) =>
  sql<SqlBool>`exists (select 1 from processing_steps os where os.procedure_id = p.id and os.agency_id = ${agencyId})`;

/** The procedure (whatever its state), or undefined. */
export async function findProcedure(db: Executor, id: string): Promise<OfferedProcedureRow | undefined> {
  return (await db
    .selectFrom('procedures as p')
    .select(procedureColumns)
    .where('p.id', '=', id)
    .executeTakeFirst()) as unknown as OfferedProcedureRow | undefined;
}

/** Active procedures with a legal time offered at an agency, matching every word of `q`, by field and name. */
export async function receivableProcedures(
  db: Executor,
  agencyId: string,
  q: string | undefined,
  limit: number,
): Promise<OfferedProcedureRow[]> {
  const conditions: Expression<SqlBool>[] = [
    sql<SqlBool>`p.active`,
    sql<SqlBool>`p.processing_days is not null`,
    offeredAt(agencyId),
  ];
  if (q) conditions.push(matchesAllWords('p.search', q));
  return (await db
    .selectFrom('procedures as p')
    .select(procedureColumns)
    .where(sql<SqlBool>`${sql.join(conditions, sql` and `)}`)
    .orderBy('p.field')
    .orderBy('p.name')
    .limit(limit)
    .execute()) as unknown as OfferedProcedureRow[];
}

/** The processing steps of procedures at an agency, by procedure, in order. */
export async function procedureSteps(
  db: Executor,
  procedureIds: string[],
  agencyId: string,
): Promise<Map<string, ProcedureStepRow[]>> {
  const byProcedure = new Map<string, ProcedureStepRow[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return byProcedure;
  const rows = await db
    .selectFrom('processingSteps as s')
    .innerJoin('agencies as ha', 'ha.id', 's.handlerAgencyId')
    .select([
      's.procedureId',
      's.position',
      's.name',
      's.role',
      's.handlerAgencyId',
      'ha.name as handlerAgencyName',
      's.handlerDepartmentId',
      's.days',
    ])
    .where('s.procedureId', 'in', procedureIds)
    .where('s.agencyId', '=', agencyId)
    .orderBy('s.procedureId')
    .orderBy('s.position')
    .execute();
  for (const { procedureId, ...step } of rows) byProcedure.get(procedureId)!.push(step as ProcedureStepRow);
  return byProcedure;
}

export type NewDossier = Omit<
  DossierRow,
  | 'id'
  | 'currentStep'
  | 'pausedSince'
  | 'completedAt'
  | 'returnedAt'
  | 'endedAt'
  | 'postalTracking'
  | 'postalStatus'
  | 'createdAt'
  | 'updatedAt'
  | 'submittedAt'
> & { createdBy: string | null; currentStep: number | null; submittedAt: Date };

export async function insertDossier(trx: Executor, dossier: NewDossier): Promise<string> {
  const row = await trx
    .insertInto('dossiers')
    .values({ ...dossier, formData: JSON.stringify(dossier.formData) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewStep {
  position: number;
  name: string;
  role: ProcedureStepRow['role'];
  handlerAgencyId: string;
  handlerDepartmentId: string | null;
  days: number;
  status: 'pending' | 'active' | 'done';
  startedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  finishedBy: string | null;
}

export async function insertSteps(trx: Executor, dossierId: string, steps: NewStep[]): Promise<void> {
  await trx
    .insertInto('dossierSteps')
    .values(steps.map((step) => ({ dossierId, ...step })))
    .execute();
}

export interface NewFile {
  kind: 'submitted' | 'supplement' | 'working' | 'result';
  requirement: string | null;
  copyKind: 'original' | 'copy' | 'certified_copy' | 'electronic' | null;
  quantity: number | null;
  blobId: string | null;
  fileName: string | null;
  step: number | null;
}

export async function insertFiles(
  trx: Executor,
  dossierId: string,
  addedBy: string | null,
  files: NewFile[],
): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await trx
    .insertInto('dossierFiles')
    .values(files.map((file) => ({ dossierId, addedBy, ...file })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The required documents a dossier's files of these kinds answer. */
export async function filesOfKind(
  db: Executor,
  dossierId: string,
  kinds: NewFile['kind'][],
): Promise<string[]> {
  const rows = await db
    .selectFrom('dossierFiles')
    .select('requirement')
    .where('dossierId', '=', dossierId)
    .where('kind', 'in', kinds)
    .where('requirement', 'is not', null)
    .execute();
  return rows.map((r) => r.requirement!);
}

export interface NewSlip {
  form: '01' | '02' | '03' | '04';
  issuedBy: string | null;
  issuedAt: Date;
  reason?: string | null;
  items?: { name: string; reason: string }[];
}

export async function insertSlip(trx: Executor, dossierId: string, slip: NewSlip): Promise<string> {
  const row = await trx
    .insertInto('dossierSlips')
    .values({
      dossierId,
      form: slip.form,
      issuedBy: slip.issuedBy,
      issuedAt: slip.issuedAt,
      reason: slip.reason ?? null,
      items: JSON.stringify(slip.items ?? []),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface UploadRow {
  id: string;
  filename: string | null;
  createdBy: string | null;
  /** Already a file of a dossier or a document. */
  used: boolean;
}

/** Scans uploaded before a receipt, locked until the transaction ends so two receipts cannot both take one. */
export async function lockUploads(trx: Executor, blobIds: string[]): Promise<UploadRow[]> {
  if (blobIds.length === 0) return [];
  return (await trx
    .selectFrom('blobs as b')
    .select([
      'b.id',
      'b.filename',
      'b.createdBy',
      sql<boolean>`exists (select 1 from dossier_files f where f.blob_id = b.id)
        or exists (select 1 from document_files f where f.blob_id = b.id)`.as('used'),
    ])
    .where('b.id', 'in', blobIds)
    .forUpdate()
    .execute()) as UploadRow[];
}
