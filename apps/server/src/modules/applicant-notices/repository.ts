import type { Executor } from '../../platform/db/database.ts';

/** What a notice needs of a dossier, its procedure, its receiving agency and the account that submitted it. */
export interface NoticeDossier {
  id: string;
  code: string;
  channel: 'counter' | 'online' | 'post';
  applicantKind: 'citizen' | 'business';
  applicantName: string;
  applicantEmail: string | null;
  applicantPhone: string | null;
  appointmentAt: Date | null;
  resultDelivery: 'counter' | 'post' | 'online';
  postalAddress: string | null;
  procedureName: string;
  agencyName: string;
  agencyAddress: string | null;
  /** The applicant's account (citizen or business) that submitted it; null at the counter (a clerk). */
  accountId: string | null;
  accountEmail: string | null;
}

export async function findNoticeDossier(db: Executor, id: string): Promise<NoticeDossier | undefined> {
  return (await db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .innerJoin('agencies as a', 'a.id', 'd.agencyId')
    // the creator is an applicant's account only when it is not a staff user (a clerk at the counter)
    .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'd.createdBy').on('u.kind', '<>', 'staff'))
    .select([
      'd.id',
      'd.code',
      'd.channel',
      'd.applicantKind',
      'd.applicantName',
      'd.applicantEmail',
      'd.applicantPhone',
      'd.appointmentAt',
      'd.resultDelivery',
      'd.postalAddress',
      'p.name as procedureName',
      'a.name as agencyName',
      'a.address as agencyAddress',
      'u.id as accountId',
      'u.email as accountEmail',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst()) as NoticeDossier | undefined;
}
