import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Thông báo (notifications)'];
// Marking one's own notices read changes nothing anyone else sees or relies on: like opening a page, it
// is not an audited step (the audit log records what was done to documents, not who looked at a bell).
const config = { auditOptional: true };

export function notificationRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags,
          summary: 'Thông báo của tôi, mới nhất trước, kèm số chưa đọc',
          querystring: schema.listNotificationsQuery,
          response: { 200: schema.notificationPage },
        },
      },
      async (request) => service.listNotifications(db, request.ctx, request.query),
    );
    app.post(
      '/api/notifications/read-all',
      {
        config,
        schema: {
          tags,
          summary: 'Đánh dấu tất cả thông báo của tôi đã đọc',
          response: { 200: schema.unreadCount },
        },
      },
      async (request) => service.markAllRead(db, request.ctx),
    );
    app.post(
      '/api/notifications/:id/read',
      {
        config,
        schema: {
          tags,
          summary: 'Đánh dấu một thông báo đã đọc',
          params: schema.notificationParams,
          response: { 200: schema.unreadCount },
        },
      },
      async (request) => service.markRead(db, request.ctx, request.params.id),
    );
  };
}
