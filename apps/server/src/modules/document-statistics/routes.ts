import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { sendXlsx } from '../../platform/http/xlsx.ts';
import { statisticsXlsx } from './export.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Thống kê văn bản (document statistics)'];

export function documentStatisticsRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/document-statistics',
      {
        schema: {
          tags,
          summary:
            'Thống kê văn bản đi, đến của cơ quan trong kỳ: điện tử / giấy, xử lý đúng hạn / quá hạn, theo tháng, loại, phòng ban',
          querystring: schema.statisticsQuery,
          response: { 200: schema.documentStatistics },
        },
      },
      async (request) => service.documentStatistics(db, request.ctx, request.query),
    );
    app.get(
      '/api/document-statistics/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Tải thống kê văn bản (XLSX); ghi nhật ký hệ thống',
          querystring: schema.statisticsQuery,
        },
      },
      async (request, reply) => {
        const statistics = await service.statisticsForExport(db, request.ctx, request.query);
        const name = `thong-ke-van-ban-${statistics.from}-${statistics.to}.xlsx`;
        return sendXlsx(reply, name, await statisticsXlsx(statistics));
      },
    );
    app.get(
      '/api/document-statistics/agencies',
      {
        schema: {
          tags,
          summary:
            'Các cơ quan người dùng được xem thống kê văn bản (và được gồm cả đơn vị trực thuộc hay không)',
          response: { 200: schema.statisticsAgencies },
        },
      },
      async (request) => service.statisticsAgencies(db, request.ctx),
    );
  };
}
