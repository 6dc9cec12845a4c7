import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import * as schema from './steps-schema.ts';
import * as service from './steps-service.ts';

const tags = ['Quy trình nội bộ (processing steps)'];

export function processingStepRoutes({ db }: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/procedures/:id/steps',
      {
        schema: {
          tags,
          summary: 'Quy trình nội bộ của thủ tục tại một cơ quan tiếp nhận',
          params: schema.procedureIdParams,
          querystring: schema.stepsQuery,
          response: { 200: schema.processingSteps },
        },
      },
      async (request) => service.getSteps(db, request.ctx, request.params.id, request.query.agencyId),
    );
    app.get(
      '/api/procedures/:id/offerings',
      {
        schema: {
          tags,
          summary: 'Các cơ quan tiếp nhận thủ tục (đã có quy trình nội bộ), với tổng thời gian',
          params: schema.procedureIdParams,
          response: { 200: schema.offerings },
        },
      },
      async (request) => service.listOfferings(db, request.ctx, request.params.id),
    );
    app.put(
      '/api/procedures/:id/steps',
      {
        schema: {
          tags,
          summary: 'Lập lại toàn bộ quy trình nội bộ của thủ tục tại một cơ quan tiếp nhận',
          description:
            'Tổng số ngày các bước phải bằng thời hạn giải quyết theo quy định; bước đầu là tiếp nhận và ' +
            'bước cuối là trả kết quả tại chính cơ quan tiếp nhận; có ít nhất một bước thụ lý.',
          params: schema.procedureIdParams,
          body: schema.saveStepsBody,
          response: { 200: schema.processingSteps },
        },
      },
      async (request) => service.saveSteps(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/procedures/:id/steps',
      {
        schema: {
          tags,
          summary: 'Ngừng tiếp nhận thủ tục tại cơ quan (xóa quy trình nội bộ ở đó)',
          params: schema.procedureIdParams,
          querystring: schema.stepsQuery,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.stopOffering(db, request.ctx, request.params.id, request.query.agencyId);
        return reply.code(204).send(null);
      },
    );
  };
}
