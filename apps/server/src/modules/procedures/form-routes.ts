import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import * as schema from './form-schema.ts';
import * as service from './form-service.ts';
import { procedureIdParams } from './steps-schema.ts';

const tags = ['Tờ khai điện tử (application forms)'];

export function applicationFormRoutes({ db }: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/procedures/:id/form',
      {
        schema: {
          tags,
          summary: 'Tờ khai điện tử của thủ tục (JSON Schema)',
          params: procedureIdParams,
          response: { 200: schema.applicationForm },
        },
      },
      async (request) => service.getForm(db, request.ctx, request.params.id),
    );
    app.put(
      '/api/procedures/:id/form',
      {
        schema: {
          tags,
          summary: 'Đặt hoặc xóa tờ khai điện tử của thủ tục',
          description:
            'Tập con của JSON Schema: đối tượng có title, properties, required; trường kiểu string (format ' +
            'date, email; enum; minLength, maxLength; pattern), integer, number (minimum, maximum), boolean, ' +
            'array các chuỗi (có thể kèm enum) và tối đa một cấp nhóm trường (object). Mỗi trường cần title.',
          params: procedureIdParams,
          body: schema.saveFormBody,
          response: { 200: schema.applicationForm },
        },
      },
      async (request) => service.saveForm(db, request.ctx, request.params.id, request.body),
    );
  };
}
