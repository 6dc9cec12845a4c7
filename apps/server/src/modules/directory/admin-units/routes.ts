import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import * as repo from './repository.ts';
import * as schema from './schema.ts';

const tags = ['Danh mục đơn vị hành chính (admin units)'];

/** Read-only reference data (Cục Thống kê codes, list after 1 July 2025); no service layer needed. */
export function adminUnitRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin-units',
      {
        schema: {
          tags,
          summary: 'Tra cứu tỉnh, xã theo tên (có dấu hoặc không) hoặc mã',
          querystring: schema.listAdminUnitsQuery,
          response: { 200: schema.adminUnitPage },
        },
      },
      async (request) => repo.listAdminUnits(db, request.query),
    );
    app.get(
      '/api/admin-units/:code',
      {
        schema: {
          tags,
          summary: 'Một đơn vị hành chính',
          params: schema.adminUnitParams,
          response: { 200: schema.adminUnit },
        },
      },
      async (request) => {
        const unit = await repo.findAdminUnit(db, request.params.code);
        if (!unit) throw notFound('Không có đơn vị hành chính với mã này');
        return unit;
      },
    );
  };
}
