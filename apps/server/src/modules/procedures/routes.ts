import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { invalid, Problem } from '../../platform/http/problem.ts';
import { IMPORT_LIMITS } from './import-reader.ts';
import * as imports from './import-service.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Thủ tục hành chính (procedures)'];

export interface ProcedureRouteDeps {
  db: Database;
  uploadLimitBytes: number;
  /** Where applying an import is sent (none: it is applied within the request). */
  jobs?: imports.ImportQueue | undefined;
}

/** The catalogue (read by staff, kept by its managers) and the imports that fill it. */
export function procedureRoutes({ db, uploadLimitBytes, jobs }: ProcedureRouteDeps): FastifyPluginAsyncZod {
  const fileBytes = Math.min(uploadLimitBytes, IMPORT_LIMITS.fileBytes);
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, fileSize: fileBytes } });

    app.get(
      '/api/procedures',
      {
        schema: {
          tags,
          summary: 'Danh mục thủ tục hành chính: tìm theo mã, tên (có dấu hoặc không), lọc, phân trang',
          querystring: schema.listProceduresQuery,
          response: { 200: schema.procedurePage },
        },
      },
      async (request) => service.listProcedures(db, request.ctx, request.query),
    );
    app.get(
      '/api/procedures/fields',
      {
        schema: {
          tags,
          summary: 'Các lĩnh vực của danh mục, với số thủ tục',
          response: { 200: schema.fieldList },
        },
      },
      async (request) => service.listFields(db, request.ctx),
    );
    app.get(
      '/api/procedures/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết thủ tục: cách thức, phí, thành phần hồ sơ, kết quả, căn cứ pháp lý, trình tự',
          params: schema.idParams,
          response: { 200: schema.procedureDetail },
        },
      },
      async (request) => service.getProcedure(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/procedures',
      {
        schema: {
          tags,
          summary: 'Thêm thủ tục vào danh mục (nhập tay)',
          body: schema.createProcedureBody,
          response: { 201: schema.procedureDetail },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.createProcedure(db, request.ctx, request.body)),
    );
    app.patch(
      '/api/procedures/:id',
      {
        schema: {
          tags,
          summary: 'Sửa thủ tục: tên, lĩnh vực, cấp, dịch vụ trực tuyến, thời hạn, phí, hồ sơ, kết quả…',
          params: schema.idParams,
          body: schema.updateProcedureBody,
          response: { 200: schema.procedureDetail },
        },
      },
      async (request) => service.updateProcedure(db, request.ctx, request.params.id, request.body),
    );

    app.post(
      '/api/procedure-imports',
      {
        schema: {
          tags,
          summary:
            'Tải lên danh mục để xem trước (multipart/form-data, một tệp .xlsx hoặc .jsonl, .jsonl.gz): đọc, kiểm tra từng dòng',
          consumes: ['multipart/form-data'],
          response: { 201: schema.importDetail },
        },
      },
      async (request, reply) => {
        // who may import is settled before a byte of the upload is read
        await imports.mayImport(db, request.ctx);
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part) throw invalid('Hãy gửi một tệp dạng multipart/form-data');
        const bytes = await part.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new Problem('payload-too-large', `Tệp vượt quá ${Math.round(fileBytes / 1_048_576)} MB`);
          throw error;
        });
        const created = await imports.uploadImport(db, request.ctx, { fileName: part.filename, bytes });
        return reply.code(201).send(created);
      },
    );
    app.get(
      '/api/procedure-imports',
      {
        schema: {
          tags,
          summary: 'Các lần nhập danh mục, mới nhất trước',
          querystring: schema.listImportsQuery,
          response: { 200: schema.importPage },
        },
      },
      async (request) => imports.listImports(db, request.ctx, request.query.page, request.query.pageSize),
    );
    app.get(
      '/api/procedure-imports/:id',
      {
        schema: {
          tags,
          summary: 'Một lần nhập: trạng thái, tiến độ, xem trước, lỗi từng dòng',
          params: schema.idParams,
          response: { 200: schema.importDetail },
        },
      },
      async (request) => imports.getImport(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/procedure-imports/:id/apply',
      {
        schema: {
          tags,
          summary: 'Áp dụng vào danh mục (tác vụ nền, trong một giao dịch: tất cả hoặc không gì)',
          params: schema.idParams,
          body: schema.applyImportBody,
          response: { 200: schema.importDetail },
        },
      },
      async (request) =>
        imports.applyImport(
          db,
          request.ctx,
          request.params.id,
          { skipInvalid: request.body.skipInvalid },
          jobs,
        ),
    );
    app.post(
      '/api/procedure-imports/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Hủy lần nhập chưa áp dụng hoặc đang áp dụng (đang áp dụng thì hoàn tác)',
          params: schema.idParams,
          response: { 200: schema.importDetail },
        },
      },
      async (request) => imports.cancelImport(db, request.ctx, request.params.id),
    );
  };
}
