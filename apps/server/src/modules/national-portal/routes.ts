import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Đồng bộ Cổng Dịch vụ công quốc gia'];

export function nationalPortalRoutes(deps: {
  db: Database;
  enabled: boolean;
  jobs?: JobQueue | undefined;
}): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/national-portal/sync',
      {
        schema: {
          tags,
          summary: 'Tình trạng đồng bộ: các dòng chưa gửi được và các yêu cầu gửi gần nhất',
          querystring: schema.syncQuery,
          response: { 200: schema.syncOverview },
        },
      },
      async (request) => service.syncOverview(db, request.ctx, deps.enabled, request.query.code),
    );
    app.post(
      '/api/national-portal/sync/:id/retry',
      {
        schema: {
          tags,
          summary: 'Gửi lại một dòng đồng bộ chưa gửi được',
          params: schema.syncLineParams,
          response: { 200: schema.retried },
        },
      },
      async (request) => service.retryLine(db, request.ctx, request.params.id, deps.jobs),
    );
  };
}
