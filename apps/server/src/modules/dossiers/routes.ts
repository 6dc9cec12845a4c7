import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { getDossier, getDossierByCode } from './detail.ts';
import {
  attachHandedIn,
  mayAttachHandedIn,
  mayStageUpload,
  onlyFile,
  openDossierFile,
  stageUpload,
} from './files.ts';
import { listDossiers } from './list.ts';
import { acceptDossier, receiveDossier } from './receiving.ts';
import { offeredProcedures } from './receiving-procedure.ts';
import { refuseDossier } from './receiving-refusal.ts';
import { receiveSupplement, requestSupplement } from './receiving-supplement.ts';
import * as schema from './schema.ts';
import { slipPdf } from './slips.ts';

const tags = ['Hồ sơ TTHC (dossiers)'];
const detail = { 200: schema.dossierDetail };

export interface DossierRouteDeps {
  db: Database;
  blobs: BlobStore;
  uploadLimitBytes: number;
  /** Where the platform is reached: the slips' QR codes open its public lookup page. */
  publicUrl: string;
}

/** Receiving at the one-stop counter, the lists and the detail, the files and the slips of a dossier. */
export function dossierRoutes({
  db,
  blobs,
  uploadLimitBytes,
  publicUrl,
}: DossierRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, fileSize: uploadLimitBytes } });

    app.get(
      '/api/dossiers',
      {
        schema: {
          tags,
          summary:
            'Danh sách hồ sơ: theo hàng đợi (chờ tiếp nhận, của tôi, chờ trả, quá hạn, sắp đến hạn), lọc, tìm',
          querystring: schema.listDossiersQuery,
          response: { 200: schema.dossierPage },
        },
      },
      async (request) => listDossiers(db, request.ctx, request.query),
    );
    app.post(
      '/api/dossiers',
      {
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ tại bộ phận một cửa (đủ: Mẫu 01; chưa đủ: hướng dẫn bổ sung, Mẫu 02)',
          body: schema.receiveBody,
          response: { 201: schema.dossierDetail },
        },
      },
      async (request, reply) => reply.code(201).send(await receiveDossier(db, request.ctx, request.body)),
    );
    app.get(
      '/api/dossiers/procedures',
      {
        schema: {
          tags,
          summary:
            'Thủ tục tiếp nhận được tại cơ quan (có quy trình nội bộ), kèm thành phần hồ sơ và tờ khai',
          querystring: schema.offeredProceduresQuery,
          response: { 200: schema.offeredProcedures },
        },
      },
      async (request) => offeredProcedures(db, request.ctx, request.query),
    );
    app.post(
      '/api/dossiers/uploads',
      {
        schema: {
          tags,
          summary: 'Tải lên bản quét giấy tờ trước khi tiếp nhận (multipart/form-data, một tệp)',
          consumes: ['multipart/form-data'],
          response: { 201: schema.stagedUpload },
        },
      },
      async (request, reply) => {
        mayStageUpload(request.ctx);
        return reply
          .code(201)
          .send(await stageUpload(db, blobs, request.ctx, await onlyFile(request, uploadLimitBytes)));
      },
    );
    app.get(
      '/api/dossiers/by-code/:code',
      {
        schema: {
          tags,
          summary: 'Tìm hồ sơ theo mã hồ sơ',
          params: schema.dossierCodeParams,
          response: detail,
        },
      },
      async (request) => getDossierByCode(db, request.ctx, request.params.code),
    );
    app.get(
      '/api/dossiers/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết hồ sơ: các bước, tạm dừng, tệp, quá trình, phiếu, thao tác được phép',
          params: schema.dossierIdParams,
          response: detail,
        },
      },
      async (request) => getDossier(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/dossiers/:id/accept',
      {
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ nộp trực tuyến (Mẫu 01)',
          params: schema.dossierIdParams,
          response: detail,
        },
      },
      async (request) => acceptDossier(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/dossiers/:id/request-supplement',
      {
        schema: {
          tags,
          summary: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02; hồ sơ đang giải quyết thì tạm dừng thời hạn)',
          params: schema.dossierIdParams,
          body: schema.requestSupplementBody,
          response: detail,
        },
      },
      async (request) => requestSupplement(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/dossiers/:id/supplement',
      {
        schema: {
          tags,
          summary:
            'Nhận hồ sơ bổ sung (chưa tiếp nhận: tiếp nhận, Mẫu 01; đang giải quyết: tính tiếp thời hạn)',
          params: schema.dossierIdParams,
          body: schema.supplementBody,
          response: detail,
        },
      },
      async (request) => receiveSupplement(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/dossiers/:id/refuse',
      {
        schema: {
          tags,
          summary: 'Từ chối giải quyết hồ sơ (Mẫu 03)',
          params: schema.dossierIdParams,
          body: schema.refuseBody,
          response: detail,
        },
      },
      async (request) => refuseDossier(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/dossiers/:id/files',
      {
        schema: {
          tags,
          summary: 'Đính kèm bản quét giấy tờ người nộp đã nộp hoặc bổ sung (multipart/form-data, một tệp)',
          params: schema.dossierIdParams,
          querystring: schema.fileUploadQuery,
          consumes: ['multipart/form-data'],
          response: { 201: schema.dossierFile },
        },
      },
      async (request, reply) => {
        // who may attach is settled before a byte of the upload is read
        const target = await mayAttachHandedIn(
          db,
          request.ctx,
          request.params.id,
          request.query.kind,
          request.query.requirement,
        );
        return reply
          .code(201)
          .send(
            await attachHandedIn(db, blobs, request.ctx, target, await onlyFile(request, uploadLimitBytes)),
          );
      },
    );
    app.get(
      '/api/dossiers/:id/files/:fileId',
      { schema: { tags, summary: 'Tải tệp của hồ sơ', params: schema.fileParams } },
      async (request, reply) => {
        const file = await openDossierFile(db, blobs, request.ctx, request.params.id, request.params.fileId);
        return reply
          .header('content-type', file.mediaType)
          .header('content-length', String(file.size))
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    );
    app.get(
      '/api/dossiers/:id/slips/:slipId/pdf',
      {
        schema: {
          tags,
          summary: 'In phiếu đã cấp cho người nộp (Mẫu 01, 02, 03, 04) dạng PDF',
          params: schema.slipParams,
        },
      },
      async (request, reply) => {
        const slip = await slipPdf(db, request.ctx, request.params.id, request.params.slipId, publicUrl);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${slip.fileName}"`)
          .header('cache-control', 'no-store')
          .send(slip.content);
      },
    );
  };
}
