import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { getDocument } from './detail.ts';
import * as drafting from './drafting.ts';
import type { FileTextQueue } from './file-text.ts';
import { attachFile, mayAttach, openFile } from './files.ts';
import * as handling from './handling.ts';
import { handlingSlipPdf } from './handling-slip.ts';
import { issuedDocumentRoutes } from './issued-routes.ts';
import { issueOutgoing, recallOutgoing } from './issuing.ts';
import { registerPdf, registerXlsx } from './register-export.ts';
import type { DocumentDetail } from './schema.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Văn bản (documents)'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const detail = { 200: schema.documentDetail };

export interface DocumentRouteDeps {
  db: Database;
  blobs: BlobStore;
  uploadLimitBytes: number;
  /** Where attached files are sent to have their text read (none: they wait for the sweep). */
  jobs?: FileTextQueue | undefined;
}

export function documentRoutes({
  db,
  blobs,
  uploadLimitBytes,
  jobs,
}: DocumentRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, fileSize: uploadLimitBytes } });

    app.get(
      '/api/documents',
      {
        schema: {
          tags,
          summary: 'Tìm kiếm văn bản đến và đi (trong phạm vi được xem và độ mật được phép)',
          querystring: schema.listDocumentsQuery,
          response: { 200: schema.documentPage },
        },
      },
      async (request) => service.listDocuments(db, request.ctx, request.query),
    );
    app.get(
      '/api/documents/worklist',
      {
        schema: {
          tags,
          summary: 'Việc của tôi: văn bản chờ tôi xử lý, sắp đến hạn, quá hạn',
          response: { 200: schema.worklist },
        },
      },
      async (request) => service.worklist(db, request.ctx),
    );
    app.get(
      '/api/documents/people',
      {
        schema: {
          tags,
          summary: 'Cán bộ của cơ quan có thể trình, giao văn bản (kèm vai trò, phòng ban)',
          querystring: schema.peopleQuery,
          response: { 200: schema.people },
        },
      },
      async (request) => service.peopleOf(db, request.ctx, request.query),
    );
    app.get(
      '/api/documents/settings',
      {
        schema: {
          tags,
          summary: 'Cách cấp số văn bản đi',
          querystring: schema.agencyQuery,
          response: { 200: schema.settings },
        },
      },
      async (request) => service.getSettings(db, request.ctx, request.query.agencyId),
    );
    app.put(
      '/api/documents/settings',
      {
        schema: {
          tags,
          summary: 'Đặt cách cấp số văn bản đi: một dãy số hay theo từng loại',
          querystring: schema.agencyQuery,
          body: schema.settingsBody,
          response: { 200: schema.settings },
        },
      },
      async (request) =>
        service.putSettings(db, request.ctx, request.query.agencyId, request.body.outgoingNumbering),
    );
    for (const direction of ['incoming', 'outgoing'] as const)
      app.get(
        `/api/documents/registers/${direction}`,
        {
          schema: {
            tags,
            summary: direction === 'incoming' ? 'Sổ đăng ký văn bản đến' : 'Sổ đăng ký văn bản đi',
            querystring: schema.registerQuery,
            response: { 200: schema.registerView },
          },
        },
        async (request) => service.registerOf(db, request.ctx, direction, request.query),
      );
    app.get(
      '/api/documents/registers/:direction/export',
      {
        schema: {
          tags,
          summary: 'Tải sổ đăng ký văn bản (XLSX hoặc PDF, các cột theo Phụ lục IV Nghị định 30/2020)',
          params: schema.registerExportParams,
          querystring: schema.registerExportQuery,
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        const view = await service.registerOf(db, request.ctx, request.params.direction, query);
        const file = format === 'xlsx' ? await registerXlsx(view) : await registerPdf(view);
        const name = `so-van-ban-${view.direction === 'incoming' ? 'den' : 'di'}${view.secret ? '-mat' : ''}-${view.year}.${format}`;
        return reply
          .header('content-type', format === 'xlsx' ? XLSX_TYPE : 'application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
    app.post(
      '/api/documents/incoming',
      {
        schema: {
          tags,
          summary: 'Vào sổ văn bản đến (văn bản giấy, thư điện tử…)',
          body: schema.registerIncomingBody,
          response: { 201: schema.documentDetail },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.registerIncoming(db, request.ctx, request.body)),
    );
    app.post(
      '/api/documents/outgoing',
      {
        schema: {
          tags,
          summary: 'Cấp số và phát hành văn bản đi',
          body: schema.issueOutgoingBody,
          response: { 201: schema.documentDetail },
        },
      },
      async (request, reply) => reply.code(201).send(await issueOutgoing(db, request.ctx, request.body)),
    );
    app.get(
      '/api/documents/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết văn bản, quá trình xử lý',
          params: schema.idParams,
          response: detail,
        },
      },
      async (request) => getDocument(db, request.ctx, request.params.id),
    );
    app.get(
      '/api/documents/:id/handling-slip',
      {
        schema: {
          tags,
          summary: 'Phiếu giải quyết văn bản đến (PDF)',
          params: schema.idParams,
        },
      },
      async (request, reply) => {
        const doc = await getDocument(db, request.ctx, request.params.id);
        if (doc.direction !== 'incoming') throw conflict('Phiếu giải quyết chỉ có ở văn bản đến');
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `inline; filename="phieu-giai-quyet-${doc.registerNumber ?? 'chua-vao-so'}.pdf"`,
          )
          .header('cache-control', 'no-store')
          .send(await handlingSlipPdf(doc));
      },
    );
    app.post(
      '/api/documents/:id/accept',
      {
        schema: {
          tags,
          summary: 'Tiếp nhận, vào sổ văn bản nhận qua hệ thống',
          params: schema.idParams,
          response: detail,
        },
      },
      async (request) => service.acceptDelivered(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/documents/:id/reject',
      {
        schema: {
          tags,
          summary: 'Trả lại văn bản cho nơi gửi',
          params: schema.idParams,
          body: schema.rejectBody,
          response: detail,
        },
      },
      async (request) => service.rejectDelivered(db, request.ctx, request.params.id, request.body.reason),
    );
    app.post(
      '/api/documents/:id/submit',
      {
        schema: {
          tags,
          summary: 'Trình lãnh đạo cho ý kiến chỉ đạo',
          params: schema.idParams,
          body: schema.submitBody,
          response: detail,
        },
      },
      async (request) =>
        handling.submitToLeader(
          db,
          request.ctx,
          request.params.id,
          request.body.leaderUserId,
          request.body.note,
        ),
    );
    app.post(
      '/api/documents/:id/directive',
      {
        schema: {
          tags,
          summary: 'Ý kiến chỉ đạo: xử lý chính, phối hợp, nhận để biết, hạn xử lý',
          params: schema.idParams,
          body: schema.directiveBody,
          response: detail,
        },
      },
      async (request) => handling.giveDirective(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/documents/drafts',
      {
        schema: {
          tags,
          summary: 'Soạn dự thảo văn bản đi',
          body: schema.createDraftBody,
          response: { 201: schema.documentDetail },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await drafting.createDraft(db, request.ctx, request.body)),
    );
    app.patch(
      '/api/documents/:id',
      {
        schema: {
          tags,
          summary: 'Sửa dự thảo (người soạn thảo, khi dự thảo chưa trình hoặc bị trả lại)',
          params: schema.idParams,
          body: schema.updateDraftBody,
          response: detail,
        },
      },
      async (request) => drafting.updateDraft(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/documents/:id/review',
      {
        schema: {
          tags,
          summary: 'Trình dự thảo: các bước xem xét (tuần tự, song song) và lãnh đạo duyệt ký',
          params: schema.idParams,
          body: schema.reviewPlanBody,
          response: detail,
        },
      },
      async (request) => drafting.submitForReview(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/documents/:id/issue',
      {
        schema: {
          tags,
          summary: 'Cấp số, phát hành dự thảo đã duyệt ký',
          params: schema.idParams,
          response: detail,
        },
      },
      async (request) => drafting.issueDraft(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/documents/:id/recall',
      {
        schema: {
          tags,
          summary: 'Thu hồi văn bản đi đã phát hành',
          params: schema.idParams,
          body: schema.recallBody,
          response: detail,
        },
      },
      async (request) => recallOutgoing(db, request.ctx, request.params.id, request.body.reason),
    );
    await app.register(issuedDocumentRoutes(db));

    // the steps of a task: one route each, same shape (body validated by its schema, then the service)
    const taskSteps = [
      ['delegate', 'Giao lại cho cán bộ trong phòng', schema.delegateBody, handling.delegate],
      ['opinion', 'Ghi ý kiến xử lý', schema.opinionBody, handling.giveOpinion],
      ['forward', 'Chuyển người khác phối hợp hoặc để biết', schema.forwardBody, handling.forward],
      ['return', 'Trả lại người giao, nêu lý do', schema.returnBody, handling.returnTask],
      ['extension', 'Xin gia hạn xử lý', schema.extensionBody, handling.requestExtension],
      [
        'extension-decision',
        'Đồng ý hoặc không đồng ý gia hạn',
        schema.extensionDecisionBody,
        handling.decideExtension,
      ],
      ['complete', 'Hoàn thành xử lý', schema.completeBody, handling.completeTask],
      ['approve', 'Đồng ý dự thảo (người ký: duyệt ký)', schema.approveBody, drafting.approveReview],
      ['send-back', 'Trả lại dự thảo cho bước trước, nêu lý do', schema.sendBackBody, drafting.sendBack],
    ] as const;
    for (const [action, summary, body, run] of taskSteps)
      app.post(
        `/api/documents/:id/tasks/:taskId/${action}`,
        { schema: { tags, summary, params: schema.taskParams, body, response: detail } },
        async (request) =>
          (run as (...args: unknown[]) => Promise<DocumentDetail>)(
            db,
            request.ctx,
            request.params.id,
            request.params.taskId,
            request.body,
          ),
      );

    app.post(
      '/api/documents/:id/files',
      {
        schema: {
          tags,
          summary: 'Đính kèm tệp (multipart/form-data, một tệp: PDF, DOCX, DOC, XLSX, JPG, PNG, TIFF)',
          params: schema.idParams,
          consumes: ['multipart/form-data'],
          response: { 201: schema.documentFile },
        },
      },
      async (request, reply) => {
        // who may attach is settled before a byte of the upload is read
        const doc = await mayAttach(db, request.ctx, request.params.id);
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part) throw invalid('Hãy gửi một tệp dạng multipart/form-data');
        const file = await attachFile(
          db,
          blobs,
          request.ctx,
          doc,
          { fileName: part.filename, content: part.file, maxBytes: uploadLimitBytes },
          jobs,
        );
        return reply.code(201).send(file);
      },
    );
    app.get(
      '/api/documents/:id/files/:fileId',
      { schema: { tags, summary: 'Tải tệp đính kèm', params: schema.fileParams } },
      async (request, reply) => {
        const { file, content } = await openFile(
          db,
          blobs,
          request.ctx,
          request.params.id,
          request.params.fileId,
        );
        return reply
          .header('content-type', file.mediaType)
          .header('content-length', String(file.size))
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(content);
      },
    );
  };
}
