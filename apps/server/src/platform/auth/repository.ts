import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Executor, PREPARE } from '../db/database.ts';
import type { Actor, Clearance, RoleGrant, UserKind } from './actor.ts';

export interface LoginCandidate {
  id: string;
  username: string;
  /** staff, citizen or business: each signs in on its own side (staff app, portal) only */
  kind: string;
  passwordHash: string | null;
  isActive: boolean;
  failedLoginCount: number;
  lockedUntil: Date | null;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  mustChangePassword: boolean;
}

export function findLoginCandidate(db: Executor, username: string): Promise<LoginCandidate | undefined> {
  return db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'kind',
      'passwordHash',
      'isActive',
      'failedLoginCount',
      'lockedUntil',
      'totpSecret',
      'totpEnabledAt',
      'totpLastStep',
      'mustChangePassword',
    ])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function recordFailure(db: Executor, userId: string, lockedUntil: Date | null): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failedLoginCount: eb('failedLoginCount', '+', 1), lockedUntil }))
    .where('id', '=', userId)
    .returning('failedLoginCount')
    .executeTakeFirstOrThrow();
  return row.failedLoginCount;
}

export async function recordSuccess(db: Executor, userId: string, totpStep: number | null): Promise<void> {
  await db
    .updateTable('users')
    .set({
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: new Date(),
      ...(totpStep !== null ? { totpLastStep: totpStep } : {}),
    })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Executor,
  session: {
    id: string;
    userId: string;
    authMethod: 'password' | 'oidc';
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string, exceptId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, idleBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<', new Date()), eb('lastSeenAt', '<', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

interface SessionRow {
  sessionId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  username: string;
  displayName: string;
  kind: string;
  isActive: boolean;
  mustChangePassword: boolean;
  officialId: string | null;
  agencyId: string | null;
  clearance: string | null;
  grants: RoleGrant[];
}

/**
 * Everything a request needs to know about its session — the user, their agency and clearance, and their
 * role grants with permissions — in one statement, since every authenticated request runs it.
 */
export function findSession(db: Executor, id: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .select((eb) => [
      's.id as sessionId',
      's.lastSeenAt',
      's.expiresAt',
      'u.id as userId',
      'u.username',
      'u.displayName',
      'u.kind',
      'u.isActive',
      'u.mustChangePassword',
      'u.officialId',
      'o.agencyId',
      'o.clearance',
      jsonArrayFrom(
        eb
          .selectFrom('roleAssignments as ra')
          .innerJoin('roles as r', 'r.key', 'ra.role')
          .select(['ra.role', 'ra.agencyId', 'ra.includeSubtree', 'r.permissions'])
          .whereRef('ra.userId', '=', 'u.id'),
      ).as('grants'),
    ])
    .where('s.id', '=', id)
    .modifyFront(PREPARE)
    .executeTakeFirst() as Promise<SessionRow | undefined>;
}

export async function touchSession(db: Executor, id: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: new Date() }).where('id', '=', id).execute();
}

export function toActor(row: SessionRow): Actor {
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    kind: row.kind as UserKind,
    officialId: row.officialId,
    agencyId: row.agencyId,
    clearance: (row.clearance ?? 'none') as Clearance,
    grants: row.grants,
    sessionId: row.sessionId,
    mustChangePassword: row.mustChangePassword,
  };
}

export function findPasswordHash(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .select(['passwordHash', 'username'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function setPassword(
  db: Executor,
  userId: string,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: new Date(),
      failedLoginCount: 0,
      lockedUntil: null,
      updatedAt: sql<Date>`now()`,
    })
    .where('id', '=', userId)
    .execute();
}

export async function setTotp(
  db: Executor,
  userId: string,
  sealedSecret: string | null,
  enabledAt: Date | null,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      totpSecret: sealedSecret,
      totpEnabledAt: enabledAt,
      totpLastStep: null,
      updatedAt: sql<Date>`now()`,
    })
    .where('id', '=', userId)
    .execute();
}

export function findTotpState(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .select(['totpSecret', 'totpEnabledAt', 'totpLastStep', 'username'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export function findUserBySubject(db: Executor, subject: string) {
  return db
    .selectFrom('users')
    .select(['id', 'isActive'])
    .where('oidcSubject', '=', subject)
    .executeTakeFirst();
}

export async function linkSubject(db: Executor, userId: string, subject: string): Promise<void> {
  await db.updateTable('users').set({ oidcSubject: subject }).where('id', '=', userId).execute();
}
