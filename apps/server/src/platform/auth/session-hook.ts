import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { Problem } from '../http/problem.ts';
import * as repo from './repository.ts';
import { SESSION_COOKIE, sessionIdOf } from './session-token.ts';

const TOUCH_EVERY_MS = 60_000;

/**
 * Resolves the session cookie into `request.ctx.actor` for API routes, then enforces the route's access
 * rule: API routes need a session unless their config says `public: true` (public routes see the session
 * only with `optionalSession`). Expired, idle or disabled sessions are deleted on sight.
 */
export function installSessionHook(app: FastifyInstance, db: Database, config: Config): void {
  const idleMs = config.SESSION_IDLE_MINUTES * 60_000;

  const resolveActor = async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const id = sessionIdOf(token);
    const row = await repo.findSession(db, id);
    if (!row) return;
    const now = Date.now();
    if (!row.isActive || row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + idleMs <= now) {
      await repo.deleteSession(db, id);
      return;
    }
    // an applicant's portal session is no session here, whichever cookie carries it
    if (row.kind !== 'staff') return;
    request.ctx.actor = repo.toActor(row);
    if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id);
  };

  // onRequest, before the body is read: anonymous callers are turned away without parsing anything. Pages,
  // files and public routes skip the session lookup (a browser sends the cookie with all of them).
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (request.routeOptions.url === undefined || !request.url.startsWith('/api/')) return;
    if (config?.public) {
      if (config.optionalSession) await resolveActor(request);
      return;
    }
    await resolveActor(request);
    const actor = request.ctx.actor;
    if (!actor) throw new Problem('unauthenticated', 'Vui lòng đăng nhập');
    if (actor.mustChangePassword && !config?.passwordChangeExempt) {
      throw new Problem(
        'password-change-required',
        'Mật khẩu của bạn do quản trị viên đặt lại; hãy đổi mật khẩu mới',
      );
    }
  });
}
