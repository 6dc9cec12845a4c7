import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Nhật ký hệ thống (audit)'];

export function auditRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags,
          summary: 'Nhật ký thao tác, mới nhất trước',
          querystring: schema.listAuditQuery,
          response: { 200: schema.auditPage },
        },
      },
      async (request) => service.listAudit(db, request.ctx, request.query),
    );
    app.get(
      '/api/audit/verify',
      {
        schema: {
          tags,
          summary: 'Kiểm tra chuỗi băm của toàn bộ nhật ký',
          response: { 200: schema.chainVerdict },
        },
      },
      async (request) => service.verifyChain(db, request.ctx),
    );
  };
}
