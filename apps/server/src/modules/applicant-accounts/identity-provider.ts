import { createHash } from 'node:crypto';
import { recordAudit, recordAuditAlone } from '../../platform/audit/recorder.ts';
import { type OidcSettings, openIdScopes, type VerifiedIdentity } from '../../platform/auth/oidc-client.ts';
import * as authRepo from '../../platform/auth/repository.ts';
import { type AuthDeps, openSession } from '../../platform/auth/service.ts';
import type { Config } from '../../platform/config/config.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { isApplicant } from './accounts.ts';
import { normaliseEmail, normalisePhone } from './identifiers.ts';
import * as repo from './repository.ts';

/**
 * Signing applicants in at an external OpenID Connect provider — the national eID (VNeID) or any other —
 * chosen by configuration (PORTAL_OIDC_*). The staff side's client (`platform/auth/oidc-client.ts`) does the
 * protocol; this file decides who the verified identity is here.
 */

export const PORTAL_CALLBACK_PATH = '/dang-nhap/oidc/callback';

export function portalOidcSettings(config: Config): OidcSettings | undefined {
  if (!config.PORTAL_OIDC_ISSUER || !config.PORTAL_OIDC_CLIENT_ID) return undefined;
  return {
    issuer: config.PORTAL_OIDC_ISSUER,
    clientId: config.PORTAL_OIDC_CLIENT_ID,
    clientSecret: config.PORTAL_OIDC_CLIENT_SECRET || undefined,
    scopes: openIdScopes(config.PORTAL_OIDC_SCOPES),
    // the staff side matches this claim against usernames; applicants are found by subject instead
    usernameClaim: 'sub',
    redirectUri: `${config.PUBLIC_URL.replace(/\/+$/, '')}${PORTAL_CALLBACK_PATH}`,
  };
}

/** Why a sign-in at the identity provider did not sign anyone in, as shown on the sign-in page. */
export const identityFailureMessages = {
  state: 'Phiên đăng nhập bằng định danh điện tử đã hết hạn hoặc không hợp lệ. Vui lòng thử lại.',
  denied: 'Bạn đã hủy đăng nhập tại hệ thống định danh điện tử.',
  provider: 'Hệ thống định danh điện tử trả về kết quả không hợp lệ. Vui lòng thử lại sau.',
  unavailable: 'Không kết nối được với hệ thống định danh điện tử. Vui lòng thử lại sau.',
  disabled: 'Tài khoản đã bị khóa. Vui lòng liên hệ bộ phận một cửa để được hỗ trợ.',
} as const;

export type IdentityFailure = keyof typeof identityFailureMessages;

export function isIdentityFailure(value: unknown): value is IdentityFailure {
  return typeof value === 'string' && Object.hasOwn(identityFailureMessages, value);
}

/** Records a refused sign-in at the provider (kept although nobody signs in). */
export async function refuseIdentity(
  deps: AuthDeps,
  ctx: RequestContext,
  reason: IdentityFailure,
  summary: Record<string, unknown>,
): Promise<{ ok: false; reason: IdentityFailure }> {
  await recordAuditAlone(deps.db, ctx, {
    action: 'applicant.login.fail',
    targetType: 'user',
    summary: { method: 'oidc', reason, ...summary },
    as: { userId: null, name: String(summary.subject ?? 'oidc').slice(0, 100) },
  });
  return { ok: false, reason };
}

interface IdentityFacts {
  email: string | undefined;
  phone: string | undefined;
  name: string;
}

/** What the provider vouches for: an email or phone counts only when it says it verified it. */
async function factsOf(identity: VerifiedIdentity): Promise<IdentityFacts> {
  let claims = identity.claims;
  if (claims.name === undefined && claims.email === undefined && claims.phone_number === undefined)
    claims = { ...(await identity.userInfo()), ...claims };
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const email = claims.email_verified === true ? normaliseEmail(text(claims.email)) : undefined;
  const phone = claims.phone_number_verified === true ? normalisePhone(text(claims.phone_number)) : undefined;
  const name =
    text(claims.name) ||
    [text(claims.family_name), text(claims.middle_name), text(claims.given_name)].filter(Boolean).join(' ');
  return { email, phone, name: name.replace(/\s+/g, ' ').slice(0, 200) || 'Công dân' };
}

/**
 * An account for an identity seen for the first time: the applicant account its proven email or phone names
 * (registered here before), or a new, verified one without a password.
 */
