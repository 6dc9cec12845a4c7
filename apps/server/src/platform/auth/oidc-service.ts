import { type AuditEntryInput, recordAudit, recordAuditAlone } from '../audit/recorder.ts';
import type { RequestContext } from '../context.ts';
import type { VerifiedIdentity } from './oidc-client.ts';
import * as oidcRepo from './oidc-repository.ts';
import type { SsoFailureReason } from './oidc-schema.ts';
import * as repo from './repository.ts';
import { type AuthDeps, openSession } from './service.ts';

/** A sign-in that ends on the login page with a reason; already audited when thrown. */
export class SsoFailure extends Error {
  readonly reason: SsoFailureReason;
  constructor(reason: SsoFailureReason, message?: string) {
    super(message ?? reason);
    this.name = 'SsoFailure';
    this.reason = reason;
  }
}

/**
 * The key stored in `users.oidc_subject`: the issuer, `#`, then the subject. An issuer identifier has no
 * fragment, so the first `#` always separates the two, and the same `sub` from two providers never matches.
 */
export function subjectKey(issuer: string, subject: string): string {
  if (issuer.includes('#') || subject.length === 0) throw new Error('unusable issuer or subject');
  return `${issuer}#${subject}`;
}

const clip = (value: unknown, max = 200) => String(value).slice(0, max);

/** Records a refused sign-in (kept even though the request fails) and throws it as an SsoFailure. */
export async function refuse(
  deps: AuthDeps,
  ctx: RequestContext,
  reason: SsoFailureReason,
  summary: Record<string, unknown>,
  userId?: string,
): Promise<never> {
  await recordAuditAlone(deps.db, ctx, {
    action: 'auth.sso.fail',
    targetType: 'user',
    ...(userId ? { targetId: userId } : {}),
    summary: { reason, ...summary },
  });
  throw new SsoFailure(reason);
}

async function usernameFrom(
  identity: VerifiedIdentity,
  claim: string,
): Promise<{ username?: string; emailVerified?: unknown }> {
  let source = identity.claims;
  if (source[claim] === undefined) source = { ...(await identity.userInfo()), ...identity.claims };
  const value = source[claim];
  return {
    ...(typeof value === 'string' && value.trim() ? { username: value.trim().toLowerCase() } : {}),
    emailVerified: source.email_verified,
  };
}

/**
 * Turns a verified identity into a CôngSở session. The user is found by the linked subject first; failing
 * that by the username claim among existing active staff accounts, and the subject is linked on that first
 * use. Nobody is created here: accounts come from administrators, who decide agency, role and clearance.
 */
export async function signInWithOidc(
  deps: AuthDeps,
  ctx: RequestContext,
  identity: VerifiedIdentity,
  usernameClaim: string,
): Promise<{ token: string; userId: string }> {
  const { db } = deps;
  const subject = subjectKey(identity.issuer, identity.subject);
  const base = { issuer: identity.issuer, subject: clip(identity.subject) };

  let user = await oidcRepo.findBySubject(db, subject);
  let link = false;
  if (user) {
    if (user.kind !== 'staff')
      return refuse(deps, ctx, 'unknown_user', { ...base, detail: 'not_staff' }, user.id);
    if (!user.isActive) return refuse(deps, ctx, 'disabled', { ...base, username: user.username }, user.id);
  } else {
    let found: { username?: string; emailVerified?: unknown };
    try {
      found = await usernameFrom(identity, usernameClaim);
    } catch (error) {
      return refuse(deps, ctx, 'provider', {
        ...base,
        detail: `userinfo: ${clip((error as Error).message)}`,
      });
    }
    const { username } = found;
    if (!username) return refuse(deps, ctx, 'no_username', { ...base, claim: usernameClaim });
    if (usernameClaim === 'email' && found.emailVerified !== true) {
      return refuse(deps, ctx, 'no_username', {
        ...base,
        claim: usernameClaim,
        detail: 'email_not_verified',
      });
    }
    user = await oidcRepo.findByUsername(db, username);
    if (user?.kind !== 'staff') {
      return refuse(deps, ctx, 'unknown_user', { ...base, username: clip(username, 100) }, user?.id);
    }
    if (!user.isActive) return refuse(deps, ctx, 'disabled', { ...base, username }, user.id);
    if (user.oidcSubject !== null)
      return refuse(deps, ctx, 'linked_elsewhere', { ...base, username }, user.id);
    link = true;
  }

  const target = user;
  const previousSession = ctx.actor?.sessionId;
  // whoever was signed in on this browser before is not the one signing in now
  ctx.actor = null;
  const entry = (action: string, summary: Record<string, unknown>): AuditEntryInput => ({
    action,
    targetType: 'user',
    targetId: target.id,
    summary: { ...base, username: target.username, ...summary },
    as: { userId: target.id, name: target.username },
  });
  try {
    return await db.transaction().execute(async (trx) => {
      if (link && !(await oidcRepo.linkSubjectIfUnlinked(trx, target.id, subject))) {
        throw new SsoFailure('linked_elsewhere');
      }
      if (previousSession) await repo.deleteSession(trx, previousSession);
      await oidcRepo.markSignedIn(trx, target.id);
      const token = await openSession(trx, deps, ctx, target.id, 'oidc');
      if (link) await recordAudit(trx, ctx, entry('auth.sso.link', {}));
      await recordAudit(trx, ctx, entry('auth.sso.login', { linked: link }));
      return { token, userId: target.id };
    });
  } catch (error) {
    // lost a race: the account was linked, or the subject taken, between the lookup and the update
    const raced =
      error instanceof SsoFailure ||
      (error as { constraint?: string }).constraint === 'users_oidc_subject_key';
    if (!raced) throw error;
    return refuse(
      deps,
      ctx,
      'linked_elsewhere',
      { ...base, username: target.username, detail: 'race' },
      target.id,
    );
  }
}
