import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Danh bạ: cán bộ (officials)'];

export function officialRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/officials',
      {
        schema: {
          tags,
          summary: 'Danh bạ cán bộ, công chức',
          querystring: schema.listOfficialsQuery,
          response: { 200: schema.officialPage },
        },
      },
      async (request) => service.listOfficials(db, request.ctx, request.query),
    );
    app.post(
      '/api/officials',
      {
        schema: {
          tags,
          summary: 'Thêm cán bộ',
          body: schema.createOfficialBody,
          response: { 201: schema.official },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createOfficial(db, request.ctx, request.body)),
    );
    app.get(
      '/api/officials/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết cán bộ',
          params: schema.officialParams,
          response: { 200: schema.official },
        },
      },
      async (request) => service.getOfficial(db, request.ctx, request.params.id),
    );
    app.patch(
      '/api/officials/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, điều chuyển hoặc ngừng hoạt động cán bộ',
          params: schema.officialParams,
          body: schema.updateOfficialBody,
          response: { 200: schema.official },
        },
      },
      async (request) => service.updateOfficial(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/officials/:id',
      {
        schema: {
          tags,
          summary: 'Xóa cán bộ chưa có tài khoản',
          params: schema.officialParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteOfficial(db, request.ctx, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
