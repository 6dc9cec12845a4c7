import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { wakeUpOnCommit } from '../jobs/wake-up.ts';

export interface OutboundMessage {
  channel: 'email' | 'sms';
  /** What it is about: 'account_code', 'dossier_status', … (for the log and the tests). */
  kind: string;
  /** An email address or a phone number. */
  to: string;
  subject?: string | null;
  text: string;
  html?: string | null;
  dossierId?: string | null;
}

/** The channel the messaging workers listen on: a commit that queued messages wakes them up. */
export const OUTBOUND_MESSAGES_CHANNEL = 'outbound_messages';

/**
 * Queues an email or an SMS in the caller's transaction: it exists if and only if the change that caused it
 * commits, and the messaging job sends it (with retries) after that — within moments, since the commit wakes
 * the workers up. Nothing is ever sent inline.
 */
export async function queueMessage(trx: Executor, message: OutboundMessage): Promise<string> {
  const row = await trx
    .insertInto('outboundMessages')
    .values({
      channel: message.channel,
      kind: message.kind,
      recipient: message.to,
      subject: message.subject ?? null,
      bodyText: message.text,
      bodyHtml: message.html ?? null,
      dossierId: message.dossierId ?? null,
      // the instant of the insert, not of the transaction: messages queued together keep their order
      createdAt: sql<Date>`clock_timestamp()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await wakeUpOnCommit(trx, OUTBOUND_MESSAGES_CHANNEL);
  return row.id;
}
