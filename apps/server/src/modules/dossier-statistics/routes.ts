import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { sendXlsx } from '../../platform/http/xlsx.ts';
import { statisticsXlsx } from './export.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Thống kê hồ sơ một cửa (dossier statistics)'];

export function dossierStatisticsRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dossier-statistics',
      {
        schema: {
          tags,
          summary:
            'Thống kê hồ sơ thủ tục hành chính của cơ quan tiếp nhận trong kỳ: tiếp nhận, giải quyết trước hạn / đúng hạn / quá hạn, đang giải quyết, theo tháng, lĩnh vực, thủ tục, cơ quan; chỉ số QĐ 766',
          querystring: schema.statisticsQuery,
          response: { 200: schema.dossierStatistics },
        },
      },
      async (request) => service.dossierStatistics(db, request.ctx, request.query),
    );
    app.get(
      '/api/dossier-statistics/indicators',
      {
        schema: {
          tags,
          summary:
            'Các chỉ số đánh giá chất lượng phục vụ theo QĐ 766/QĐ-TTg tính được từ dữ liệu của hệ thống: nhóm, công thức, giá trị',
          querystring: schema.statisticsQuery,
          response: { 200: schema.dossierIndicators },
        },
      },
      async (request) => service.dossierIndicators(db, request.ctx, request.query),
    );
    app.get(
      '/api/dossier-statistics/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Tải thống kê hồ sơ thủ tục hành chính và chỉ số QĐ 766 (XLSX); ghi nhật ký hệ thống',
          querystring: schema.statisticsQuery,
        },
      },
      async (request, reply) => {
        const statistics = await service.statisticsForExport(db, request.ctx, request.query);
        const name = `thong-ke-ho-so-${statistics.from}-${statistics.to}.xlsx`;
        return sendXlsx(reply, name, await statisticsXlsx(statistics));
      },
    );
    app.get(
      '/api/dossier-statistics/agencies',
      {
        schema: {
          tags,
          summary:
            'Các cơ quan người dùng được xem thống kê hồ sơ (và được gồm cả đơn vị trực thuộc hay không)',
          response: { 200: schema.statisticsAgencies },
        },
      },
      async (request) => service.statisticsAgencies(db, request.ctx),
    );
  };
}
