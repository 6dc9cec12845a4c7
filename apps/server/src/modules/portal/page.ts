import { layout, type Raw } from '@congso/portal';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface PageInput {
  title: string;
  body: Raw;
  /** 200 by default; 422 for a form sent back with its problems, 404 for something not found. */
  status?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The portal's name (from the province's top agency), decorated on the portal scope. */
    portalSiteName?: () => Promise<string>;
  }
}

/** Answers a portal page: the site's frame around the body, the signed-in applicant in the header. */
export async function sendPage(request: FastifyRequest, reply: FastifyReply, page: PageInput) {
  const siteName = (await request.server.portalSiteName?.()) ?? 'Cổng thông tin điện tử CôngSở';
  const html = layout({ title: page.title, siteName, body: page.body, applicant: request.applicant ?? null });
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}
