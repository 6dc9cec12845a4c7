import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Danh bạ: vai trò (roles)'];

export function roleRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/roles',
      { schema: { tags, summary: 'Các vai trò', response: { 200: z.array(schema.role) } } },
      async () => service.listRoles(db),
    );
    app.get(
      '/api/permissions',
      {
        schema: {
          tags,
          summary: 'Danh mục quyền để ghép thành vai trò',
          response: { 200: z.array(schema.permission) },
        },
      },
      async () => service.listPermissions(),
    );
    app.post(
      '/api/roles',
      {
        schema: { tags, summary: 'Tạo vai trò', body: schema.createRoleBody, response: { 201: schema.role } },
      },
      async (request, reply) => reply.code(201).send(await service.createRole(db, request.ctx, request.body)),
    );
    app.patch(
      '/api/roles/:key',
      {
        schema: {
          tags,
          summary: 'Sửa vai trò tự định nghĩa',
          params: schema.roleParams,
          body: schema.updateRoleBody,
          response: { 200: schema.role },
        },
      },
      async (request) => service.updateRole(db, request.ctx, request.params.key, request.body),
    );
    app.delete(
      '/api/roles/:key',
      {
        schema: {
          tags,
          summary: 'Xóa vai trò tự định nghĩa chưa giao cho ai',
          params: schema.roleParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteRole(db, request.ctx, request.params.key);
        return reply.code(204).send(null);
      },
    );
  };
}
