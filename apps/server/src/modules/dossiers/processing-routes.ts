import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { sendXlsx } from '../../platform/http/xlsx.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { apologise } from './apology.ts';
import { controlSheetPdf } from './control-sheet.ts';
import { myDeadlines } from './deadlines.ts';
import { getDossier } from './detail.ts';
import { feePaid, requestFee } from './fees.ts';
import { onlyFile } from './files.ts';
import { addOpinion, attachWorkingFile, mayAttachWorkingFile } from './opinions.ts';
import { assign, forward, handlersOf, sendBack } from './processing.ts';
import * as schema from './processing-schema.ts';
import { returnResult, updatePostal } from './returning.ts';
import { dossierDetail, dossierFile, dossierIdParams } from './schema.ts';
import { trackingRegisterFile } from './tracking-register.ts';

const tags = ['Hồ sơ TTHC (dossiers)'];
const detail = { 200: dossierDetail };

export interface ProcessingRouteDeps {
  db: Database;
  blobs: BlobStore;
  uploadLimitBytes: number;
}

/**
 * Processing a dossier after receipt: steps, opinions and working files, fees, the apology, returning the
 * result; the deadlines list; the control sheet (Mẫu 05) and the tracking register (Mẫu 06). Every action
 * answers with the dossier's detail as it now is.
 */
export function processingRoutes({
  db,
  blobs,
  uploadLimitBytes,
}: ProcessingRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, fileSize: uploadLimitBytes } });

    app.get(
      '/api/dossiers/deadlines',
      {
        schema: {
          tags,
          summary: 'Hồ sơ sắp đến hạn (trong 1 ngày làm việc) và quá hạn ở bước tôi xử lý được',
          response: { 200: schema.deadlineList },
        },
      },
      async (request) => myDeadlines(db, request.ctx),
    );

    app.post(
      '/api/dossiers/:id/forward',
      {
        schema: {
          tags,
          summary:
            'Chuyển bước tiếp theo kèm ý kiến xử lý; bước cuối trước trả kết quả: hoàn thành (cần tệp kết quả)',
          params: dossierIdParams,
          body: schema.forwardBody,
          response: detail,
        },
      },
      async (request) => {
        await forward(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/send-back',
      {
        schema: {
          tags,
          summary: 'Trả lại một bước trước để xử lý lại',
          params: dossierIdParams,
          body: schema.sendBackBody,
          response: detail,
        },
      },
      async (request) => {
        await sendBack(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/assign',
      {
        schema: {
          tags,
          summary: 'Phân công bước đang xử lý cho một cán bộ (lãnh đạo cơ quan xử lý bước)',
          params: dossierIdParams,
          body: schema.assignBody,
          response: detail,
        },
      },
      async (request) => {
        await assign(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.get(
      '/api/dossiers/:id/handlers',
      {
        schema: {
          tags,
          summary: 'Cán bộ có thể nhận một bước của hồ sơ (để chuyển, phân công)',
          params: dossierIdParams,
          querystring: schema.handlersQuery,
          response: { 200: schema.stepHandlerList },
        },
      },
      async (request) => handlersOf(db, request.ctx, request.params.id, request.query.step),
    );
    app.post(
      '/api/dossiers/:id/opinions',
      {
        schema: {
          tags,
          summary: 'Ghi ý kiến trên bước đang xử lý (không chuyển bước)',
          params: dossierIdParams,
          body: schema.opinionBody,
          response: detail,
        },
      },
      async (request) => {
        await addOpinion(db, request.ctx, request.params.id, request.body.note);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/working-files',
      {
        schema: {
          tags,
          summary:
            'Đính kèm tệp xử lý hoặc văn bản kết quả vào bước đang xử lý (multipart/form-data, một tệp; chưa ký số)',
          params: dossierIdParams,
          querystring: schema.workingFileQuery,
          consumes: ['multipart/form-data'],
          response: { 201: dossierFile },
        },
      },
      async (request, reply) => {
        // who may attach is settled before a byte of the upload is read
        const target = await mayAttachWorkingFile(db, request.ctx, request.params.id, request.query.kind);
        const file = await attachWorkingFile(
          db,
          blobs,
          request.ctx,
          target,
          await onlyFile(request, uploadLimitBytes),
        );
        return reply.code(201).send(file);
      },
    );
    app.post(
      '/api/dossiers/:id/request-fee',
      {
        schema: {
          tags,
          summary: 'Yêu cầu nộp phí, lệ phí, thực hiện nghĩa vụ tài chính (tạm dừng tính thời gian)',
          params: dossierIdParams,
          body: schema.feeRequestBody,
          response: detail,
        },
      },
      async (request) => {
        await requestFee(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/fee-paid',
      {
        schema: {
          tags,
          summary: 'Người nộp đã thực hiện nghĩa vụ tài chính: tiếp tục tính thời gian, lùi hạn và ngày hẹn',
          params: dossierIdParams,
          body: schema.feePaidBody,
          response: detail,
        },
      },
      async (request) => {
        await feePaid(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/apology',
      {
        schema: {
          tags,
          summary:
            'Lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): dời ngày hẹn, không dời hạn giải quyết',
          params: dossierIdParams,
          body: schema.apologyBody,
          response: detail,
        },
      },
      async (request) => {
        const { reason, newAppointmentAt } = request.body;
        await apologise(db, request.ctx, request.params.id, {
          reason,
          newAppointmentAt: new Date(newAppointmentAt),
        });
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.post(
      '/api/dossiers/:id/return',
      {
        schema: {
          tags,
          summary: 'Trả kết quả: tại bộ phận một cửa, qua bưu chính công ích, hoặc trực tuyến',
          params: dossierIdParams,
          body: schema.returnBody,
          response: detail,
        },
      },
      async (request) => {
        await returnResult(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );
    app.patch(
      '/api/dossiers/:id/postal',
      {
        schema: {
          tags,
          summary: 'Cập nhật kết quả phát bưu gửi: đã phát hoặc không phát được',
          params: dossierIdParams,
          body: schema.postalBody,
          response: detail,
        },
      },
      async (request) => {
        await updatePostal(db, request.ctx, request.params.id, request.body);
        return getDossier(db, request.ctx, request.params.id);
      },
    );

    app.get(
      '/api/dossiers/:id/control-sheet/pdf',
      {
        schema: {
          tags,
          summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05), PDF',
          params: dossierIdParams,
        },
      },
      async (request, reply) => {
        const { code, pdf } = await controlSheetPdf(db, request.ctx, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="phieu-kiem-soat-${code}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
    app.get(
      '/api/dossier-register/:format',
      {
        schema: {
          tags,
          summary:
            'Sổ theo dõi hồ sơ (Mẫu 06) của cơ quan tiếp nhận trong một khoảng thời gian: PDF hoặc XLSX',
          params: schema.trackingRegisterParams,
          querystring: schema.trackingRegisterQuery,
        },
      },
      async (request, reply) => {
        const { format } = request.params;
        const { file, name } = await trackingRegisterFile(db, request.ctx, request.query, format);
        if (format === 'xlsx') return sendXlsx(reply, name, file);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
  };
}
