import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { addDocument, removeDocument, reorderDocuments } from './contents.ts';
import { getWorkFile, listWorkFiles } from './detail.ts';
import { fileContentsXlsx, filePlanXlsx } from './export.ts';
import * as plan from './plan.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const planTags = ['Danh mục hồ sơ (file plans)'];
const tags = ['Hồ sơ công việc (work files)'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const detail = { 200: schema.workFileDetail };

export function workFileRoutes({ db }: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- file plan --------------------------------------------------------------------------------------
    app.get(
      '/api/file-plans',
      {
        schema: {
          tags: planTags,
          summary: 'Danh mục hồ sơ của cơ quan trong một năm',
          querystring: schema.planQuery,
          response: { 200: schema.filePlan },
        },
      },
      async (request) => plan.getPlan(db, request.ctx, request.query),
    );
    app.get(
      '/api/file-plans/export',
      {
        schema: {
          tags: planTags,
          summary: 'Tải danh mục hồ sơ (XLSX, các cột theo Phụ lục V Nghị định 30/2020)',
          querystring: schema.planExportQuery,
        },
      },
      async (request, reply) => {
        const view = await plan.getPlan(db, request.ctx, request.query);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename="danh-muc-ho-so-${view.year}.xlsx"`)
          .header('cache-control', 'no-store')
          .send(await filePlanXlsx(view));
      },
    );
    app.post(
      '/api/file-plans/entries',
      {
        schema: {
          tags: planTags,
          summary: 'Thêm hồ sơ vào danh mục hồ sơ',
          body: schema.createPlanEntryBody,
          response: { 201: schema.planEntry },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await plan.createPlanEntry(db, request.ctx, request.body)),
    );
    app.patch(
      '/api/file-plans/entries/:id',
      {
        schema: {
          tags: planTags,
          summary: 'Sửa một mục của danh mục hồ sơ',
          params: schema.idParams,
          body: schema.updatePlanEntryBody,
          response: { 200: schema.planEntry },
        },
      },
      async (request) => plan.updatePlanEntry(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/file-plans/entries/:id',
      {
        schema: {
          tags: planTags,
          summary: 'Xóa một mục chưa có hồ sơ nào được lập theo',
          params: schema.idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await plan.deletePlanEntry(db, request.ctx, request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/file-plans/copy',
      {
        schema: {
          tags: planTags,
          summary: 'Sao chép danh mục hồ sơ của một năm sang năm khác (bỏ qua ký hiệu đã có)',
          body: schema.copyPlanBody,
          response: { 200: schema.copyResult },
        },
      },
      async (request) => plan.copyPlan(db, request.ctx, request.body),
    );

    // ---- work files -------------------------------------------------------------------------------------
    app.get(
      '/api/work-files',
      {
        schema: {
          tags,
          summary: 'Tìm hồ sơ công việc (của tôi, hoặc của cơ quan nếu được xem)',
          querystring: schema.listWorkFilesQuery,
          response: { 200: schema.workFilePage },
        },
      },
      async (request) => listWorkFiles(db, request.ctx, request.query),
    );
    app.post(
      '/api/work-files',
      {
        schema: {
          tags,
          summary: 'Lập hồ sơ (theo danh mục hồ sơ hoặc ngoài danh mục)',
          body: schema.openWorkFileBody,
          response: { 201: schema.workFileDetail },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.openWorkFile(db, request.ctx, request.body)),
    );
    app.get(
      '/api/work-files/:id',
      {
        schema: {
          tags,
          summary: 'Hồ sơ và các văn bản trong hồ sơ',
          params: schema.idParams,
          response: detail,
        },
      },
      async (request) => getWorkFile(db, request.ctx, request.params.id),
    );
    app.patch(
      '/api/work-files/:id',
      {
        schema: {
          tags,
          summary: 'Sửa thông tin hồ sơ đang mở',
          params: schema.idParams,
          body: schema.updateWorkFileBody,
          response: detail,
        },
      },
      async (request) => service.updateWorkFile(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/work-files/:id',
      {
        schema: {
          tags,
          summary: 'Xóa hồ sơ lập nhầm (đang mở, chưa có văn bản)',
          params: schema.idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteWorkFile(db, request.ctx, request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/work-files/:id/documents',
      {
        schema: {
          tags,
          summary: 'Đưa văn bản vào hồ sơ (cuối hồ sơ)',
          params: schema.idParams,
          body: schema.addDocumentBody,
          response: detail,
        },
      },
      async (request) => addDocument(db, request.ctx, request.params.id, request.body.documentId),
    );
    app.delete(
      '/api/work-files/:id/documents/:documentId',
      {
        schema: {
          tags,
          summary: 'Bỏ văn bản ra khỏi hồ sơ',
          params: schema.documentParams,
          response: detail,
        },
      },
      async (request) => removeDocument(db, request.ctx, request.params.id, request.params.documentId),
    );
    app.put(
      '/api/work-files/:id/documents/order',
      {
        schema: {
          tags,
          summary: 'Sắp xếp lại thứ tự văn bản trong hồ sơ',
          params: schema.idParams,
          body: schema.orderBody,
          response: detail,
        },
      },
      async (request) => reorderDocuments(db, request.ctx, request.params.id, request.body.documentIds),
    );
    app.post(
      '/api/work-files/:id/close',
      {
        schema: {
          tags,
          summary: 'Kết thúc hồ sơ (ghi ngày kết thúc, số văn bản, số tờ)',
          params: schema.idParams,
          body: schema.closeBody,
          response: detail,
        },
      },
      async (request) => service.closeWorkFile(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/work-files/:id/reopen',
      {
        schema: {
          tags,
          summary: 'Mở lại hồ sơ đã kết thúc (người lập danh mục hồ sơ)',
          params: schema.idParams,
          body: schema.reopenBody,
          response: detail,
        },
      },
      async (request) => service.reopenWorkFile(db, request.ctx, request.params.id, request.body.reason),
    );
    app.get(
      '/api/work-files/:id/contents/export',
      {
        schema: {
          tags,
          summary: 'Tải mục lục văn bản trong hồ sơ (XLSX)',
          params: schema.idParams,
          querystring: schema.contentsExportQuery,
        },
      },
      async (request, reply) => {
        const file = await getWorkFile(db, request.ctx, request.params.id);
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            `attachment; filename="muc-luc-ho-so-${file.year}-${file.code}.xlsx"`,
          )
          .header('cache-control', 'no-store')
          .send(await fileContentsXlsx(file));
      },
    );
  };
}
