import type { DossierStatus } from '@congso/one-stop';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { supplementAwaitingCheck } from '../dossiers/repository.ts';

// The SQL of "my dossiers": the dossiers an applicant's account submitted (`dossiers.created_by`), each with
// what the portal's list shows about it. A dossier of anyone else is never read here.

export interface MyDossierRow {
  id: string;
  code: string;
  status: DossierStatus;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  submittedAt: Date;
  appointmentAt: Date | null;
  resultDelivery: 'counter' | 'post' | 'online';
  /** A supplement sent online waits for the counter to check it. */
  supplementSent: boolean;
  rated: boolean;
}

function ownDossiers(db: Executor, userId: string) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .innerJoin('agencies as a', 'a.id', 'd.agencyId')
    .where('d.createdBy', '=', userId);
}

/** A page of the applicant's dossiers, newest first (`dossiers_created_by`), and how many they have. */
export async function applicantDossiers(
  db: Executor,
  userId: string,
  page: number,
  pageSize: number,
): Promise<{ rows: MyDossierRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    ownDossiers(db, userId)
      .select([
        'd.id',
        'd.code',
        'd.status',
        'p.code as procedureCode',
        'p.name as procedureName',
        'a.name as agencyName',
        'd.submittedAt',
        'd.appointmentAt',
        'd.resultDelivery',
        supplementAwaitingCheck.as('supplementSent'),
        sql<boolean>`exists (select 1 from dossier_ratings r where r.dossier_id = d.id)`.as('rated'),
      ])
      .orderBy('d.submittedAt', 'desc')
      .orderBy('d.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    ownDossiers(db, userId)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as MyDossierRow[], total: Number(count.n) };
}

/** What the last fee request of the dossier asked (amount in đồng and what for), if any. */
export async function lastFeeRequest(db: Executor, dossierId: string) {
  const row = await db
    .selectFrom('dossierEvents')
    .select('data')
    .where('dossierId', '=', dossierId)
    .where('kind', '=', 'request_fee')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const data = row.data as { amount?: unknown; purpose?: unknown };
  return {
    amount: typeof data.amount === 'number' ? data.amount : null,
    purpose: typeof data.purpose === 'string' ? data.purpose : null,
  };
}
