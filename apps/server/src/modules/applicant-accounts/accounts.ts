import { recordAudit } from '../../platform/audit/recorder.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { AuthDeps } from '../../platform/auth/service.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { type CodeContext, type CodeRecipient, issueCode } from './codes.ts';
import type { SignInName } from './identifiers.ts';
import * as repo from './repository.ts';

/** An applicant (citizen, business) account; staff accounts never count as one. */
export function isApplicant(account: repo.AccountRow | undefined): account is repo.AccountRow {
  return account?.kind === 'citizen' || account?.kind === 'business';
}

/** An active applicant account by its sign-in name (staff accounts are not found here). */
export async function applicantAccount(db: Executor, name: SignInName): Promise<repo.AccountRow | undefined> {
  const account = await repo.findAccount(db, name.value);
  return isApplicant(account) && account.isActive ? account : undefined;
}

/**
 * Sends a new code of the purpose to an applicant account, if there is one that needs it (verify: not yet
 * verified; reset: any active one). The caller answers the same whatever happened.
 */
export async function resendCode(
  deps: AuthDeps,
  ctx: RequestContext,
  codes: CodeContext,
  name: SignInName,
  purpose: 'verify' | 'reset',
): Promise<void> {
  const account = await applicantAccount(deps.db, name);
  if (!account || (purpose === 'verify' && account.verifiedAt)) {
    // as long as sending a code takes (its hash), so that the time does not tell either
    await hashPassword(String(Math.random()));
    return;
  }
  const recipient: CodeRecipient = { userId: account.id, displayName: account.displayName, name };
  await deps.db.transaction().execute(async (trx) => {
    const issued = await issueCode(trx, codes, recipient, purpose);
    if (!issued.sent) return;
    await recordAudit(trx, ctx, {
      action: 'applicant.code.send',
      targetType: 'user',
      targetId: account.id,
      summary: { purpose, channel: name.channel },
      as: { userId: account.id, name: account.username },
    });
  });
}
