import {
  agencyChoicePage,
  deleteDraftPage,
  draftNotFoundPage,
  draftPage,
  draftsPage,
  notOfferedPage,
  submittedPage,
} from '@congso/portal';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { type Applicant, requireApplicant } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { virusScannerFor } from '../../platform/storage/virus-scan.ts';
import { findProcedure } from '../dossiers/receiving-repository.ts';
import { sendPage } from '../portal/page.ts';
import { draftDocuments } from './checks.ts';
import { draftView } from './draft-view.ts';
import { deleteDraft, removeDraftFile, startDraft } from './drafts.ts';
import { readFormWithUploads } from './form-with-uploads.ts';
import { onlineAgencies, onlineProcedure, procedureByCode } from './offering.ts';
import {
  type ApplicationRow,
  dossierCode,
  draftLine,
  draftsOf,
  findAgency,
  findApplication,
} from './repository.ts';
import { sendDraft } from './sending.ts';
import { receiveApplicantUpload } from './uploads.ts';

export interface ApplicationsDeps {
  db: Database;
  config: Config;
  blobs: BlobStore;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROCEDURE_CODE = /^[0-9]\.[0-9]{6}(\.[A-Z0-9]{1,10})?$/;

const notices: Record<string, string> = {
  'da-luu': 'Đã lưu bản nháp.',
  'da-go-tep': 'Đã gỡ tệp khỏi bản nháp.',
  'da-xoa': 'Đã xóa bản nháp.',
};

/** The notice a redirect asked for (`?da-luu`), if any. */
function noticeOf(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, unknown>;
  const key = Object.keys(notices).find((k) => k in query);
  return key ? notices[key] : undefined;
}

/**
 * Applying online, on the portal (`/nop-ho-so/:procedureCode`, `/ho-so-nhap…`): start a draft for a procedure
 * offered online at an agency, fill it in, save and come back, submit. Every page needs a signed-in applicant
 * and shows only their own drafts (anyone else's answers 404).
 */
export function applicationRoutes(deps: ApplicationsDeps): FastifyPluginAsync {
  const { db, blobs, config } = deps;
  const scanner = virusScannerFor(config);
  const options = { config: { public: true }, schema: { hide: true } };

  const notFoundPage = (request: FastifyRequest, reply: FastifyReply, detail: string) =>
    sendPage(request, reply, {
      title: 'Chưa nộp trực tuyến được',
      body: notOfferedPage(detail),
      status: 404,
    });
  const noDraft = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(request, reply, {
      title: 'Không tìm thấy hồ sơ nháp',
      body: draftNotFoundPage(),
      status: 404,
    });

  /** The applicant's draft named in the URL, or undefined (the page answered: sign in, or 404). */
  async function ownDraft(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ applicant: Applicant; draft: ApplicationRow } | undefined> {
    const applicant = requireApplicant(request, reply);
    if (!applicant) return undefined;
    const { id } = request.params as { id: string };
    const draft = UUID.test(id) ? await findApplication(db, id, applicant.userId) : undefined;
    if (!draft) {
      await noDraft(request, reply);
      return undefined;
    }
    return { applicant, draft };
  }

  /** After a submission: the applicant's dossier page, where `da-nop` says it was submitted, with its code. */
  const submittedUrl = (dossierId: string) => `/ho-so-cua-toi/${dossierId}?da-nop=1`;

  return async (app) => {
    app.get('/nop-ho-so/:procedureCode', options, async (request, reply) => {
      const applicant = requireApplicant(request, reply);
      if (!applicant) return reply;
      const { procedureCode } = request.params as { procedureCode: string };
      const procedure = PROCEDURE_CODE.test(procedureCode)
        ? await procedureByCode(db, procedureCode)
        : undefined;
      if (!procedure?.active)
        return notFoundPage(
          request,
          reply,
          `Không tìm thấy thủ tục hành chính có mã “${procedureCode}” đang áp dụng.`,
        );
      const chosen = (request.query as Record<string, unknown>)['co-quan'];
      let agencyId = typeof chosen === 'string' ? chosen : '';
      if (!agencyId) {
        const agencies = await onlineAgencies(db, procedure.id);
        if (agencies.length === 0)
          return notFoundPage(
            request,
            reply,
            `Thủ tục “${procedure.name}” chưa nhận hồ sơ trực tuyến ở cơ quan nào.`,
          );
        if (agencies.length > 1 || chosen !== undefined)
          return sendPage(request, reply, {
            title: `Nộp hồ sơ: ${procedure.name}`,
            body: agencyChoicePage(
              procedure,
              agencies,
              chosen !== undefined ? 'Hãy chọn nơi tiếp nhận hồ sơ' : undefined,
            ),
            ...(chosen !== undefined ? { status: 422 } : {}),
          });
        agencyId = agencies[0]!.id;
      }
      if (!UUID.test(agencyId))
        return notFoundPage(request, reply, 'Không tìm thấy cơ quan tiếp nhận hồ sơ.');
      try {
        await onlineProcedure(db, procedure.id, agencyId);
      } catch (error) {
        if (error instanceof Problem) return notFoundPage(request, reply, error.detail ?? error.title);
        throw error;
      }
      const id = await startDraft(db, request.ctx, applicant, procedure, agencyId);
      return reply.redirect(`/ho-so-nhap/${id}`, 303);
    });

    app.get('/ho-so-nhap', options, async (request, reply) => {
      const applicant = requireApplicant(request, reply);
      if (!applicant) return reply;
      return sendPage(request, reply, {
        title: 'Hồ sơ nháp của tôi',
        body: draftsPage(await draftsOf(db, applicant.userId), noticeOf(request)),
      });
    });

    app.get('/ho-so-nhap/:id', options, async (request, reply) => {
      const own = await ownDraft(request, reply);
      if (!own) return reply;
      const { draft } = own;
      const procedure = (await findProcedure(db, draft.procedureId))!;
      if (draft.status === 'submitted') {
        const agency = await findAgency(db, draft.agencyId);
        return sendPage(request, reply, {
          title: 'Đã nộp hồ sơ',
          body: submittedPage({
            dossierId: draft.dossierId!,
            code: (await dossierCode(db, draft.dossierId!)) ?? '',
            procedureName: procedure.name,
            agencyName: agency?.name ?? '',
          }),
        });
      }
      const notice = noticeOf(request);
      const view = await draftView(db, draft, procedure, config.UPLOAD_LIMIT_BYTES, notice ? { notice } : {});
      return sendPage(request, reply, { title: `Hồ sơ nháp: ${procedure.name}`, body: draftPage(view) });
    });

    app.post('/ho-so-nhap/:id', options, async (request, reply) => {
      const own = await ownDraft(request, reply);
      if (!own) return reply;
      const { applicant, draft } = own;
      if (draft.status === 'submitted') return reply.redirect(submittedUrl(draft.dossierId!), 303);
      const procedure = (await findProcedure(db, draft.procedureId))!;
      const checks = {
        blobs,
        scanner,
        maxBytes: config.UPLOAD_LIMIT_BYTES,
        warn: (message: string) =>
          request.log.warn({ draftId: draft.id }, `virus scan unavailable: ${message}`),
      };
      const post = await readFormWithUploads(request, blobs, draftDocuments(procedure).length, (upload) =>
        receiveApplicantUpload(checks, upload),
      );
      const outcome = await sendDraft(db, blobs, request.ctx, applicant, draft, procedure, post);
      switch (outcome.kind) {
        case 'gone':
          return noDraft(request, reply);
        case 'saved':
          return reply.redirect(`/ho-so-nhap/${draft.id}?da-luu`, 303);
        case 'submitted':
          return reply.redirect(submittedUrl(outcome.dossierId), 303);
        case 'problems': {
          const saved = (await findApplication(db, draft.id, applicant.userId))!;
          const view = await draftView(db, saved, procedure, config.UPLOAD_LIMIT_BYTES, outcome);
          return sendPage(request, reply, {
            title: `Có chỗ cần sửa – Hồ sơ nháp: ${procedure.name}`,
            body: draftPage(view),
            status: 422,
          });
        }
      }
    });

    app.post('/ho-so-nhap/:id/tep/:index/go', options, async (request, reply) => {
      const own = await ownDraft(request, reply);
      if (!own) return reply;
      const procedure = (await findProcedure(db, own.draft.procedureId))!;
      const document = draftDocuments(procedure)[Number((request.params as { index: string }).index)];
      if (!document) return noDraft(request, reply);
      const done = await removeDraftFile(db, blobs, request.ctx, own.applicant, own.draft.id, document.name);
      if (done.state === 'gone') return noDraft(request, reply);
      return reply.redirect(`/ho-so-nhap/${own.draft.id}${done.state === 'draft' ? '?da-go-tep' : ''}`, 303);
    });

    app.get('/ho-so-nhap/:id/xoa', options, async (request, reply) => {
      const own = await ownDraft(request, reply);
      if (!own) return reply;
      const line = await draftLine(db, own.draft.id, own.applicant.userId);
      if (!line) return reply.redirect(`/ho-so-nhap/${own.draft.id}`, 303);
      return sendPage(request, reply, { title: 'Xóa bản nháp', body: deleteDraftPage(line) });
    });

    app.post('/ho-so-nhap/:id/xoa', options, async (request, reply) => {
      const own = await ownDraft(request, reply);
      if (!own) return reply;
      const done = await deleteDraft(db, blobs, request.ctx, own.applicant, own.draft.id);
      if (done.state === 'submitted') return reply.redirect(`/ho-so-nhap/${own.draft.id}`, 303);
      return reply.redirect('/ho-so-nhap?da-xoa', 303);
    });
  };
}
