import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Danh bạ: phòng, ban (departments)'];

export function departmentRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/agencies/:agencyId/departments',
      {
        schema: {
          tags,
          summary: 'Phòng, ban của một cơ quan',
          params: schema.agencyParams,
          querystring: schema.listDepartmentsQuery,
          response: { 200: schema.departmentPage },
        },
      },
      async (request) => service.listDepartments(db, request.params.agencyId, request.query),
    );
    app.post(
      '/api/agencies/:agencyId/departments',
      {
        schema: {
          tags,
          summary: 'Thêm phòng, ban',
          params: schema.agencyParams,
          body: schema.createDepartmentBody,
          response: { 201: schema.department },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.createDepartment(db, request.ctx, request.params.agencyId, request.body)),
    );
    app.get(
      '/api/departments/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết phòng, ban',
          params: schema.departmentParams,
          response: { 200: schema.department },
        },
      },
      async (request) => service.getDepartment(db, request.params.id),
    );
    app.patch(
      '/api/departments/:id',
      {
        schema: {
          tags,
          summary: 'Sửa hoặc ngừng hoạt động phòng, ban',
          params: schema.departmentParams,
          body: schema.updateDepartmentBody,
          response: { 200: schema.department },
        },
      },
      async (request) => service.updateDepartment(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/departments/:id',
      {
        schema: {
          tags,
          summary: 'Xóa phòng, ban chưa có cán bộ',
          params: schema.departmentParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteDepartment(db, request.ctx, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
