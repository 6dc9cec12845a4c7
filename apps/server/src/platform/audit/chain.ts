import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers. */
export interface ChainedFields {
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: unknown;
  requestId: string | null;
  ip: string | null;
}

/** JSON with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash_n = SHA-256(hash_{n-1} + "\n" + canonical fields of entry n). */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({
    occurredAt: fields.occurredAt.toISOString(),
    actorUserId: fields.actorUserId,
    actorName: fields.actorName,
    agencyId: fields.agencyId,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    summary: fields.summary,
    requestId: fields.requestId,
    ip: fields.ip,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}
