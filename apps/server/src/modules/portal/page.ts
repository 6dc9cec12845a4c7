import { layout, type Raw } from '@congso/portal';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localPath } from '../../platform/auth/applicant-session.ts';

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

const ACCOUNT_PAGES = /^\/(dang-nhap|dang-ky|xac-thuc|quen-mat-khau|dat-lai-mat-khau)(\/|\?|$)/;

/**
 * Where the header's "Đăng nhập" / "Đăng ký" lead back to: the page being read, or — on the account pages
 * themselves — the place those pages were already asked to return to.
 */
function returnTo(request: FastifyRequest): string | null {
  if (request.method !== 'GET') return null;
  if (!ACCOUNT_PAGES.test(request.url)) return localPath(request.url);
  const tiep = (request.query as Record<string, unknown> | undefined)?.tiep;
  return typeof tiep === 'string' ? localPath(tiep) : null;
}

/** Answers a portal page: the site's frame around the body, the signed-in applicant in the header. */
export async function sendPage(request: FastifyRequest, reply: FastifyReply, page: PageInput) {
  const siteName = (await request.server.portalSiteName?.()) ?? 'Cổng thông tin điện tử CôngSở';
  const html = layout({
    title: page.title,
    siteName,
    body: page.body,
    applicant: request.applicant ?? null,
    returnTo: returnTo(request),
  });
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}
