import { sql } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { chainHash, GENESIS_HASH } from './chain.ts';

export interface AuditEntryInput {
  /** `<capability>.<thing>.<verb>`, e.g. `directory.agency.create`. */
  action: string;
  agencyId?: string | null;
  targetType?: string;
  targetId?: string;
  /** What changed: `{ before, after }` with the fields that matter, never secrets. */
  summary?: Record<string, unknown>;
  /** Who acted when the request has no session yet (a login names the person who logs in or tried to). */
  as?: { userId: string | null; name: string };
}

// Serialises appends so every entry sees the hash of the one before it. Held to the end of the caller's
// transaction, which is why services write their audit entry last.
const AUDIT_CHAIN_LOCK = 7_406_301_171;

/**
 * Appends an audit entry inside the caller's transaction, so the entry exists exactly when the change it
 * describes does. Must run in READ COMMITTED (the default) so the last hash is read after taking the lock.
 */
export async function recordAudit(trx: Executor, ctx: RequestContext, input: AuditEntryInput): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('auditLog')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields = {
    occurredAt: new Date(),
    actorUserId: ctx.actor?.userId ?? input.as?.userId ?? null,
    actorName: ctx.actor ? `${ctx.actor.displayName} (${ctx.actor.username})` : (input.as?.name ?? null),
    agencyId: input.agencyId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    summary: input.summary ?? {},
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('auditLog')
    .values({
      ...fields,
      summary: JSON.stringify(fields.summary),
      prevHash,
      hash: chainHash(prevHash, fields),
    })
    .execute();
  ctx.auditCount += 1;
}

/** Records outside any other work (failed logins, which must be kept although the request fails). */
export async function recordAuditAlone(
  db: Executor,
  ctx: RequestContext,
  input: AuditEntryInput,
): Promise<void> {
  if (db.isTransaction) return recordAudit(db, ctx, input);
  await db.transaction().execute((trx) => recordAudit(trx, ctx, input));
}
