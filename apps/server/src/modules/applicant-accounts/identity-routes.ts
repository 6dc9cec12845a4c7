import { html } from '@congso/portal';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localPath } from '../../platform/auth/applicant-session.ts';
import {
  classifyFailure,
  createOidcClient,
  newFlowSecrets,
  type VerifiedIdentity,
} from '../../platform/auth/oidc-client.ts';
import { FLOW_TTL_SECONDS, openFlow, sameSecret, sealFlow } from '../../platform/auth/oidc-state.ts';
import { sendPage } from '../portal/page.ts';
import {
  type IdentityFailure,
  portalOidcSettings,
  refuseIdentity,
  signInWithIdentity,
} from './identity-provider.ts';
import { type AccountDeps, guardedOptions, queryText } from './route-helpers.ts';
import { setApplicantCookie } from './session-cookie.ts';

/** The portal's own flow cookie (the staff side's lives under /api/auth/oidc): one sign-in attempt. */
const FLOW_COOKIE = 'congso_portal_oidc';
const FLOW_PATH = '/dang-nhap/oidc';

/**
 * Signing in at the identity provider (authorization code, PKCE S256, state and nonce, sealed in a short-lived
 * cookie: the staff side's client and flow). Without PORTAL_OIDC_ISSUER both pages answer 404.
 */
export function identityRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const settings = portalOidcSettings(deps.config);
  const oidc = settings ? createOidcClient(settings) : undefined;
  const secure = deps.config.PUBLIC_URL.startsWith('https://');
  // GETs, but each one starts or finishes a sign-in: limited like the sign-in form
  const options = guardedOptions(deps.config);
  const failed = (reason: IdentityFailure) => `/dang-nhap?loi=${reason}`;
  const notConfigured = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(request, reply, {
      title: 'Không tìm thấy trang',
      body: html`<h1>Chưa cấu hình đăng nhập bằng định danh điện tử</h1>
<p><a href="/dang-nhap">Đăng nhập bằng email hoặc số điện thoại</a></p>`,
      status: 404,
    });

  app.get(FLOW_PATH, options, async (request, reply) => {
    if (!oidc) return notConfigured(request, reply);
    const flow = { ...newFlowSecrets(), returnTo: localPath(queryText(request, 'tiep', 2048) || '/') };
    let url: URL;
    try {
      url = await oidc.authorizationUrl(flow);
    } catch (error) {
      request.log.warn({ err: error, issuer: oidc.settings.issuer }, 'portal OIDC provider unavailable');
      await refuseIdentity(deps, request.ctx, 'unavailable', { provider: oidc.settings.issuer });
      return reply.redirect(failed('unavailable'), 303);
    }
    reply.setCookie(FLOW_COOKIE, sealFlow(deps.secretBox, flow), {
      path: FLOW_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: FLOW_TTL_SECONDS,
    });
    reply.header('cache-control', 'no-store');
    return reply.redirect(url.href, 302);
  });

  app.get(`${FLOW_PATH}/callback`, options, async (request, reply) => {
    if (!oidc) return notConfigured(request, reply);
    reply.header('cache-control', 'no-store');
    reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH, httpOnly: true, sameSite: 'lax', secure });
    const provider = oidc.settings.issuer;
    const opened = openFlow(deps.secretBox, request.cookies[FLOW_COOKIE]);
    if (!opened.ok) {
      await refuseIdentity(deps, request.ctx, 'state', { provider, detail: `flow_${opened.why}` });
      return reply.redirect(failed('state'), 303);
    }
    const { flow } = opened;
    const state = queryText(request, 'state', 500);
    if (!state || !sameSecret(state, flow.state)) {
      await refuseIdentity(deps, request.ctx, 'state', { provider, detail: 'state_mismatch' });
      return reply.redirect(failed('state'), 303);
    }
    let identity: VerifiedIdentity;
    try {
      identity = await oidc.complete(new URL(request.url, 'http://callback').search, flow);
    } catch (error) {
      const { reason, detail } = classifyFailure(error);
      request.log.warn({ err: error, reason }, 'portal OIDC callback refused');
      await refuseIdentity(deps, request.ctx, reason, { provider, detail });
      return reply.redirect(failed(reason), 303);
    }
    const result = await signInWithIdentity(deps, request.ctx, identity);
    if (!result.ok) return reply.redirect(failed(result.reason), 303);
    setApplicantCookie(reply, deps.config, result.token);
    return reply.redirect(localPath(flow.returnTo), 303);
  });
}
