import { randomInt } from 'node:crypto';
import { codeEmail, codeSms } from '@congso/portal';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import type { Executor } from '../../platform/db/database.ts';
import { queueMessage } from '../../platform/messaging/queue-message.ts';
import type { SignInName } from './identifiers.ts';
import * as repo from './repository.ts';

/**
 * One-time codes: six digits sent to the account's email or phone, to prove the applicant holds it (after
 * registering; to reset the password). Only an argon2id hash is stored — the same slow hash as passwords, so
 * a copy of the table cannot be searched through the million possible codes within a code's lifetime.
 */
export const CODE_MINUTES = 10;
export const MAX_WRONG_ATTEMPTS = 5;
/** A new code of the same purpose can be asked for this long after the last one… */
export const RESEND_AFTER_SECONDS = 60;
/** …and at most this many in an hour, so the form cannot be used to flood someone's inbox or phone. */
const MAX_CODES_PER_HOUR = 5;

export type CodePurpose = repo.CodePurpose;

export interface CodeRecipient {
  userId: string;
  displayName: string;
  name: SignInName;
}

/** What the message needs to say where it comes from and where to enter the code. */
export interface CodeContext {
  publicUrl: string;
  siteName: string;
  /** The local page the applicant goes on to once signed in (`tiep`), carried by the email's link. */
  next?: string;
}

const pagePath: Record<CodePurpose, string> = { verify: '/xac-thuc', reset: '/dat-lai-mat-khau' };

/**
 * Sends a new code in the caller's transaction (earlier codes of the purpose die), unless the cool-down or
 * the hourly cap says to wait: then nothing is sent and the earlier code, if still alive, still works.
 */
export async function issueCode(
  trx: Executor,
  context: CodeContext,
  recipient: CodeRecipient,
  purpose: CodePurpose,
): Promise<{ sent: true } | { sent: false; waitSeconds: number }> {
  await repo.lockUser(trx, recipient.userId);
  const now = Date.now();
  const recent = await repo.codesSentSince(trx, recipient.userId, purpose, new Date(now - 3_600_000));
  const last = recent.at(-1);
  let waitMs = last ? last.getTime() + RESEND_AFTER_SECONDS * 1000 - now : 0;
  const oldestCounted = recent.at(-MAX_CODES_PER_HOUR);
  if (recent.length >= MAX_CODES_PER_HOUR && oldestCounted)
    waitMs = Math.max(waitMs, oldestCounted.getTime() + 3_600_000 - now);
  if (waitMs > 0) return { sent: false, waitSeconds: Math.ceil(waitMs / 1000) };

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await repo.insertCode(trx, {
    userId: recipient.userId,
    purpose,
    codeHash: await hashPassword(code),
    sentTo: recipient.name.value,
    expiresAt: new Date(now + CODE_MINUTES * 60_000),
  });
  const to = recipient.name.value;
  if (recipient.name.channel === 'sms') {
    await queueMessage(trx, {
      channel: 'sms',
      kind: 'account_code',
      to,
      text: codeSms({ purpose, code, minutes: CODE_MINUTES }),
    });
  } else {
    const query = new URLSearchParams({ 'tai-khoan': to });
    if (context.next && context.next !== '/') query.set('tiep', context.next);
    const link = `${context.publicUrl.replace(/\/+$/, '')}${pagePath[purpose]}?${query}`;
    const email = codeEmail({
      purpose,
      code,
      displayName: recipient.displayName,
      siteName: context.siteName,
      minutes: CODE_MINUTES,
      link,
    });
    await queueMessage(trx, { channel: 'email', kind: 'account_code', to, ...email });
  }
  return { sent: true };
}

export type CodeCheck =
  | { ok: true }
  /** none alive (never sent, used, replaced or expired) */
  | { ok: false; reason: 'expired' }
  /** tried too often: only a new code helps */
  | { ok: false; reason: 'locked'; counted: boolean }
  | { ok: false; reason: 'wrong'; triesLeft: number };

/**
 * Checks a code against the newest live one of the purpose, in the caller's transaction, which must commit
 * whatever the answer: a wrong try is counted, a right one uses the code up.
 */
export async function checkCode(
  trx: Executor,
  userId: string,
  purpose: CodePurpose,
  code: string,
): Promise<CodeCheck> {
  await repo.lockUser(trx, userId);
  const row = await repo.liveCode(trx, userId, purpose);
  if (!row || row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  if (row.wrongAttempts >= MAX_WRONG_ATTEMPTS) return { ok: false, reason: 'locked', counted: false };
  if (await verifyPassword(row.codeHash, code)) {
    await repo.consumeCode(trx, row.id);
    return { ok: true };
  }
  const wrong = await repo.countWrongAttempt(trx, row.id);
  if (wrong >= MAX_WRONG_ATTEMPTS) return { ok: false, reason: 'locked', counted: true };
  return { ok: false, reason: 'wrong', triesLeft: MAX_WRONG_ATTEMPTS - wrong };
}

/** What the applicant is told about a refused code, next to the code field. */
export function codeProblem(check: Exclude<CodeCheck, { ok: true }>): string {
  switch (check.reason) {
    case 'expired':
      return 'Mã không đúng hoặc đã hết hiệu lực. Bấm “Gửi lại mã” để nhận mã mới.';
    case 'locked':
      return `Mã đã bị khóa vì nhập sai quá ${MAX_WRONG_ATTEMPTS} lần. Bấm “Gửi lại mã” để nhận mã mới.`;
    case 'wrong':
      return `Mã không đúng. Bạn còn ${check.triesLeft} lần thử.`;
  }
}

/** Said after a code is asked for again, whether one went out or not (nothing to learn about the account). */
export const RESENT_NOTICE = `Nếu thông tin bạn nhập đúng, một mã mới đã được gửi. Mỗi lần chỉ gửi lại được sau ${RESEND_AFTER_SECONDS} giây.`;
