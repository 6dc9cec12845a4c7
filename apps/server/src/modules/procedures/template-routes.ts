import fastifyMultipart, { type MultipartFields } from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { invalid, Problem } from '../../platform/http/problem.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { idParams } from './schema.ts';
import { TEMPLATE_MAX_BYTES } from './template-file.ts';
import * as schema from './template-schema.ts';
import * as service from './template-service.ts';

const tags = ['Thủ tục hành chính (procedures)'];

/** The text of a form field sent before the file (`request.file()` sees only those). */
function fieldText(fields: MultipartFields, name: string): string | undefined {
  const field = fields[name];
  const one = Array.isArray(field) ? field[0] : field;
  return one && one.type === 'field' && typeof one.value === 'string' ? one.value : undefined;
}

/** Template files (mẫu đơn, tờ khai) of a procedure's documents: listed for staff, kept by the catalogue's keepers. */
export function templateRoutes({ db, blobs }: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  return async (app) => {
    // a document's name (up to 10,000 characters of Vietnamese) first, then the file
    await app.register(fastifyMultipart, {
      limits: { files: 1, fields: 1, fieldSize: 64 * 1024, fileSize: TEMPLATE_MAX_BYTES },
    });

    app.get(
      '/api/procedures/:id/templates',
      {
        schema: {
          tags,
          summary: 'Các tệp mẫu đơn, tờ khai của thành phần hồ sơ (tải được trên cổng dịch vụ công)',
          params: idParams,
          response: { 200: schema.templateList },
        },
      },
      async (request) => service.listTemplates(db, request.ctx, request.params.id),
    );
    app.put(
      '/api/procedures/:id/templates',
      {
        schema: {
          tags,
          summary:
            'Tải lên (hoặc thay) tệp mẫu của một thành phần hồ sơ: multipart/form-data, trường `document` (tên thành phần hồ sơ) rồi một tệp PDF, DOC, DOCX, XLS, XLSX',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 200: schema.procedureTemplate, 201: schema.procedureTemplate },
        },
      },
      async (request, reply) => {
        // who may upload is settled before a byte of the file is read
        await service.mayKeepTemplates(db, request.ctx, request.params.id);
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part) throw invalid('Hãy gửi tên thành phần hồ sơ và một tệp dạng multipart/form-data');
        const bytes = await part.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new Problem('payload-too-large', `Tệp mẫu vượt quá ${TEMPLATE_MAX_BYTES / 1_048_576} MB`);
          throw error;
        });
        const document = fieldText(part.fields, 'document')?.trim();
        if (!document)
          throw invalid('Thiếu tên thành phần hồ sơ', [
            { pointer: '/body/document', detail: 'Gửi trường document (trước tệp)' },
          ]);
        const saved = await service.saveTemplate(db, blobs, request.ctx, request.params.id, {
          document,
          fileName: part.filename,
          bytes,
        });
        return reply.code(saved.created ? 201 : 200).send(saved.template);
      },
    );
    app.delete(
      '/api/procedures/:id/templates/:templateId',
      {
        schema: {
          tags,
          summary: 'Gỡ tệp mẫu của thành phần hồ sơ',
          params: schema.templateParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.removeTemplate(db, blobs, request.ctx, request.params.id, request.params.templateId);
        return reply.code(204).send(null);
      },
    );
  };
}
