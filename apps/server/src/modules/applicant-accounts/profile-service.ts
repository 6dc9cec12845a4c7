import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import type { ProfileInput } from './forms.ts';
import { normalisePhone } from './identifiers.ts';
import { type ApplicantProfile, findApplicantProfile } from './profile.ts';
import * as repo from './repository.ts';

/** Which contact the account signs in with: that one is fixed, the other is an ordinary profile field. */
export function signInChannelOf(username: string): 'email' | 'sms' | 'identity_provider' {
  if (username.includes('@')) return 'email';
  return normalisePhone(username) === username ? 'sms' : 'identity_provider';
}

const compared = ['displayName', 'idNumber', 'email', 'phone', 'address'] as const;

/**
 * The applicant changes their own profile. The audit entry names the fields changed, not their values:
 * personal data stays in the profile, not in the log.
 */
export async function updateOwnProfile(
  db: Database,
  ctx: RequestContext,
  applicant: Applicant,
  input: ProfileInput,
): Promise<void> {
  const before = await findApplicantProfile(db, applicant.userId);
  if (!before) throw new Error('the signed-in applicant has no account');
  const changed = compared.filter(
    (field) => input[field] !== undefined && (input[field] ?? null) !== (before[field] ?? null),
  );
  await db.transaction().execute(async (trx) => {
    await repo.updateProfile(trx, applicant.userId, input);
    await recordAudit(trx, ctx, {
      action: 'applicant.profile.update',
      targetType: 'user',
      targetId: applicant.userId,
      summary: { changed },
      as: { userId: applicant.userId, name: applicant.username },
    });
  });
}

/** The profile as the form shows it. */
export function profileValues(profile: ApplicantProfile): Record<string, string> {
  return {
    displayName: profile.displayName,
    idNumber: profile.idNumber ?? '',
    email: profile.email ?? '',
    phone: profile.phone ?? '',
    address: profile.address ?? '',
  };
}
