import type { FastifyInstance } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Gives every request its context (request id, client, actor to be filled by the session hook), echoes the
 * request id, and reports a successful state change that left no audit entry: that is a bug in a module.
 */
export function installRequestContext(app: FastifyInstance): void {
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request, reply) => {
    const ua = request.headers['user-agent'];
    request.ctx = {
      actor: null,
      requestId: request.id,
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua : null,
      auditCount: 0,
    };
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || reply.statusCode >= 400 || !request.url.startsWith('/api/'))
      return;
    if (request.routeOptions.config?.auditOptional) return;
    if (request.ctx.auditCount === 0) {
      request.log.error(
        { route: request.routeOptions.url, method: request.method },
        'state-changing request wrote no audit entry',
      );
    }
  });
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Keeps a caller's X-Request-Id when it looks like one (for tracing across systems), else makes a new one. */
export function requestIdFrom(header: string | string[] | undefined, fresh: () => string): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : fresh();
}
