import type { Executor } from '../db/database.ts';

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

/**
 * Queues an email or an SMS in the caller's transaction: it exists if and only if the change that caused it
 * commits, and the messaging job sends it (with retries) after that. Nothing is ever sent inline.
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
