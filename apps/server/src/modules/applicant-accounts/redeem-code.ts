import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { type CodeCheck, type CodePurpose, checkCode } from './codes.ts';

/**
 * Checks a one-time code sent to an account and, when it is right, does what it proves (`onValid`) in the
 * same transaction. A wrong try, and the one that locks the code, is audited as the account; an expired or
 * already locked code leaves no trace (nothing was tried against a live code).
 */
export async function redeemCode(
  db: Database,
  ctx: RequestContext,
  account: { id: string; username: string },
  purpose: CodePurpose,
  code: string,
  onValid: (trx: Tx, as: { userId: string; name: string }) => Promise<void>,
): Promise<CodeCheck> {
  const as = { userId: account.id, name: account.username };
  return db.transaction().execute(async (trx) => {
    const result = await checkCode(trx, account.id, purpose, code);
    if (result.ok) await onValid(trx, as);
    else if (result.reason === 'wrong' || (result.reason === 'locked' && result.counted)) {
      await recordAudit(trx, ctx, {
        action: 'applicant.code.fail',
        targetType: 'user',
        targetId: account.id,
        summary: { purpose, locked: result.reason === 'locked' },
        as,
      });
    }
    return result;
  });
}
