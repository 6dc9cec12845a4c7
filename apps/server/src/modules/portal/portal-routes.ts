import { directoryPage, homePage, type PublicDirectory, portalCss } from '@congso/portal';
import type { FastifyPluginAsync } from 'fastify';
import { sendPage } from './page.ts';

function pageNumber(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** The portal's own pages: the stylesheet, the front page and the directory of agencies. */
export function portalRoutes(directory: PublicDirectory): FastifyPluginAsync {
  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };
    app.get('/portal.css', options, (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss),
    );
    app.get('/', options, async (request, reply) =>
      sendPage(request, reply, {
        title: 'Trang chủ',
        body: homePage((await request.server.portalSiteName?.()) ?? 'CôngSở'),
      }),
    );
    app.get('/danh-ba', options, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const q = typeof query.q === 'string' ? query.q.trim().slice(0, 200) : '';
      const result = await directory.searchAgencies(q, pageNumber(query.page), 20);
      return sendPage(request, reply, { title: 'Danh bạ cơ quan', body: directoryPage(q, result) });
    });
  };
}
