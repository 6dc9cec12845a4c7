import { randomUUID } from 'node:crypto';
import type { Actor } from './auth/actor.ts';

/**
 * What a service needs to know about the request it serves: who acts, and how to label the audit entries it
 * writes. Built per HTTP request; the CLI and jobs build one with `systemContext`.
 */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** Audit entries written for this request; a successful write with none is a bug (logged). */
  auditCount: number;
}

export function systemContext(label = 'system'): RequestContext {
  return { actor: null, requestId: `${label}-${randomUUID()}`, ip: null, userAgent: null, auditCount: 0 };
}
