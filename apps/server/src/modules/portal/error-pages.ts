import { errorPage } from '@congso/portal';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '../../platform/http/error-handler.ts';
import { Problem } from '../../platform/http/problem.ts';
import { sendPage } from './page.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The portal's HTML answer for an address nobody serves (the platform's not-found handler asks it). */
    portalNotFound?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  }
}

/** A failed request answered as a portal page: the problem's status and words, the request id for a 5xx. */
function sendErrorPage(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  const page = errorPage({
    status: problem.status,
    message: problem.detail ?? problem.title,
    requestId: problem.status >= 500 ? request.id : undefined,
  });
  return sendPage(request, reply, { ...page, status: problem.status });
}

/**
 * Visitors of the portal read pages, not problem documents: inside the portal's scope every error becomes a
 * page in the site's frame (logged as the platform logs them), and an unknown address outside the API and the
 * staff app is answered with the portal's "not found" page when a browser asks for HTML.
 */
export function installPortalErrorPages(root: FastifyInstance, scope: FastifyInstance): void {
  scope.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendErrorPage(request, reply, problem);
  });
  root.decorate('portalNotFound', (request: FastifyRequest, reply: FastifyReply) =>
    sendErrorPage(
      request,
      reply,
      new Problem('not-found', 'Địa chỉ này không có trên cổng. Có thể đường dẫn đã cũ hoặc bị gõ sai.'),
    ),
  );
}
