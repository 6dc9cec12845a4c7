import { sql } from 'kysely';
import type { Database, Executor } from '../../platform/db/database.ts';
import type { DossierFeedConsumer } from './repository.ts';

/** One history line as a consumer of the change feed receives it. */
export interface DossierFeedEvent {
  outboxId: string;
  eventId: string;
  dossierId: string;
  at: Date;
  kind: string;
  statusFrom: string | null;
  statusTo: string | null;
  step: number | null;
  toStep: number | null;
  note: string | null;
  data: Record<string, unknown>;
  actorId: string | null;
  /** Earlier failed attempts at this row. */
  attempts: number;
}

/** What a consumer did with a line: told someone ('sent'), or found nothing to tell ('skipped'). */
export type FeedOutcome = 'sent' | 'skipped';

/**
 * Thrown by a consumer for a line no retry can deliver (it cannot be put in the receiver's terms until someone
 * corrects the data): the row is failed at once, with the message as its error, instead of being retried.
 */
export class UndeliverableLine extends Error {}

export interface DrainOptions {
  /** Rows taken per run (default 50). */
  batch?: number;
  /** Attempts before a row is given up as failed (default 8). */
  maxAttempts?: number;
  now?: () => Date;
}

/** Seconds to wait after the n-th failure: 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the pending rows of one consumer in the order they were written. Each row is handled in its own
 * transaction holding the row locked (`skip locked`: concurrent workers share the work, never a row). The
 * handler gets that transaction, so whatever it records of the delivery commits with the row marked done. A
 * failure leaves the row pending with a later attempt time; the rows of the same dossier after it wait too,
 * so a dossier's lines never arrive out of order. Returns how many rows were delivered or skipped.
 */
export async function drainDossierOutbox(
  db: Database,
  consumer: DossierFeedConsumer,
  handle: (trx: Executor, event: DossierFeedEvent) => Promise<FeedOutcome>,
  options: DrainOptions = {},
): Promise<{ done: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 8;
  let done = 0;
  let failed = 0;
  const blocked = new Set<string>();
  for (let taken = 0; taken < (options.batch ?? 50); taken++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const row = await nextPending(trx, consumer, now(), [...blocked]);
      if (!row) return undefined;
      try {
        const result = await handle(trx, row);
        await trx
          .updateTable('dossierOutbox')
          .set({ status: result, doneAt: now(), attempts: row.attempts + 1, lastError: null })
          .where('id', '=', sql<number>`${row.outboxId}::bigint`)
          .execute();
        return 'done' as const;
      } catch (error) {
        blocked.add(row.dossierId);
        return { row, error };
      }
    });
    if (outcome === undefined) break;
    if (outcome === 'done') {
      done++;
      continue;
    }
    // the handler's transaction rolled back with its failure; the attempt is recorded on its own
    failed++;
    const attempts = outcome.row.attempts + 1;
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    await db
      .updateTable('dossierOutbox')
      .set({
        attempts,
        lastError: message.slice(0, 2000),
        ...(attempts >= maxAttempts || outcome.error instanceof UndeliverableLine
          ? { status: 'failed', doneAt: now() }
          : { nextAttemptAt: new Date(now().getTime() + retryDelaySeconds(attempts) * 1000) }),
      })
      .where('id', '=', sql<number>`${outcome.row.outboxId}::bigint`)
      .execute();
  }
  return { done, failed };
}

async function nextPending(
  trx: Executor,
  consumer: DossierFeedConsumer,
  now: Date,
  blockedDossiers: string[],
): Promise<DossierFeedEvent | undefined> {
  let query = trx
    .selectFrom('dossierOutbox as o')
    .innerJoin('dossierEvents as e', 'e.id', 'o.eventId')
    .select([
      sql<string>`o.id::text`.as('outboxId'),
      sql<string>`e.id::text`.as('eventId'),
      'o.dossierId',
      'e.at',
      'e.kind',
      'e.statusFrom',
      'e.statusTo',
      'e.step',
      'e.toStep',
      'e.note',
      'e.data',
      'e.actorId',
      'o.attempts',
      'o.nextAttemptAt',
    ])
    .where('o.consumer', '=', consumer)
    .where('o.status', '=', 'pending')
    // the oldest pending line of its dossier only: a later line waits while an earlier one is retried
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('dossierOutbox as earlier')
            .select(sql`1`.as('one'))
            .whereRef('earlier.dossierId', '=', 'o.dossierId')
            .where('earlier.consumer', '=', consumer)
            .where('earlier.status', '=', 'pending')
            .whereRef('earlier.id', '<', 'o.id'),
        ),
      ),
    )
    .where('o.nextAttemptAt', '<=', now)
    .orderBy('o.id')
    .limit(1)
    .forUpdate('o')
    .skipLocked();
  if (blockedDossiers.length > 0) query = query.where('o.dossierId', 'not in', blockedDossiers);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { nextAttemptAt: _, ...event } = row;
  return { ...event, data: (event.data ?? {}) as Record<string, unknown> };
}
