import { recordAudit } from '../../platform/audit/recorder.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { AuthDeps } from '../../platform/auth/service.ts';
import type { RequestContext } from '../../platform/context.ts';
import { applicantAccount } from './accounts.ts';
import { type CodeContext, codeProblem, issueCode } from './codes.ts';
import type { RegisterInput } from './forms.ts';
import type { SignInName } from './identifiers.ts';
import { redeemCode } from './redeem-code.ts';
import * as repo from './repository.ts';

export const TAKEN =
  'Email hoặc số điện thoại này đã được đăng ký. Hãy đăng nhập, hoặc chọn “Quên mật khẩu” nếu không nhớ mật khẩu.';

/**
 * Registers an account that cannot sign in until the code sent to its email or phone is entered. A taken
 * name is refused even when its account was never verified: overwriting it would let a second registrant
 * choose the password the first one then verifies. Someone whose address was registered by another uses
 * “Quên mật khẩu”: the reset code proves the address, sets their own password and verifies the account.
 */
export async function register(
  deps: AuthDeps,
  ctx: RequestContext,
  codes: CodeContext,
  input: RegisterInput,
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const username = input.account.value;
  if (await repo.usernameTaken(deps.db, username)) return { ok: false, errors: { account: TAKEN } };
  const passwordHash = await hashPassword(input.password);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const userId = await repo.insertApplicant(trx, {
        kind: input.kind,
        username,
        displayName: input.displayName,
        email: input.account.channel === 'email' ? username : null,
        phone: input.account.channel === 'sms' ? username : null,
        idNumber: input.idNumber,
        passwordHash,
        verifiedAt: null,
      });
      await issueCode(trx, codes, { userId, displayName: input.displayName, name: input.account }, 'verify');
      await recordAudit(trx, ctx, {
        action: 'applicant.register',
        targetType: 'user',
        targetId: userId,
        summary: { kind: input.kind, channel: input.account.channel },
        as: { userId, name: username },
      });
    });
  } catch (error) {
    // registered by someone else between the check and the insert
    if ((error as { constraint?: string }).constraint === 'users_username')
      return { ok: false, errors: { account: TAKEN } };
    throw error;
  }
  return { ok: true };
}

/**
 * Checks the code sent after registering; the right one verifies the account. Wrong tries are counted and
 * audited. An unknown account is answered like an expired code.
 */
export async function verifyAccount(
  deps: AuthDeps,
  ctx: RequestContext,
  name: SignInName,
  code: string,
): Promise<{ ok: true; already: boolean } | { ok: false; errors: Record<string, string> }> {
  const account = await applicantAccount(deps.db, name);
  if (!account) return { ok: false, errors: { code: codeProblem({ ok: false, reason: 'expired' }) } };
  if (account.verifiedAt) return { ok: true, already: true };
  const check = await redeemCode(deps.db, ctx, account, 'verify', code, async (trx, as) => {
    await repo.markVerified(trx, account.id);
    await recordAudit(trx, ctx, { action: 'applicant.verify', targetType: 'user', targetId: account.id, as });
  });
  return check.ok ? { ok: true, already: false } : { ok: false, errors: { code: codeProblem(check) } };
}
