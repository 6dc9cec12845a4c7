import { type DossierStatus, endedStatuses, ratableStatuses } from '@congso/one-stop';
import type { MyDossierAttention } from '@congso/portal';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { ApplicantBy } from '../dossiers/transition.ts';

/**
 * What the applicant may do with their own dossier, and when (README, "Rules"). The dossier is theirs when
 * their account submitted it; anyone else's answers 404 before any of this is asked.
 */

type Delivery = 'counter' | 'post' | 'online';

/**
 * Whether the result files may be downloaded: chosen online, as soon as the result is ready; at the counter
 * or by post, once the result was handed back — the paper is the result the applicant collects, its scan a
 * copy for their records afterwards, so the counter's identity check is not bypassed.
 */
export function resultAvailable(d: { status: DossierStatus; resultDelivery: Delivery }): boolean {
  return d.status === 'returned' || (d.status === 'result_ready' && d.resultDelivery === 'online');
}

/** The way of receiving the result may change until the result is handed back (or the dossier ends otherwise). */
export const mayChangeDelivery = (status: DossierStatus) => !endedStatuses.has(status);

/** Rated once, after the result is ready. */
export const mayRate = (status: DossierStatus, rated: boolean) => ratableStatuses.has(status) && !rated;

/** What needs the applicant now, in the order the page shows it. */
export function attentionOf(d: {
  status: DossierStatus;
  resultDelivery: Delivery;
  supplementSent: boolean;
  rated: boolean;
}): MyDossierAttention[] {
  const attention: MyDossierAttention[] = [];
  if (d.status === 'supplement_requested')
    attention.push(d.supplementSent ? 'supplement_sent' : 'supplement');
  if (d.status === 'fee_pending') attention.push('fee');
  if (d.status === 'result_ready') attention.push(`result_${d.resultDelivery}`);
  if (mayRate(d.status, d.rated)) attention.push('rate');
  return attention;
}

/** The applicant as the history and the audit log name them. */
export const byApplicant = (applicant: Applicant): ApplicantBy => ({
  userId: applicant.userId,
  name: applicant.username,
});
