import {
  type MyDossierPageState,
  myDossierListPage,
  myDossierNotFoundPage,
  myDossierPage,
} from '@congso/portal';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { type Applicant, requireApplicant } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { virusScannerFor } from '../../platform/storage/virus-scan.ts';
import { sendPage } from '../portal/page.ts';
import { changeDelivery } from './delivery.ts';
import { myDossierDetail } from './detail.ts';
import { myDossierFile, mySlipPdf } from './downloads.ts';
import { readDelivery, readRating } from './forms.ts';
import { myDossierList } from './list.ts';
import { rateDossier } from './rating.ts';
import { answerSupplement } from './supplement.ts';

export interface MyDossiersDeps {
  db: Database;
  blobs: BlobStore;
  config: Config;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pageNumber(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

type Flash = NonNullable<MyDossierPageState['flash']>;

/** What the page says after a form went through (post/redirect/get): the query of the redirect. */
const flashes: [name: string, value: string, flash: Flash][] = [
  ['da-nop', '1', 'submitted'],
  ['da-luu', 'cach-nhan', 'delivery_changed'],
  ['da-danh-gia', '1', 'rated'],
  ['da-bo-sung', 'tiep-tuc', 'supplement_resumed'],
  ['da-bo-sung', 'cho-tiep-nhan', 'supplement_waiting'],
  ['da-bo-sung', 'cho-kiem-tra', 'supplement_to_check'],
];
const flashOf = (query: Record<string, unknown>) =>
  flashes.find(([name, value]) => query[name] === value)?.[2];
const supplementFlash = { resumed: 'tiep-tuc', waiting: 'cho-tiep-nhan', to_check: 'cho-kiem-tra' } as const;

/** The content-disposition of a download, its name kept in UTF-8 (Vietnamese file names). */
const attachment = (fileName: string, inline = false) =>
  `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/**
 * "Hồ sơ của tôi" on the portal: the signed-in applicant's dossiers, one dossier's page with its history,
 * slips, files and result, and its forms — the way of receiving the result, the answer to a supplement
 * request, the satisfaction rating. Every page needs the applicant signed in (otherwise: to the sign-in page
 * and back); a dossier not theirs answers 404 like one that does not exist.
 */
export function myDossierRoutes(deps: MyDossiersDeps): FastifyPluginAsync {
  const { db, blobs, config } = deps;
  const scanner = virusScannerFor(config);
  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };

    const notFound = (request: FastifyRequest, reply: FastifyReply) =>
      sendPage(request, reply, { title: 'Không tìm thấy hồ sơ', body: myDossierNotFoundPage(), status: 404 });

    /** The dossier's page, with what a form brought back (its problems, a refusal, a flash). */
    const showDossier = async (
      request: FastifyRequest,
      reply: FastifyReply,
      applicant: Applicant,
      id: string,
      state: MyDossierPageState,
      status = 200,
    ) => {
      const detail = await myDossierDetail(db, applicant, id);
      return sendPage(request, reply, {
        title: `Hồ sơ ${detail.code}`,
        body: myDossierPage(detail, state, { uploadLimitBytes: config.UPLOAD_LIMIT_BYTES }),
        status,
      });
    };

    /**
     * Runs a page of one of the applicant's dossiers: signed in (else to the sign-in page), a well-formed id,
     * and the problems the services raise as pages — not found as 404, a request the dossier's state refuses
     * (409) as its page with the reason at the top.
     */
    const onDossier =
      (
        run: (
          request: FastifyRequest,
          reply: FastifyReply,
          applicant: Applicant,
          params: Record<string, string>,
        ) => Promise<unknown>,
      ) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        const applicant = requireApplicant(request, reply);
        if (!applicant) return reply;
        const params = request.params as Record<string, string>;
        if (!Object.values(params).every((value) => UUID.test(value))) return notFound(request, reply);
        try {
          return await run(request, reply, applicant, params);
        } catch (error) {
          if (!(error instanceof Problem)) throw error;
          if (error.kind === 'not-found') return notFound(request, reply);
          if (error.kind !== 'conflict') throw error;
          return showDossier(request, reply, applicant, params.id!, { refusal: error.detail }, 409);
        }
      };

    app.get('/ho-so-cua-toi', options, async (request, reply) => {
      const applicant = requireApplicant(request, reply);
      if (!applicant) return reply;
      const page = pageNumber((request.query as Record<string, unknown>).trang);
      return sendPage(request, reply, {
        title: 'Hồ sơ của tôi',
        body: myDossierListPage(await myDossierList(db, applicant, page)),
      });
    });

    app.get(
      '/ho-so-cua-toi/:id',
      options,
      onDossier((request, reply, applicant, { id }) =>
        showDossier(request, reply, applicant, id!, {
          flash: flashOf(request.query as Record<string, unknown>),
        }),
      ),
    );

    app.get(
      '/ho-so-cua-toi/:id/phieu/:slipId',
      options,
      onDossier(async (_request, reply, applicant, { id, slipId }) => {
        const slip = await mySlipPdf(db, applicant, id!, slipId!, config.PUBLIC_URL);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachment(slip.fileName, true))
          .header('cache-control', 'no-store')
          .send(slip.content);
      }),
    );

    app.get(
      '/ho-so-cua-toi/:id/tep/:fileId',
      options,
      onDossier(async (_request, reply, applicant, { id, fileId }) => {
        const file = await myDossierFile(db, blobs, applicant, id!, fileId!);
        return reply
          .header('content-type', file.mediaType)
          .header('content-length', String(file.size))
          .header('content-disposition', attachment(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(file.content);
      }),
    );

    app.post(
      '/ho-so-cua-toi/:id/cach-nhan-ket-qua',
      options,
      onDossier(async (request, reply, applicant, { id }) => {
        const read = readDelivery(request.body as Record<string, unknown>);
        if (!read.ok) return showDossier(request, reply, applicant, id!, { delivery: read.form }, 422);
        await changeDelivery(db, request.ctx, applicant, id!, read.input);
        return reply.redirect(`/ho-so-cua-toi/${id}?da-luu=cach-nhan#nhan-ket-qua`, 303);
      }),
    );

    app.post(
      '/ho-so-cua-toi/:id/bo-sung',
      options,
      onDossier(async (request, reply, applicant, { id }) => {
        const detail = await myDossierDetail(db, applicant, id!);
        if (!detail.supplement || detail.supplement.sent)
          return showDossier(request, reply, applicant, id!, { refusal: 'Hồ sơ không còn chờ bổ sung' }, 409);
        const answer = await answerSupplement(request, { db, blobs, scanner, config }, applicant, detail);
        if (!answer.ok) return showDossier(request, reply, applicant, id!, { supplement: answer.form }, 422);
        return reply.redirect(`/ho-so-cua-toi/${id}?da-bo-sung=${supplementFlash[answer.outcome]}`, 303);
      }),
    );

    app.post(
      '/ho-so-cua-toi/:id/danh-gia',
      options,
      onDossier(async (request, reply, applicant, { id }) => {
        const read = readRating(request.body as Record<string, unknown>);
        if (!read.ok) return showDossier(request, reply, applicant, id!, { rating: read.form }, 422);
        await rateDossier(db, request.ctx, applicant, id!, read.input);
        return reply.redirect(`/ho-so-cua-toi/${id}?da-danh-gia=1#danh-gia`, 303);
      }),
    );
  };
}
