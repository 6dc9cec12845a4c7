import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Danh bạ: cơ quan (agencies)'];

export function agencyRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/agencies',
      {
        schema: {
          tags,
          summary: 'Danh sách cơ quan, tìm kiếm và phân trang',
          querystring: schema.listAgenciesQuery,
          response: { 200: schema.agencyPage },
        },
      },
      async (request) => service.listAgencies(db, request.query),
    );
    app.get(
      '/api/agencies/tree',
      {
        schema: {
          tags,
          summary: 'Cây cơ quan',
          querystring: schema.treeQuery,
          response: { 200: z.array(schema.agencyTreeNode) },
        },
      },
      async (request) => service.agencyTree(db, request.query.rootId, request.query.includeInactive ?? false),
    );
    app.get(
      '/api/agencies/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết cơ quan',
          params: schema.agencyIdParams,
          response: { 200: schema.agencyDetail },
        },
      },
      async (request) => service.getAgency(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/agencies',
      {
        schema: {
          tags,
          summary: 'Tạo cơ quan',
          body: schema.createAgencyBody,
          response: { 201: schema.agency },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createAgency(db, request.ctx, request.body)),
    );
    app.patch(
      '/api/agencies/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, chuyển hoặc ngừng hoạt động cơ quan',
          params: schema.agencyIdParams,
          body: schema.updateAgencyBody,
          response: { 200: schema.agency },
        },
      },
      async (request) => service.updateAgency(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/agencies/:id',
      {
        schema: {
          tags,
          summary: 'Xóa cơ quan chưa có dữ liệu',
          params: schema.agencyIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteAgency(db, request.ctx, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
