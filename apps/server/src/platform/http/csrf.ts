import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from './problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery protection by origin. Browsers label every request with where it comes from
 * (Sec-Fetch-Site, and Origin on unsafe methods); a forged request from another site says so and is
 * refused. Requests without those headers do not come from a browser page and cannot ride on a victim's
 * cookie, so API clients need no token. Same approach as Go's http.CrossOriginProtection.
 */
export function isCrossOrigin(request: FastifyRequest, trustedOrigins: ReadonlySet<string>): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  if (trustedOrigins.has(origin)) return false;
  const host = request.headers.host;
  return !(host && (origin === `http://${host}` || origin === `https://${host}`));
}

export function installCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const trusted = new Set([new URL(publicUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (isCrossOrigin(request, trusted)) {
      throw new Problem('cross-origin-request', 'Thao tác phải được thực hiện từ chính trang CôngSở');
    }
  });
}
