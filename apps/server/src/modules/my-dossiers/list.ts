import type { MyDossierList } from '@congso/portal';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { Database } from '../../platform/db/database.ts';
import { applicantDossiers } from './repository.ts';
import { attentionOf } from './rules.ts';

export const PAGE_SIZE = 20;

/** A page of the applicant's own dossiers, newest first, each with what needs them. */
export async function myDossierList(
  db: Database,
  applicant: Applicant,
  page: number,
): Promise<MyDossierList> {
  const { rows, total } = await applicantDossiers(db, applicant.userId, page, PAGE_SIZE);
  return {
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      procedureName: row.procedureName,
      agencyName: row.agencyName,
      status: row.status,
      submittedAt: row.submittedAt,
      appointmentAt: row.appointmentAt,
      attention: attentionOf(row),
    })),
    total,
    page,
    pageSize: PAGE_SIZE,
  };
}
