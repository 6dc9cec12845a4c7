import type { Executor } from '../../platform/db/database.ts';
import { queueMessage } from '../../platform/messaging/queue-message.ts';
import type { DossierFeedEvent, FeedOutcome } from '../dossiers/outbox.ts';
import { renderLetter, renderSms } from './letter.ts';
import { noticeFor } from './notices.ts';
import { findNoticeDossier, type NoticeDossier } from './repository.ts';

/** Where a notice goes: the email the applicant gave, else their account's; else their phone by SMS. */
export function recipientOf(
  dossier: Pick<NoticeDossier, 'applicantEmail' | 'accountEmail' | 'applicantPhone'>,
): { channel: 'email' | 'sms'; to: string } | undefined {
  const email = dossier.applicantEmail ?? dossier.accountEmail;
  if (email) return { channel: 'email', to: email };
  if (dossier.applicantPhone) return { channel: 'sms', to: dossier.applicantPhone };
  return undefined;
}

/**
 * The consumer `applicant_notice` of the dossier change feed: one line of history in, at most one message
 * queued, in the feed's transaction (the line is marked done if and only if the message exists).
 */
export async function tellApplicant(
  trx: Executor,
  event: DossierFeedEvent,
  publicUrl: string,
): Promise<FeedOutcome> {
  const dossier = await findNoticeDossier(trx, event.dossierId);
  if (!dossier) return 'skipped';
  const letter = noticeFor(event, dossier, publicUrl);
  const recipient = recipientOf(dossier);
  if (!letter || !recipient) return 'skipped';
  const email = renderLetter(letter);
  await queueMessage(trx, {
    channel: recipient.channel,
    kind: 'dossier_status',
    to: recipient.to,
    dossierId: dossier.id,
    ...(recipient.channel === 'email'
      ? { subject: email.subject, text: email.text, html: email.html }
      : { text: renderSms(letter) }),
  });
  return 'sent';
}
