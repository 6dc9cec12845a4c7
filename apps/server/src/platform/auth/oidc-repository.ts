import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

export interface SsoCandidate {
  id: string;
  username: string;
  kind: string;
  isActive: boolean;
  oidcSubject: string | null;
}

const columns = ['id', 'username', 'kind', 'isActive', 'oidcSubject'] as const;

export function findBySubject(db: Executor, subject: string): Promise<SsoCandidate | undefined> {
  return db.selectFrom('users').select(columns).where('oidcSubject', '=', subject).executeTakeFirst();
}

export function findByUsername(db: Executor, username: string): Promise<SsoCandidate | undefined> {
  return db.selectFrom('users').select(columns).where('username', '=', username).executeTakeFirst();
}

/** Links the subject to a user that has none yet; false when someone else linked it first. */
export async function linkSubjectIfUnlinked(db: Executor, userId: string, subject: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ oidcSubject: subject, updatedAt: sql<Date>`now()` })
    .where('id', '=', userId)
    .where('oidcSubject', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSignedIn(db: Executor, userId: string): Promise<void> {
  await db.updateTable('users').set({ lastLoginAt: new Date() }).where('id', '=', userId).execute();
}
