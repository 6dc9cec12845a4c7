import { PORTAL_DOSSIER_SERVICE, portalMessages } from '@congso/one-stop';
import type { Database, Executor } from '../../platform/db/database.ts';
import {
  type DossierFeedEvent,
  drainDossierOutbox,
  type FeedOutcome,
  UndeliverableLine,
} from '../dossiers/outbox.ts';
import { NationalPortalClient } from './client.ts';
import * as repo from './repository.ts';
import type { NationalPortalSettings } from './settings.ts';

/** The sync as a worker runs it: its settings and the client that keeps the portal's session. */
export interface NationalPortalSync {
  settings: NationalPortalSettings;
  client: NationalPortalClient;
}

export function nationalPortalSync(settings: NationalPortalSettings | null): NationalPortalSync | null {
  return settings ? { settings, client: new NationalPortalClient(settings) } : null;
}

/** The portal could not be reached: the rest of this run would fare no better. */
class PortalUnreachable extends Error {}

/**
 * One line of a dossier's history, delivered to the portal: the records it calls for (`portalMessages`), each
 * checked before anything is sent — a line whose records break the portal's rules fails at once, with the
 * problems as its error — then posted in order. Each answer is logged as soon as it is in, apart from the
 * line's own transaction (`db`, not `trx`): a record the portal accepted is never sent again for the line,
 * even when the line is retried because the next record failed. The line counts as sent once every record
 * is accepted; anything else throws, and the outbox retries it later.
 */
export async function syncLine(
  db: Database,
  trx: Executor,
  sync: NationalPortalSync,
  event: DossierFeedEvent,
): Promise<FeedOutcome> {
  const facts = await repo.dossierFacts(trx, event.dossierId, sync.settings.fieldCodes);
  const line = facts.history.find((l) => l.id === event.eventId);
  if (!line) return 'skipped';
  // a dossier the portal has no record of yet (lines written while the sync was off) is introduced now
  const knownToPortal = await repo.isKnownToPortal(trx, event.dossierId);
  const messages = portalMessages(facts, line, sync.settings.statusCodes, { knownToPortal });
  if (messages.length === 0) return 'skipped';
  const problems = messages.flatMap((m) => m.problems);
  if (problems.length > 0) {
    const error = `Hồ sơ ${facts.code} không gửi được lên Cổng DVCQG: ${problems.join('; ')}`;
    for (const message of messages)
      await repo.logRequest(db, {
        dossierId: event.dossierId,
        eventId: event.eventId,
        service: message.service,
        payload: { service: message.service, data: [message.record] },
        accepted: false,
        httpStatus: null,
        response: null,
        error,
      });
    throw new UndeliverableLine(error);
  }
  const accepted = await repo.acceptedServices(db, event.eventId);
  for (const message of messages) {
    if (accepted.has(message.service)) continue;
    // a dossier record retried after newer ones were accepted would take the portal back in time
    if (
      message.service === PORTAL_DOSSIER_SERVICE &&
      (await repo.newerDossierRecordAccepted(db, event.dossierId, event.eventId, message.service))
    )
      continue;
    // a line carries one dossier record at most, first: whether the portal knew the dossier is read above
    const exchange = await sync.client.send(message, knownToPortal);
    await repo.logRequest(db, {
      dossierId: event.dossierId,
      eventId: event.eventId,
      service: message.service,
      payload: exchange.payload,
      accepted: exchange.accepted,
      httpStatus: exchange.httpStatus,
      response: exchange.response,
      error: exchange.error,
    });
    if (!exchange.accepted) {
      const error = `Cổng DVCQG không nhận ${message.service} của hồ sơ ${facts.code}: ${exchange.error}`;
      throw exchange.unreachable ? new PortalUnreachable(error) : new Error(error);
    }
    if (message.service === PORTAL_DOSSIER_SERVICE)
      await repo.markKnownToPortal(db, event.dossierId, message.record.TrangThaiHoSo);
  }
  return 'sent';
}

export interface DrainRun {
  /** Lines delivered (sent) or with nothing to send (skipped). */
  done: number;
  failed: number;
  /** The run stopped early: the portal could not be reached. */
  unreachable: boolean;
}

/**
 * Delivers what is due in the `national_portal` feed, one line at a time (each in its own transaction, held
 * locked: concurrent runs share the lines, never one line), oldest first and in order per dossier. Stops when
 * nothing is due, after `limit` lines, or as soon as the portal cannot be reached (no answer, 5xx): the lines
 * not tried keep their attempts for when it is back. With the sync off, every line is skipped.
 */
export async function drainNationalPortal(
  db: Database,
  sync: NationalPortalSync | null,
  options: { limit?: number; now?: () => Date } = {},
): Promise<DrainRun> {
  const run: DrainRun = { done: 0, failed: 0, unreachable: false };
  const limit = options.limit ?? 500;
  while (run.done + run.failed < limit) {
    const step = await drainDossierOutbox(
      db,
      'national_portal',
      async (trx, event) => {
        if (!sync) return 'skipped';
        try {
          return await syncLine(db, trx, sync, event);
        } catch (error) {
          if (error instanceof PortalUnreachable) run.unreachable = true;
          throw error;
        }
      },
      { batch: 1, ...(options.now ? { now: options.now } : {}) },
    );
    run.done += step.done;
    run.failed += step.failed;
    if (step.done + step.failed === 0 || run.unreachable) break;
  }
  return run;
}
