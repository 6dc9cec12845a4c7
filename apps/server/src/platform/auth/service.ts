import { recordAudit, recordAuditAlone } from '../audit/recorder.ts';
import type { Config } from '../config/config.ts';
import type { RequestContext } from '../context.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Database, Executor } from '../db/database.ts';
import { Problem } from '../http/problem.ts';
import { isLocked, lockSecondsAfter, lockWaitText } from './lockout.ts';
import { burnVerification, hashPassword, passwordWeaknesses, verifyPassword } from './password.ts';
import * as repo from './repository.ts';
import { newSessionToken, sessionIdOf } from './session-token.ts';
import { newTotpSecret, otpauthUri, verifyTotp } from './totp.ts';

export interface AuthDeps {
  db: Database;
  config: Config;
  secretBox: SecretBox;
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

function lockedProblem(until: Date): Problem {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  const wait = lockWaitText(until);
  return new Problem('account-locked', `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${wait}.`, {
    headers: { 'retry-after': String(seconds) },
    extensions: { retryAfterSeconds: seconds },
  });
}

/** Opens a session for a user who proved who they are; returns the cookie token. */
export async function openSession(
  trx: Executor,
  deps: AuthDeps,
  ctx: RequestContext,
  userId: string,
  method: 'password' | 'oidc',
): Promise<string> {
  const { token, id } = newSessionToken();
  await repo.insertSession(trx, {
    id,
    userId,
    authMethod: method,
    expiresAt: new Date(Date.now() + deps.config.SESSION_MAX_HOURS * 3_600_000),
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

/**
 * Password login with lockout and optional second factor. Every outcome that changes state (a failure
 * counted, a lock, a session) is audited; an unknown username costs the same time as a known one.
 */
export async function login(
  deps: AuthDeps,
  ctx: RequestContext,
  input: LoginInput,
): Promise<{ token: string; userId: string }> {
  const { db } = deps;
  const username = input.username.trim().toLowerCase();
  const candidate = await repo.findLoginCandidate(db, username);
  const failure = (reason: string) =>
    recordAuditAlone(db, ctx, {
      action: 'auth.login.fail',
      targetType: 'user',
      ...(candidate ? { targetId: candidate.id } : {}),
      summary: { username, reason },
      as: { userId: candidate?.id ?? null, name: username },
    });

  // applicants (citizens, businesses) sign in on the portal only: here they are unknown
  if (!candidate?.passwordHash || candidate.kind !== 'staff') {
    await burnVerification(input.password);
    await failure(!candidate ? 'unknown_user' : candidate.kind !== 'staff' ? 'not_staff' : 'no_password');
    throw new Problem('invalid-credentials');
  }
  if (isLocked(candidate.lockedUntil, new Date())) {
    await failure('locked');
    throw lockedProblem(candidate.lockedUntil!);
  }
  const countFailure = async (reason: string, kind: 'invalid-credentials' | 'invalid-totp') => {
    const failures = candidate.failedLoginCount + 1;
    const lockSeconds = lockSecondsAfter(failures);
    const lockedUntil = lockSeconds > 0 ? new Date(Date.now() + lockSeconds * 1000) : null;
    await db.transaction().execute(async (trx) => {
      await repo.recordFailure(trx, candidate.id, lockedUntil);
      await recordAudit(trx, ctx, {
        action: lockedUntil ? 'auth.login.lock' : 'auth.login.fail',
        targetType: 'user',
        targetId: candidate.id,
        as: { userId: candidate.id, name: username },
        summary: {
          username,
          reason,
          failures,
          ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
        },
      });
    });
    throw lockedUntil ? lockedProblem(lockedUntil) : new Problem(kind);
  };

  if (!(await verifyPassword(candidate.passwordHash, input.password))) {
    return countFailure('wrong_password', 'invalid-credentials');
  }
  if (!candidate.isActive) {
    await failure('disabled');
    throw new Problem('account-disabled', 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên cơ quan.');
  }
  let totpStep: number | null = null;
  if (candidate.totpEnabledAt && candidate.totpSecret) {
    if (!input.totp) {
      throw new Problem('totp-required', 'Nhập mã 6 chữ số từ ứng dụng xác thực', {
        extensions: { totpRequired: true },
      });
    }
    const step = verifyTotp(deps.secretBox.open(candidate.totpSecret), input.totp);
    if (step === undefined || (candidate.totpLastStep !== null && step <= candidate.totpLastStep)) {
      return countFailure('wrong_totp', 'invalid-totp');
    }
    totpStep = step;
  }
  return db.transaction().execute(async (trx) => {
    await repo.recordSuccess(trx, candidate.id, totpStep);
    const token = await openSession(trx, deps, ctx, candidate.id, 'password');
    await recordAudit(trx, ctx, {
      as: { userId: candidate.id, name: username },
      action: 'auth.login',
      targetType: 'user',
      targetId: candidate.id,
      summary: { username },
    });
    return { token, userId: candidate.id };
  });
}

export async function logout(deps: AuthDeps, ctx: RequestContext, sessionId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, ctx, {
      action: 'auth.logout',
      targetType: 'user',
      ...(ctx.actor ? { targetId: ctx.actor.userId } : {}),
    });
  });
}

/** Refuses a weak password, pointing at the request field it came in (`/body/newPassword`, `/body/password`). */
export function assertStrongPassword(
  password: string,
  username: string | undefined,
  pointer = '/body/newPassword',
): void {
  const reasons = passwordWeaknesses(password, username);
  if (reasons.length > 0) {
    throw new Problem('weak-password', reasons.join('. '), {
      errors: reasons.map((detail) => ({ pointer, detail })),
    });
  }
}

/** The user changes their own password: the current one is required; other sessions are signed out. */
export async function changeOwnPassword(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = ctx.actor!;
  const row = await repo.findPasswordHash(deps.db, actor.userId);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new Problem('invalid-credentials', 'Mật khẩu hiện tại không đúng', {
      errors: [{ pointer: '/body/currentPassword', detail: 'Mật khẩu hiện tại không đúng' }],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new Problem('weak-password', 'Mật khẩu mới phải khác mật khẩu hiện tại');
  }
  assertStrongPassword(input.newPassword, row.username);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await repo.setPassword(trx, actor.userId, passwordHash, false);
    await repo.deleteSessionsOfUser(trx, actor.userId, actor.sessionId);
    await recordAudit(trx, ctx, {
      action: 'auth.password.change',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}

/** Step 1 of enrolling a second factor: a new secret, kept pending until a code from it is confirmed. */
export async function startTotpSetup(
  deps: AuthDeps,
  ctx: RequestContext,
): Promise<{ secret: string; otpauthUri: string }> {
  const actor = ctx.actor!;
  const state = await repo.findTotpState(deps.db, actor.userId);
  if (state.totpEnabledAt)
    throw new Problem('conflict', 'Xác thực hai lớp đã được bật; hãy tắt trước khi cài lại');
  const secret = newTotpSecret();
  await deps.db.transaction().execute(async (trx) => {
    await repo.setTotp(trx, actor.userId, deps.secretBox.seal(secret), null);
    await recordAudit(trx, ctx, { action: 'auth.totp.setup', targetType: 'user', targetId: actor.userId });
  });
  return { secret, otpauthUri: otpauthUri(secret, state.username) };
}

export async function enableTotp(deps: AuthDeps, ctx: RequestContext, code: string): Promise<void> {
  const actor = ctx.actor!;
  const state = await repo.findTotpState(deps.db, actor.userId);
  if (state.totpEnabledAt) throw new Problem('conflict', 'Xác thực hai lớp đã được bật');
  if (!state.totpSecret) throw new Problem('conflict', 'Chưa tạo khóa xác thực hai lớp');
  const step = verifyTotp(deps.secretBox.open(state.totpSecret), code);
  if (step === undefined) {
    throw new Problem('invalid-totp', 'Mã không đúng; kiểm tra giờ trên điện thoại và thử lại', {
      errors: [{ pointer: '/body/code', detail: 'Mã không đúng' }],
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.setTotp(trx, actor.userId, state.totpSecret, new Date());
    await recordAudit(trx, ctx, { action: 'auth.totp.enable', targetType: 'user', targetId: actor.userId });
  });
}

export async function disableTotp(deps: AuthDeps, ctx: RequestContext, password: string): Promise<void> {
  const actor = ctx.actor!;
  const row = await repo.findPasswordHash(deps.db, actor.userId);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, password))) {
    throw new Problem('invalid-credentials', 'Mật khẩu không đúng', {
      errors: [{ pointer: '/body/password', detail: 'Mật khẩu không đúng' }],
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.setTotp(trx, actor.userId, null, null);
    await recordAudit(trx, ctx, { action: 'auth.totp.disable', targetType: 'user', targetId: actor.userId });
  });
}

/** The actor behind a freshly issued token (used right after login, before any cookie round-trip). */
export async function actorForToken(deps: AuthDeps, token: string) {
  const row = await repo.findSession(deps.db, sessionIdOf(token));
  if (!row) throw new Problem('unauthenticated');
  return repo.toActor(row);
}
