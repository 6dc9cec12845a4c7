import { recordAudit, recordAuditAlone } from '../../platform/audit/recorder.ts';
import { isLocked, lockSecondsAfter, lockWaitText } from '../../platform/auth/lockout.ts';
import { burnVerification, verifyPassword } from '../../platform/auth/password.ts';
import * as authRepo from '../../platform/auth/repository.ts';
import { type AuthDeps, openSession } from '../../platform/auth/service.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { SignInName } from './identifiers.ts';
import * as repo from './repository.ts';

export const WRONG_CREDENTIALS = 'Email, số điện thoại hoặc mật khẩu không đúng.';

export type SignInOutcome =
  | { ok: true; token: string; userId: string }
  | { ok: false; problem: string }
  /** The right password for an account whose email or phone was never proven: it must be first. */
  | { ok: false; unverified: true };

const lockedMessage = (until: Date) =>
  `Đăng nhập sai nhiều lần nên tài khoản tạm khóa. Vui lòng thử lại sau ${lockWaitText(until)}, hoặc đặt lại mật khẩu.`;

/**
 * Password sign-in on the portal, with the staff side's lockout (`lockout.ts`): failures counted on the
 * account, locks growing, a right password refused during a lock. Staff accounts are unknown here (their
 * counters are not touched), and an unknown name costs the time of a known one. Every outcome is audited.
 */
export async function signIn(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { account: SignInName; password: string },
): Promise<SignInOutcome> {
  const { db } = deps;
  const username = input.account.value;
  const found = await authRepo.findLoginCandidate(db, username);
  const candidate = found && (found.kind === 'citizen' || found.kind === 'business') ? found : undefined;
  const as = { userId: candidate?.id ?? null, name: username };
  const failure = (reason: string) =>
    recordAuditAlone(db, ctx, {
      action: 'applicant.login.fail',
      targetType: 'user',
      ...(candidate ? { targetId: candidate.id } : {}),
      summary: { reason },
      as,
    });

  if (!candidate?.passwordHash) {
    await burnVerification(input.password);
    await failure(!found ? 'unknown_user' : !candidate ? 'staff_account' : 'no_password');
    return { ok: false, problem: WRONG_CREDENTIALS };
  }
  if (isLocked(candidate.lockedUntil, new Date())) {
    await failure('locked');
    return { ok: false, problem: lockedMessage(candidate.lockedUntil!) };
  }
  if (!(await verifyPassword(candidate.passwordHash, input.password))) {
    const failures = candidate.failedLoginCount + 1;
    const lockSeconds = lockSecondsAfter(failures);
    const lockedUntil = lockSeconds > 0 ? new Date(Date.now() + lockSeconds * 1000) : null;
    await db.transaction().execute(async (trx) => {
      await authRepo.recordFailure(trx, candidate.id, lockedUntil);
      await recordAudit(trx, ctx, {
        action: lockedUntil ? 'applicant.login.lock' : 'applicant.login.fail',
        targetType: 'user',
        targetId: candidate.id,
        summary: {
          reason: 'wrong_password',
          failures,
          ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
        },
        as,
      });
    });
    return { ok: false, problem: lockedUntil ? lockedMessage(lockedUntil) : WRONG_CREDENTIALS };
  }
  if (!candidate.isActive) {
    await failure('disabled');
    return { ok: false, problem: 'Tài khoản đã bị khóa. Vui lòng liên hệ bộ phận một cửa để được hỗ trợ.' };
  }
  const account = await repo.findAccount(db, username);
  if (!account?.verifiedAt) {
    await failure('unverified');
    return { ok: false, unverified: true };
  }
  return db.transaction().execute(async (trx) => {
    await authRepo.recordSuccess(trx, candidate.id, null);
    const token = await openSession(trx, deps, ctx, candidate.id, 'password');
    await recordAudit(trx, ctx, {
      action: 'applicant.login',
      targetType: 'user',
      targetId: candidate.id,
      summary: { method: 'password' },
      as,
    });
    return { ok: true, token, userId: candidate.id };
  });
}

/** Ends the applicant's portal session. */
export async function signOut(
  deps: AuthDeps,
  ctx: RequestContext,
  applicant: { userId: string; username: string; sessionId: string },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await authRepo.deleteSession(trx, applicant.sessionId);
    await recordAudit(trx, ctx, {
      action: 'applicant.logout',
      targetType: 'user',
      targetId: applicant.userId,
      as: { userId: applicant.userId, name: applicant.username },
    });
  });
}
