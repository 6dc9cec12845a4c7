import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

/** An account found by its sign-in name: any kind, so that callers can refuse staff accounts themselves. */
export interface AccountRow {
  id: string;
  kind: string;
  username: string;
  displayName: string;
  email: string | null;
  isActive: boolean;
  verifiedAt: Date | null;
}

export function findAccount(db: Executor, username: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('users as u')
    .leftJoin('applicantProfiles as p', 'p.userId', 'u.id')
    .select(['u.id', 'u.kind', 'u.username', 'u.displayName', 'u.email', 'u.isActive', 'p.verifiedAt'])
    .where('u.username', '=', username)
    .executeTakeFirst();
}

export interface NewApplicant {
  kind: 'citizen' | 'business';
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string | null;
  phone: string | null;
  idNumber: string | null;
  address?: string | null;
  verifiedAt: Date | null;
}

/** The user row and its profile; a taken username fails on the `users_username` unique index. */
export async function insertApplicant(trx: Executor, applicant: NewApplicant): Promise<string> {
  const user = await trx
    .insertInto('users')
    .values({
      kind: applicant.kind,
      username: applicant.username,
      displayName: applicant.displayName,
      email: applicant.email,
      passwordHash: applicant.passwordHash,
      ...(applicant.passwordHash ? { passwordChangedAt: new Date() } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('applicantProfiles')
    .values({
      userId: user.id,
      phone: applicant.phone,
      idNumber: applicant.idNumber,
      address: applicant.address ?? null,
      verifiedAt: applicant.verifiedAt,
    })
    .execute();
  return user.id;
}

/** Marks the account's email or phone proven (idempotent: the first proof's time is kept). */
export async function markVerified(trx: Executor, userId: string): Promise<void> {
  await trx
    .insertInto('applicantProfiles')
    .values({ userId, verifiedAt: new Date() })
    .onConflict((oc) =>
      oc.column('userId').doUpdateSet({
        verifiedAt: sql<Date>`coalesce(applicant_profiles.verified_at, now())`,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Held until the transaction ends: one code operation (issue, check) at a time per account. */
export async function lockUser(trx: Executor, userId: string): Promise<void> {
  await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}

export type CodePurpose = 'verify' | 'reset';

export interface CodeRow {
  id: string;
  codeHash: string;
  wrongAttempts: number;
  createdAt: Date;
  expiresAt: Date;
}

/** The newest code of this purpose that is neither used nor replaced. */
export function liveCode(trx: Executor, userId: string, purpose: CodePurpose): Promise<CodeRow | undefined> {
  return trx
    .selectFrom('accountCodes')
    .select(['id', 'codeHash', 'wrongAttempts', 'createdAt', 'expiresAt'])
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('consumedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** When the codes of this purpose sent since `since` were sent, oldest first (for the cool-down and the cap). */
export async function codesSentSince(
  trx: Executor,
  userId: string,
  purpose: CodePurpose,
  since: Date,
): Promise<Date[]> {
  const rows = await trx
    .selectFrom('accountCodes')
    .select('createdAt')
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('createdAt', '>=', since)
    .orderBy('createdAt')
    .execute();
  return rows.map((r) => r.createdAt);
}

/** A new code replaces every earlier one of the same purpose. */
export async function insertCode(
  trx: Executor,
  code: { userId: string; purpose: CodePurpose; codeHash: string; sentTo: string; expiresAt: Date },
): Promise<void> {
  await trx
    .updateTable('accountCodes')
    .set({ consumedAt: new Date() })
    .where('userId', '=', code.userId)
    .where('purpose', '=', code.purpose)
    .where('consumedAt', 'is', null)
    .execute();
  await trx.insertInto('accountCodes').values(code).execute();
}

export async function countWrongAttempt(trx: Executor, codeId: string): Promise<number> {
  const row = await trx
    .updateTable('accountCodes')
    .set((eb) => ({ wrongAttempts: eb('wrongAttempts', '+', 1) }))
    .where('id', '=', codeId)
    .returning('wrongAttempts')
    .executeTakeFirstOrThrow();
  return row.wrongAttempts;
}

export async function consumeCode(trx: Executor, codeId: string): Promise<void> {
  await trx.updateTable('accountCodes').set({ consumedAt: new Date() }).where('id', '=', codeId).execute();
}

export interface ProfileChange {
  displayName: string;
  idNumber: string | null;
  address: string | null;
  email?: string | null;
  phone?: string | null;
}

export async function updateProfile(trx: Executor, userId: string, change: ProfileChange): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      displayName: change.displayName,
      ...(change.email !== undefined ? { email: change.email } : {}),
      updatedAt: sql<Date>`now()`,
    })
    .where('id', '=', userId)
    .execute();
  const profile = {
    idNumber: change.idNumber,
    address: change.address,
    ...(change.phone !== undefined ? { phone: change.phone } : {}),
  };
  await trx
    .insertInto('applicantProfiles')
    .values({ userId, ...profile })
    .onConflict((oc) => oc.column('userId').doUpdateSet({ ...profile, updatedAt: sql<Date>`now()` }))
    .execute();
}

/** The account an identity at an external provider is linked to. */
export async function findIdentity(
  db: Executor,
  provider: string,
  subject: string,
): Promise<{ userId: string } | undefined> {
  return db
    .selectFrom('applicantIdentities')
    .select('userId')
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function linkIdentity(
  trx: Executor,
  identity: { provider: string; subject: string; userId: string },
): Promise<void> {
  await trx
    .insertInto('applicantIdentities')
    .values({ ...identity, lastLoginAt: new Date() })
    .execute();
}

export async function touchIdentity(trx: Executor, provider: string, subject: string): Promise<void> {
  await trx
    .updateTable('applicantIdentities')
    .set({ lastLoginAt: new Date() })
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .execute();
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}
