import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { repoRoot } from '../config/config.ts';

export const staffDist = path.join(repoRoot, 'apps/staff/dist');

/**
 * Serves the built staff app under /staff/. Any other path below /staff/ gets index.html, so the app's own
 * router handles deep links and reloads. Hashed assets are cached for a year; index.html never.
 */
export async function installStaffApp(app: FastifyInstance, dist = staffDist): Promise<void> {
  await app.register(
    async (scope) => {
      if (!existsSync(path.join(dist, 'index.html'))) {
        const notBuilt = (_request: unknown, reply: FastifyReply) =>
          reply
            .code(503)
            .type('text/plain; charset=utf-8')
            .send('Ứng dụng cán bộ chưa được build. Chạy: npm run build (hoặc npm start, tự build khi cần).');
        const options = { config: { public: true }, schema: { hide: true } };
        scope.get('/', options, notBuilt);
        scope.get('/*', options, notBuilt);
        return;
      }
      await scope.register(fastifyStatic, {
        root: dist,
        prefix: '/',
        wildcard: true,
        index: false,
        setHeaders: (reply, file) => {
          reply.header(
            'cache-control',
            file.includes(`${path.sep}assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      });
      scope.get('/', { config: { public: true }, schema: { hide: true } }, (_request, reply) =>
        reply.header('cache-control', 'no-cache').sendFile('index.html'),
      );
      scope.setNotFoundHandler((request, reply) => {
        if (request.method !== 'GET' || path.extname(request.url.split('?')[0] ?? '') !== '') {
          return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy');
        }
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      });
    },
    { prefix: '/staff' },
  );
}
