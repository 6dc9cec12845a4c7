import { parseQuery, queryOf } from '@congso/payment-gateway';
import { paymentNotFoundPage, paymentPage, paymentResultPage } from '@congso/portal';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { type Applicant, requireApplicant } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import { sendPage } from '../portal/page.ts';
import { startPayment } from './checkout.ts';
import { paymentPageView, paymentResultView } from './portal-data.ts';
import { applicantReceipt } from './receipts.ts';
import { sandboxGatewayRoutes } from './sandbox/gateway-routes.ts';
import { paymentSettings, RETURN_PATH } from './settings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The fee page's form is answered by a redirect to the gateway, and browsers hold a redirect after a form
 * submission to the page's `form-action` policy (`'self'` for every page): the fee page lets the gateway's
 * origin through as well.
 */
function allowFormActionTo(reply: FastifyReply, origin: string) {
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy === 'string')
    reply.header(
      'content-security-policy',
      policy.replace(/form-action ([^;]*)/, `form-action $1 ${origin}`),
    );
}

/**
 * Paying a dossier's fee on the portal: the fee and the button that sends the applicant to the gateway, the
 * page the gateway sends them back to, and the receipts. Every page needs the applicant signed in (else to
 * the sign-in page and back) and their own dossier; anything else answers 404 like what does not exist.
 * With `PAYMENT_SANDBOX` on, the sandbox gateway is served here too.
 */
export function paymentPortalRoutes(deps: { db: Database; config: Config }): FastifyPluginAsync {
  const { db, config } = deps;
  const settings = paymentSettings(config);
  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };

    const notFound = (request: FastifyRequest, reply: FastifyReply) =>
      sendPage(request, reply, { title: 'Không tìm thấy', body: paymentNotFoundPage(), status: 404 });

    /** The page of a dossier's fee, with what the last press of the button ran into. */
    const showFee = async (
      request: FastifyRequest,
      reply: FastifyReply,
      applicant: Applicant,
      id: string,
      problem: string | null = null,
      status = 200,
    ) => {
      const view = await paymentPageView(db, settings, applicant.userId, id);
      if (settings) allowFormActionTo(reply, new URL(settings.gatewayUrl).origin);
      return sendPage(request, reply, {
        title: `Thanh toán phí, lệ phí hồ sơ ${view.dossier.code}`,
        body: paymentPage({ ...view, problem }),
        status,
      });
    };

    /** Signed in, a well-formed id, and the services' problems as pages (404; a 409 on the fee's page). */
    const signedIn =
      (
        run: (
          request: FastifyRequest,
          reply: FastifyReply,
          applicant: Applicant,
          id: string,
        ) => Promise<unknown>,
      ) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        const applicant = requireApplicant(request, reply);
        if (!applicant) return reply;
        const { id } = request.params as { id: string };
        if (!UUID.test(id)) return notFound(request, reply);
        try {
          return await run(request, reply, applicant, id);
        } catch (error) {
          if (!(error instanceof Problem)) throw error;
          if (error.kind === 'not-found') return notFound(request, reply);
          if (error.kind !== 'conflict' || request.method !== 'POST') throw error;
          return showFee(request, reply, applicant, id, error.detail ?? null, 409);
        }
      };

    app.get(RETURN_PATH, options, async (request, reply) => {
      const applicant = requireApplicant(request, reply);
      if (!applicant) return reply;
      try {
        const view = await paymentResultView(
          db,
          settings,
          applicant.userId,
          parseQuery(queryOf(request.url)),
        );
        return sendPage(request, reply, {
          title: 'Kết quả thanh toán',
          body: paymentResultPage(view),
          status: view.outcome === 'invalid' ? 400 : 200,
        });
      } catch (error) {
        if (error instanceof Problem && error.kind === 'not-found') return notFound(request, reply);
        throw error;
      }
    });

    app.get(
      '/thanh-toan/:id',
      options,
      signedIn((request, reply, applicant, id) => showFee(request, reply, applicant, id)),
    );

    app.post(
      '/thanh-toan/:id',
      options,
      signedIn(async (request, reply, applicant, id) => {
        if (!settings) return showFee(request, reply, applicant, id, null, 409);
        const gateway = await startPayment(db, settings, request.ctx, applicant, id, request.ip);
        return reply.redirect(gateway, 303);
      }),
    );

    app.get(
      '/thanh-toan/:id/bien-lai',
      options,
      signedIn(async (_request, reply, applicant, id) => {
        const receipt = await applicantReceipt(db, applicant.userId, id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${receipt.fileName}"`)
          .header('cache-control', 'no-store')
          .send(receipt.content);
      }),
    );

    if (config.PAYMENT_SANDBOX && settings) await app.register(sandboxGatewayRoutes(settings));
  };
}
