import { recordAudit } from '../../platform/audit/recorder.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import * as authRepo from '../../platform/auth/repository.ts';
import type { AuthDeps } from '../../platform/auth/service.ts';
import type { RequestContext } from '../../platform/context.ts';
import { applicantAccount } from './accounts.ts';
import { codeProblem } from './codes.ts';
import type { ResetInput } from './forms.ts';
import { redeemCode } from './redeem-code.ts';
import * as repo from './repository.ts';

/**
 * Sets a new password with the code sent by “Quên mật khẩu” (`resendCode(…, 'reset')`). Every session of the
 * account ends: whoever knew the old password is signed out everywhere. The code proves the email or phone,
 * so an account not yet verified is verified too. An unknown account is answered like an expired code.
 */
export async function resetPassword(
  deps: AuthDeps,
  ctx: RequestContext,
  input: Omit<ResetInput, 'resend'>,
): Promise<{ ok: true; userId: string } | { ok: false; errors: Record<string, string> }> {
  const account = await applicantAccount(deps.db, input.account);
  if (!account) return { ok: false, errors: { code: codeProblem({ ok: false, reason: 'expired' }) } };
  const passwordHash = await hashPassword(input.password);
  const check = await redeemCode(deps.db, ctx, account, 'reset', input.code, async (trx, as) => {
    await authRepo.setPassword(trx, account.id, passwordHash, false);
    await authRepo.deleteSessionsOfUser(trx, account.id);
    await repo.markVerified(trx, account.id);
    await recordAudit(trx, ctx, {
      action: 'applicant.password.reset',
      targetType: 'user',
      targetId: account.id,
      summary: { verified: account.verifiedAt === null ? 'now' : 'before' },
      as,
    });
  });
  return check.ok ? { ok: true, userId: account.id } : { ok: false, errors: { code: codeProblem(check) } };
}
