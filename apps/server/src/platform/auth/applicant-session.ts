import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import * as repo from './repository.ts';
import { sessionIdOf } from './session-token.ts';

/**
 * The portal's own session cookie. Applicants (citizens, businesses) sign in on the portal, staff in the staff
 * app: two cookies, so one browser can hold both and neither session ever reaches the other side.
 */
export const APPLICANT_COOKIE = 'congso_portal';

/** A signed-in citizen or business, as the portal's pages see them. */
export interface Applicant {
  userId: string;
  username: string;
  displayName: string;
  kind: 'citizen' | 'business';
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The applicant signed in on the portal (portal routes only). */
    applicant?: Applicant;
  }
}

const TOUCH_EVERY_MS = 60_000;

/** The applicant a session token belongs to, if the session is alive and is an applicant's. */
export async function applicantForToken(
  db: Database,
  config: Pick<Config, 'SESSION_IDLE_MINUTES'>,
  token: string | undefined,
): Promise<Applicant | undefined> {
  if (!token || token.length > 200) return undefined;
  const id = sessionIdOf(token);
  const row = await repo.findSession(db, id);
  if (!row) return undefined;
  const now = Date.now();
  const idle = row.lastSeenAt.getTime() + config.SESSION_IDLE_MINUTES * 60_000 <= now;
  if (!row.isActive || row.expiresAt.getTime() <= now || idle || row.kind === 'staff') {
    await repo.deleteSession(db, id);
    return undefined;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id);
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    kind: row.kind as Applicant['kind'],
    sessionId: row.sessionId,
  };
}

/** Resolves `request.applicant` for every route of the (portal) scope it is installed in. */
export function installApplicantSession(app: FastifyInstance, db: Database, config: Config): void {
  app.addHook('onRequest', async (request) => {
    request.applicant = await applicantForToken(db, config, request.cookies[APPLICANT_COOKIE]);
  });
}

/**
 * The applicant a page needs, or a redirect (303) to the sign-in page that comes back here afterwards; the
 * caller returns when this gives undefined.
 */
export function requireApplicant(request: FastifyRequest, reply: FastifyReply): Applicant | undefined {
  if (request.applicant) return request.applicant;
  void reply.redirect(`/dang-nhap?tiep=${encodeURIComponent(comeBackTo(request))}`, 303);
  return undefined;
}

/** After signing in: this page (GET), or the page the form was posted from (on this site). */
function comeBackTo(request: FastifyRequest): string {
  if (request.method === 'GET') return localPath(request.url);
  const referer = request.headers.referer;
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    return url.host === request.headers.host ? localPath(`${url.pathname}${url.search}`) : '/';
  } catch {
    return '/';
  }
}

/** Only a path on this site may be a place to come back to (no open redirect). */
export function localPath(target: string): string {
  try {
    const url = new URL(target, 'http://portal.invalid');
    if (url.origin !== 'http://portal.invalid') return '/';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}
