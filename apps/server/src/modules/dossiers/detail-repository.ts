import type { RequiredDocument } from '@congso/one-stop';
import type { Executor } from '../../platform/db/database.ts';
import type { DossierStepRow } from './repository.ts';

// The SQL of a dossier's detail: what the dossier row does not say by itself (names of agencies, people,
// the procedure) and its files, history and slips.

export async function procedureOf(db: Executor, id: string) {
  return (await db
    .selectFrom('procedures')
    .select([
      'id',
      'code',
      'name',
      'field',
      'processingDays',
      'processingTimeText',
      'requiredDocuments',
      'formSchema',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()) as unknown as {
    id: string;
    code: string;
    name: string;
    field: string;
    processingDays: number | null;
    processingTimeText: string;
    requiredDocuments: RequiredDocument[];
    formSchema: Record<string, unknown> | null;
  };
}

export async function agencyOf(db: Executor, id: string) {
  return db
    .selectFrom('agencies')
    .select(['id', 'name', 'code'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export interface StepWithNames extends DossierStepRow {
  handlerAgencyName: string;
  handlerDepartmentName: string | null;
  assigneeName: string | null;
  finishedByName: string | null;
}

export async function stepsWithNames(db: Executor, dossierId: string): Promise<StepWithNames[]> {
  return (await db
    .selectFrom('dossierSteps as s')
    .innerJoin('agencies as a', 'a.id', 's.handlerAgencyId')
    .leftJoin('departments as dp', 'dp.id', 's.handlerDepartmentId')
    .leftJoin('users as au', 'au.id', 's.assigneeId')
    .leftJoin('users as fu', 'fu.id', 's.finishedBy')
    .select([
      's.position',
      's.name',
      's.role',
      's.handlerAgencyId',
      'a.name as handlerAgencyName',
      's.handlerDepartmentId',
      'dp.name as handlerDepartmentName',
      's.days',
      's.status',
      's.assigneeId',
      'au.displayName as assigneeName',
      's.startedAt',
      's.dueAt',
      's.finishedAt',
      's.finishedBy',
      'fu.displayName as finishedByName',
    ])
    .where('s.dossierId', '=', dossierId)
    .orderBy('s.position')
    .execute()) as StepWithNames[];
}

export interface FileRow {
  id: string;
  kind: 'submitted' | 'supplement' | 'working' | 'result';
  requirement: string | null;
  copyKind: 'original' | 'copy' | 'certified_copy' | 'electronic' | null;
  quantity: number | null;
  fileName: string | null;
  step: number | null;
  addedBy: string | null;
  addedByName: string | null;
  addedAt: Date;
  mediaType: string | null;
  size: string | number | null;
  storageKey: string | null;
}

export async function filesOf(db: Executor, dossierId: string, fileId?: string): Promise<FileRow[]> {
  let query = db
    .selectFrom('dossierFiles as f')
    .leftJoin('blobs as b', 'b.id', 'f.blobId')
    .leftJoin('users as u', 'u.id', 'f.addedBy')
    .select([
      'f.id',
      'f.kind',
      'f.requirement',
      'f.copyKind',
      'f.quantity',
      'f.fileName',
      'f.step',
      'f.addedBy',
      'u.displayName as addedByName',
      'f.addedAt',
      'b.contentType as mediaType',
      'b.size',
      'b.storageKey',
    ])
    .where('f.dossierId', '=', dossierId);
  if (fileId) query = query.where('f.id', '=', fileId);
  return (await query.orderBy('f.addedAt').orderBy('f.id').execute()) as FileRow[];
}

export async function eventsOf(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .leftJoin('agencies as a', 'a.id', 'e.actorAgencyId')
    .select([
      'e.id',
      'e.at',
      'e.kind',
      'e.actorId',
      'u.displayName as actorName',
      'e.actorAgencyId',
      'a.name as actorAgencyName',
      'e.statusFrom',
      'e.statusTo',
      'e.step',
      'e.toStep',
      'e.note',
      'e.data',
    ])
    .where('e.dossierId', '=', dossierId)
    .orderBy('e.id')
    .execute();
}

export interface SlipRow {
  id: string;
  form: '01' | '02' | '03' | '04';
  issuedAt: Date;
  issuedBy: string | null;
  issuedByName: string | null;
  reason: string | null;
  items: { name: string; reason: string }[];
  newAppointmentAt: Date | null;
  step: number | null;
}

export async function slipsOf(db: Executor, dossierId: string, slipId?: string): Promise<SlipRow[]> {
  let query = db
    .selectFrom('dossierSlips as s')
    .leftJoin('users as u', 'u.id', 's.issuedBy')
    .select([
      's.id',
      's.form',
      's.issuedAt',
      's.issuedBy',
      'u.displayName as issuedByName',
      's.reason',
      's.items',
      's.newAppointmentAt',
      's.step',
    ])
    .where('s.dossierId', '=', dossierId);
  if (slipId) query = query.where('s.id', '=', slipId);
  return (await query.orderBy('s.issuedAt').orderBy('s.id').execute()) as SlipRow[];
}

export async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('users').select('displayName').where('id', '=', id).executeTakeFirst();
  return row?.displayName ?? null;
}

/** A user's name and position as an official (for a signature), or undefined. */
export async function signerOf(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .select(['u.displayName', 'o.fullName', 'o.position'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
