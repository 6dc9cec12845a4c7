import type { FastifyPluginAsync } from 'fastify';
import { directoryPage } from './directory-page.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalCss } from './styles.ts';
import type { PortalDeps } from './types.ts';

export type { PortalDeps, PublicAgency, PublicAgencyPage, PublicDirectory } from './types.ts';

function pageNumber(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** The public portal: server-rendered pages that work without JavaScript. */
export function portalPlugin(deps: PortalDeps): FastifyPluginAsync {
  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };
    app.get('/portal.css', options, (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss),
    );
    app.get('/', options, async (_request, reply) => {
      const siteName = await deps.directory.siteName();
      const body = html`
<h1>${siteName}</h1>
<p>Cổng thông tin điện tử. Tra cứu thông tin liên hệ của các cơ quan, đơn vị trong tỉnh.</p>
<form class="search" method="get" action="/danh-ba" role="search">
  <div>
    <label for="q">Tìm cơ quan, đơn vị</label>
    <input type="search" id="q" name="q" maxlength="200">
  </div>
  <button type="submit">Tìm</button>
</form>
<p><a href="/staff/">Cán bộ, công chức đăng nhập hệ thống</a></p>`;
      return reply.type('text/html; charset=utf-8').send(layout({ title: 'Trang chủ', siteName, body }));
    });
    app.get('/danh-ba', options, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const q = typeof query.q === 'string' ? query.q.trim().slice(0, 200) : '';
      const [siteName, result] = await Promise.all([
        deps.directory.siteName(),
        deps.directory.searchAgencies(q, pageNumber(query.page), 20),
      ]);
      return reply
        .type('text/html; charset=utf-8')
        .send(layout({ title: 'Danh bạ cơ quan', siteName, body: directoryPage(q, result) }));
    });
  };
}