async function accountFor(
  trx: Executor,
  facts: IdentityFacts,
  identity: VerifiedIdentity,
): Promise<{ userId: string; username: string; created: boolean } | { disabled: true }> {
  const names = [facts.email, facts.phone].filter((n): n is string => n !== undefined);
  for (const name of names) {
    const account = await repo.findAccount(trx, name);
    if (!isApplicant(account)) continue;
    if (!account.isActive) return { disabled: true };
    await repo.markVerified(trx, account.id);
    return { userId: account.id, username: account.username, created: false };
  }
  let username: string | undefined;
  for (const name of names) {
    if (await repo.usernameTaken(trx, name)) continue;
    username = name;
    break;
  }
  // no usable email or phone: a name derived from the identity itself, the same on every attempt
  username ??= `dinhdanh.${createHash('sha256').update(`${identity.issuer}#${identity.subject}`).digest('hex').slice(0, 24)}`;
  const userId = await repo.insertApplicant(trx, {
    kind: 'citizen',
    username,
    displayName: facts.name,
    email: facts.email ?? null,
    phone: facts.phone ?? null,
    idNumber: null,
    passwordHash: null,
    verifiedAt: new Date(),
  });
  return { userId, username, created: true };
}

/**
 * Turns a verified identity into a portal session: by the linked (provider, subject) first; the first time,
 * linked to the account its proven email or phone names, or to a new account. Audited: link, registration,
 * sign-in, or the refusal.
 */
export async function signInWithIdentity(
  deps: AuthDeps,
  ctx: RequestContext,
  identity: VerifiedIdentity,
): Promise<{ ok: true; token: string } | { ok: false; reason: IdentityFailure }> {
  try {
    return await signInOnce(deps, ctx, identity);
  } catch (error) {
    // the same identity's first sign-in, twice at once: the other one linked it, so this one finds it linked
    const constraint = (error as { constraint?: string }).constraint;
    if (constraint !== 'applicant_identities_pkey' && constraint !== 'users_username') throw error;
    return signInOnce(deps, ctx, identity);
  }
}

async function signInOnce(
  deps: AuthDeps,
  ctx: RequestContext,
  identity: VerifiedIdentity,
): Promise<{ ok: true; token: string } | { ok: false; reason: IdentityFailure }> {
  const { db } = deps;
  const provider = identity.issuer;
  const subject = identity.subject;
  const base = { provider, subject: subject.slice(0, 200) };
  const linked = await repo.findIdentity(db, provider, subject);
  let facts: IdentityFacts | undefined;
  if (!linked) {
    try {
      facts = await factsOf(identity);
    } catch (error) {
      return refuseIdentity(deps, ctx, 'provider', { ...base, detail: String(error).slice(0, 200) });
    }
  }
  const outcome = await db.transaction().execute(async (trx) => {
    let userId: string;
    let username: string;
    if (linked) {
      const account = await trx
        .selectFrom('users')
        .select(['id', 'username', 'kind', 'isActive'])
        .where('id', '=', linked.userId)
        .executeTakeFirstOrThrow();
      if (!account.isActive || account.kind === 'staff') return { disabled: true as const };
      userId = account.id;
      username = account.username;
      await repo.touchIdentity(trx, provider, subject);
    } else {
      const found = await accountFor(trx, facts!, identity);
      if ('disabled' in found) return found;
      ({ userId, username } = found);
      await repo.linkIdentity(trx, { provider, subject, userId });
      const as = { userId, name: username };
      if (found.created)
        await recordAudit(trx, ctx, {
          action: 'applicant.register',
          targetType: 'user',
          targetId: userId,
          summary: { kind: 'citizen', method: 'oidc', provider },
          as,
        });
      await recordAudit(trx, ctx, {
        action: 'applicant.identity.link',
        targetType: 'user',
        targetId: userId,
        summary: { ...base, created: found.created },
        as,
      });
    }
    await authRepo.recordSuccess(trx, userId, null);
    const token = await openSession(trx, deps, ctx, userId, 'oidc');
    await recordAudit(trx, ctx, {
      action: 'applicant.login',
      targetType: 'user',
      targetId: userId,
      summary: { method: 'oidc', provider },
      as: { userId, name: username },
    });
    return { token };
  });
  if ('disabled' in outcome) return refuseIdentity(deps, ctx, 'disabled', base);
  return { ok: true, token: outcome.token };
}
