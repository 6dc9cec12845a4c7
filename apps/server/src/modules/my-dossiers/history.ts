import { dossierActionLabels, satisfactionLevels } from '@congso/one-stop';
import type { MyDossierHistoryEntry } from '@congso/portal';
import type { eventsOf, StepWithNames } from '../dossiers/detail-repository.ts';

/**
 * What of a dossier's history its applicant may read (README, "What the applicant sees"): every line of
 * `dossier_events` that concerns them, said by the agency that acted — never by the official's name — or as
 * their own. The office's own bookkeeping stays out: opinions, working files and scans added, who a step was
 * handed to; so do the notes officials write to each other. The only notes quoted are what the slips given
 * to the applicant say anyway — the reason of a supplement request (Mẫu 02), the reasons of a refusal (Mẫu
 * 03), the reason of an apology (Mẫu 04) — and the applicant's own words. The portal's view words each line.
 */

type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];
type Data = Record<string, unknown>;

/** Lines the applicant never sees. */
const bookkeeping = new Set(['assign', 'opinion', 'file_added']);
/** Lines the applicant sees, beyond the lifecycle's actions: their own, and the post's answer. */
const shownNotes = new Set(['supplement_submitted', 'delivery_changed', 'rated', 'postal_update']);
/** Lines whose note the applicant may read (a slip says it, or it is theirs). */
const quoted = new Set([
  'request_supplement',
  'apologise',
  'supplement',
  'resubmit_online',
  'supplement_submitted',
]);

const date = (data: Data, key: string) => (typeof data[key] === 'string' ? new Date(data[key]) : null);
const text = (data: Data, key: string) => (typeof data[key] === 'string' ? data[key] : null);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]) =>
  allowed.includes(value as T) ? (value as T) : null;

function noteOf(event: EventRow, data: Data, mine: boolean): string | null {
  if (event.kind === 'refuse') {
    const reasons = Array.isArray(data.reasons) ? data.reasons.filter((r) => typeof r === 'string') : [];
    return reasons.join('; ') || null;
  }
  // the counter's own note when taking a supplement in is not the applicant's
  if (event.kind === 'supplement' && !mine) return null;
  return quoted.has(event.kind) ? event.note : null;
}

/** The history lines the applicant may read, oldest first. */
export function applicantHistory(
  events: readonly EventRow[],
  steps: readonly StepWithNames[],
  applicantId: string,
): MyDossierHistoryEntry[] {
  const stepName = (position: number | null) => steps.find((s) => s.position === position)?.name ?? null;
  return events
    .filter((e) => !bookkeeping.has(e.kind) && (e.kind in dossierActionLabels || shownNotes.has(e.kind)))
    .map((event) => {
      const data = (event.data ?? {}) as Data;
      const mine = event.actorId === applicantId;
      return {
        at: event.at,
        kind: event.kind,
        by: mine ? 'Bạn' : (event.actorAgencyName ?? null),
        note: noteOf(event, data, mine),
        stepName: stepName(event.toStep),
        dueAt: date(data, 'dueAt'),
        newAppointmentAt: date(data, 'newAppointmentAt'),
        amount: typeof data.amount === 'number' ? data.amount : null,
        purpose: text(data, 'purpose'),
        delivery: oneOf(data.delivery ?? data.to, ['counter', 'post', 'online'] as const),
        address: text(data, 'address'),
        satisfaction: oneOf(data.satisfaction, satisfactionLevels),
        online: data.online === true,
        paused: data.paused === true,
        postalStatus: oneOf(data.postalStatus, ['delivered', 'failed'] as const),
      };
    });
}
