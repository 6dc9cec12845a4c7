import type { DossierStatus, PortalDossierFacts, PortalLine, PortalStep } from '@congso/one-stop';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

// The SQL of the national portal sync: a dossier as the portal's records need it, what the portal has been
// told of each dossier, the log of requests, and the lines the sync could not deliver.

/** A unit as the control sheet names it: "Phòng … - Sở …", or the agency. */
const unitName = (department: string | null, agency: string) =>
  department ? `${department} - ${agency}` : agency;

/**
 * Everything the portal's records say of a dossier (`@congso/one-stop` builds them): the dossier with its
 * procedure and receiving agency, its files, its whole history with who acted, and its steps.
 */
export async function dossierFacts(
  db: Executor,
  dossierId: string,
  fieldCodes: Readonly<Record<string, string>>,
): Promise<PortalDossierFacts> {
  const [dossier, files, history, steps] = await Promise.all([
    db
      .selectFrom('dossiers as d')
      .innerJoin('procedures as p', 'p.id', 'd.procedureId')
      .innerJoin('agencies as a', 'a.id', 'd.agencyId')
      .select([
        'd.code',
        'p.code as procedureCode',
        'p.name as procedureName',
        'p.field',
        'a.name as agencyName',
        'd.applicantKind',
        'd.applicantName',
        'd.applicantIdNumber',
        'd.applicantEmail',
        'd.applicantPhone',
        'd.applicantAddress',
        'd.summary',
        'd.submittedAt',
        'd.receivedAt',
        'd.appointmentAt',
        'd.completedAt',
        'd.returnedAt',
        'd.endedAt',
        'd.resultDelivery',
        'd.postalAddress',
      ])
      .where('d.id', '=', dossierId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('dossierFiles')
      .select(['id', 'kind', sql<string>`coalesce(file_name, requirement, '')`.as('name')])
      .where('dossierId', '=', dossierId)
      .where('kind', 'in', ['submitted', 'supplement', 'result'])
      .orderBy('addedAt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('dossierEvents as e')
      .leftJoin('users as u', 'u.id', 'e.actorId')
      .leftJoin('officials as o', 'o.id', 'u.officialId')
      .select([
        sql<string>`e.id::text`.as('id'),
        'e.kind',
        'e.at',
        'e.statusFrom',
        'e.statusTo',
        'e.step',
        'e.toStep',
        'e.note',
        'e.data',
        'u.displayName as actorName',
        sql<string | null>`coalesce(o.title, o.position)`.as('actorTitle'),
      ])
      .where('e.dossierId', '=', dossierId)
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('dossierSteps as s')
      .innerJoin('agencies as a', 'a.id', 's.handlerAgencyId')
      .leftJoin('departments as dp', 'dp.id', 's.handlerDepartmentId')
      .select([
        's.position',
        's.name',
        's.role',
        's.dueAt',
        'a.name as agencyName',
        'dp.name as departmentName',
      ])
      .where('s.dossierId', '=', dossierId)
      .orderBy('s.position')
      .execute(),
  ]);
  return {
    code: dossier.code,
    procedure: { code: dossier.procedureCode, name: dossier.procedureName, field: dossier.field },
    fieldCode: fieldCodes[dossier.field] ?? null,
    agencyName: dossier.agencyName,
    applicant: {
      kind: dossier.applicantKind as 'citizen' | 'business',
      name: dossier.applicantName,
      idNumber: dossier.applicantIdNumber,
      email: dossier.applicantEmail,
      phone: dossier.applicantPhone,
      address: dossier.applicantAddress,
    },
    summary: dossier.summary,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    appointmentAt: dossier.appointmentAt,
    completedAt: dossier.completedAt,
    returnedAt: dossier.returnedAt,
    endedAt: dossier.endedAt,
    resultDelivery: dossier.resultDelivery as PortalDossierFacts['resultDelivery'],
    postalAddress: dossier.postalAddress,
    files: files as PortalDossierFacts['files'],
    history: history.map(
      (line): PortalLine => ({
        ...line,
        statusFrom: line.statusFrom as DossierStatus | null,
        statusTo: line.statusTo as DossierStatus | null,
        data: (line.data ?? {}) as Record<string, unknown>,
      }),
    ),
    steps: steps.map(
      (step): PortalStep => ({
        position: step.position,
        name: step.name,
        role: step.role as PortalStep['role'],
        unitName: unitName(step.departmentName, step.agencyName),
        dueAt: step.dueAt,
      }),
    ),
  };
}

/** Whether the portal has accepted a record of the dossier (the next one is an update). */
export async function isKnownToPortal(db: Executor, dossierId: string): Promise<boolean> {
  const row = await db
    .selectFrom('nationalPortalDossiers')
    .select('dossierId')
    .where('dossierId', '=', dossierId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markKnownToPortal(db: Executor, dossierId: string, statusCode: string): Promise<void> {
  await db
    .insertInto('nationalPortalDossiers')
    .values({ dossierId, lastStatusCode: statusCode })
    .onConflict((oc) =>
      oc.column('dossierId').doUpdateSet({ lastSyncedAt: sql`now()`, lastStatusCode: statusCode }),
    )
    .execute();
}

/** The services whose record of this history line the portal has accepted already. */
export async function acceptedServices(db: Executor, eventId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('nationalPortalSyncLog')
    .select('service')
    .where('eventId', '=', sql<number>`${eventId}::bigint`)
    .where('accepted', '=', true)
    .execute();
  return new Set(rows.map((r) => r.service));
}

/** Whether the portal holds a dossier record of a later line than this one (it shows newer facts). */
export async function newerDossierRecordAccepted(
  db: Executor,
  dossierId: string,
  eventId: string,
  service: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('nationalPortalSyncLog')
    .select('id')
    .where('dossierId', '=', dossierId)
    .where('service', '=', service)
    .where('accepted', '=', true)
    .where('eventId', '>', sql<number>`${eventId}::bigint`)
    .executeTakeFirst();
  return row !== undefined;
}

export interface SyncLogEntry {
  dossierId: string;
  eventId: string;
  service: string;
  payload: Record<string, unknown>;
  accepted: boolean;
  httpStatus: number | null;
  response: string | null;
  error: string | null;
}

export async function logRequest(db: Executor, entry: SyncLogEntry): Promise<void> {
  await db
    .insertInto('nationalPortalSyncLog')
    .values({
      ...entry,
      eventId: sql<number>`${entry.eventId}::bigint`,
      payload: JSON.stringify(entry.payload),
      response: entry.response?.slice(0, 10_000) ?? null,
      error: entry.error?.slice(0, 2000) ?? null,
    })
    .execute();
}

/** A line of the feed the sync could not deliver yet (failed, or retried after an error). */
export interface SyncProblemRow {
  id: string;
  dossierId: string;
  dossierCode: string;
  kind: string;
  at: Date;
  status: 'pending' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  doneAt: Date | null;
}

const problemColumns = [
  sql<string>`o.id::text`.as('id'),
  'o.dossierId',
  'd.code as dossierCode',
  'e.kind',
  'e.at',
  'o.status',
  'o.attempts',
  'o.lastError',
  'o.nextAttemptAt',
  'o.doneAt',
] as const;

/** Failed lines, and lines waiting for a retry after an error: newest first. */
export async function syncProblems(db: Executor, limit: number): Promise<SyncProblemRow[]> {
  return (await db
    .selectFrom('dossierOutbox as o')
    .innerJoin('dossierEvents as e', 'e.id', 'o.eventId')
    .innerJoin('dossiers as d', 'd.id', 'o.dossierId')
    .select(problemColumns)
    .where('o.consumer', '=', 'national_portal')
    .where((eb) =>
      eb.or([
        eb('o.status', '=', 'failed'),
        eb.and([eb('o.status', '=', 'pending'), eb('o.attempts', '>', 0)]),
      ]),
    )
    .orderBy('o.id', 'desc')
    .limit(limit)
    .execute()) as SyncProblemRow[];
}

/** One line of the national portal feed, locked (`FOR UPDATE`) for a retry; undefined when there is none. */
export async function lockedFeedLine(trx: Executor, id: string) {
  return trx
    .selectFrom('dossierOutbox as o')
    .innerJoin('dossierEvents as e', 'e.id', 'o.eventId')
    .innerJoin('dossiers as d', 'd.id', 'o.dossierId')
    .select([...problemColumns, 'd.agencyId'])
    .where('o.id', '=', sql<number>`${id}::bigint`)
    .where('o.consumer', '=', 'national_portal')
    .forUpdate('o')
    .executeTakeFirst();
}

/** The line is due again, as if never tried. */
export async function requeueFeedLine(trx: Executor, id: string): Promise<void> {
  await trx
    .updateTable('dossierOutbox')
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql<Date>`now()`, lastError: null, doneAt: null })
    .where('id', '=', sql<number>`${id}::bigint`)
    .execute();
}

export interface SyncLogRow {
  id: number;
  dossierId: string;
  dossierCode: string;
  service: string;
  accepted: boolean;
  httpStatus: number | null;
  error: string | null;
  payload: unknown;
  response: string | null;
  sentAt: Date;
}

/** The latest requests sent (of one dossier, by its code, when asked), newest first. */
export async function syncLog(db: Executor, limit: number, code?: string): Promise<SyncLogRow[]> {
  let query = db
    .selectFrom('nationalPortalSyncLog as l')
    .innerJoin('dossiers as d', 'd.id', 'l.dossierId')
    .select([
      'l.id',
      'l.dossierId',
      'd.code as dossierCode',
      'l.service',
      'l.accepted',
      'l.httpStatus',
      'l.error',
      'l.payload',
      'l.response',
      'l.sentAt',
    ]);
  if (code) query = query.where('d.code', '=', code);
  return (await query.orderBy('l.id', 'desc').limit(limit).execute()) as SyncLogRow[];
}
