import { sql } from 'kysely';
import type { Database, Executor } from '../db/database.ts';
import { type MessageLog, SendError, type Senders, type SendReceipt } from './senders.ts';

export interface DeliverOptions {
  /** Messages taken per run (default 50). */
  batch?: number;
  /** Attempts before a message is given up as failed (default 10, about four hours). */
  maxAttempts?: number;
  now?: () => Date;
  log?: MessageLog;
}

/** Seconds to wait after the n-th failed attempt: 1 min, 2, 4 … capped at 1 h. */
export function messageRetryDelaySeconds(attempts: number): number {
  return Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));
}

interface PendingMessage {
  id: string;
  channel: 'email' | 'sms';
  kind: string;
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  attempts: number;
  createdAt: Date;
}

/**
 * Sends the pending messages that are due, one per transaction: the row is taken `for update skip locked`
 * (concurrent workers share the work and never take the same message), sent, and marked sent in that same
 * transaction once the provider accepted it. A failure is written to the row instead (`attempts`,
 * `last_error`, a later `next_attempt_at`, or `failed` when permanent or after the last attempt). Messages of
 * one dossier leave in the order they were queued: a later one waits while an earlier one is retried.
 *
 * Delivery is at least once, never twice from two workers: only a crash between the provider's acceptance and
 * the commit can send a message again (same Message-ID, so a mail server may recognise the repeat).
 */
export async function deliverPending(
  db: Database,
  senders: Senders,
  options: DeliverOptions = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 10;
  let sent = 0;
  let failed = 0;
  for (let taken = 0; taken < (options.batch ?? 50); taken++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const message = await nextDue(trx, now());
      if (!message) return undefined;
      const attempts = message.attempts + 1;
      let receipt: SendReceipt;
      try {
        receipt = await send(senders, message);
      } catch (error) {
        const permanent = error instanceof SendError && error.permanent;
        const givenUp = permanent || attempts >= maxAttempts;
        const reason = error instanceof Error ? error.message : String(error);
        await trx
          .updateTable('outboundMessages')
          .set({
            attempts,
            lastError: reason.slice(0, 2000),
            ...(givenUp
              ? { status: 'failed' }
              : { nextAttemptAt: new Date(now().getTime() + messageRetryDelaySeconds(attempts) * 1000) }),
          })
          .where('id', '=', message.id)
          .execute();
        options.log?.warn(
          { outboundMessage: message.id, kind: message.kind, attempts, error: reason },
          givenUp ? 'message given up' : 'message not sent, will retry',
        );
        return 'failed' as const;
      }
      await trx
        .updateTable('outboundMessages')
        .set({ status: 'sent', sentAt: now(), attempts, lastError: null, providerId: receipt.providerId })
        .where('id', '=', message.id)
        .execute();
      return 'sent' as const;
    });
    if (outcome === undefined) break;
    if (outcome === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}

function send(senders: Senders, message: PendingMessage): Promise<SendReceipt> {
  if (message.channel === 'sms')
    return senders.sms.send({ id: message.id, to: message.recipient, text: message.bodyText });
  return senders.email.send({
    id: message.id,
    to: message.recipient,
    subject: message.subject ?? '',
    text: message.bodyText,
    html: message.bodyHtml,
    queuedAt: message.createdAt,
  });
}

async function nextDue(trx: Executor, now: Date): Promise<PendingMessage | undefined> {
  return (await trx
    .selectFrom('outboundMessages as m')
    .select([
      'm.id',
      'm.channel',
      'm.kind',
      'm.recipient',
      'm.subject',
      'm.bodyText',
      'm.bodyHtml',
      'm.attempts',
      'm.createdAt',
    ])
    .where('m.status', '=', 'pending')
    .where('m.nextAttemptAt', '<=', now)
    // the oldest pending message of its dossier only
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outboundMessages as earlier')
            .select(sql`1`.as('one'))
            .whereRef('earlier.dossierId', '=', 'm.dossierId')
            .where('earlier.status', '=', 'pending')
            .whereRef('earlier.createdAt', '<', 'm.createdAt'),
        ),
      ),
    )
    .orderBy('m.nextAttemptAt')
    .orderBy('m.createdAt')
    .limit(1)
    .forUpdate('m')
    .skipLocked()
    .executeTakeFirst()) as PendingMessage | undefined;
}
