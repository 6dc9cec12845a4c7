import type { Executor } from '../../platform/db/database.ts';

/** What the portal knows of an applicant (citizen or business), used to prefill applications. */
export interface ApplicantProfile {
  userId: string;
  kind: 'citizen' | 'business';
  /** A citizen's full name, or the business's name. */
  displayName: string;
  email: string | null;
  /** A Vietnamese mobile number in national form (0912345678). */
  phone: string | null;
  /** Số định danh cá nhân (citizen) or mã số doanh nghiệp / thuế (business). */
  idNumber: string | null;
  address: string | null;
}

/** The profile of an applicant account; undefined for an unknown user or a staff account. */
export async function findApplicantProfile(
  db: Executor,
  userId: string,
): Promise<ApplicantProfile | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('applicantProfiles as p', 'p.userId', 'u.id')
    .select(['u.id', 'u.kind', 'u.displayName', 'u.email', 'p.phone', 'p.idNumber', 'p.address'])
    .where('u.id', '=', userId)
    .where('u.kind', 'in', ['citizen', 'business'])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.id,
    kind: row.kind as ApplicantProfile['kind'],
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    idNumber: row.idNumber,
    address: row.address,
  };
}
