import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Problem } from '../http/problem.ts';
import {
  classifyFailure,
  createOidcClient,
  newFlowSecrets,
  oidcSettings,
  type VerifiedIdentity,
} from './oidc-client.ts';
import * as schema from './oidc-schema.ts';
import { refuse, SsoFailure, signInWithOidc } from './oidc-service.ts';
import {
  FLOW_COOKIE,
  FLOW_COOKIE_PATH,
  FLOW_TTL_SECONDS,
  openFlow,
  safeReturnTo,
  sameSecret,
  sealFlow,
} from './oidc-state.ts';
import { setSessionCookie } from './routes.ts';
import type { AuthDeps } from './service.ts';

const tags = ['Xác thực (auth)'];

export const LOGIN_PAGE = '/staff/login';

/**
 * Single sign-on with an OpenID Connect provider (authorization code flow, PKCE S256, state and nonce).
 * Without OIDC_ISSUER and OIDC_CLIENT_ID both routes answer 404 and nothing contacts any provider.
 */
export function oidcRoutes(deps: AuthDeps): FastifyPluginAsyncZod {
  const settings = oidcSettings(deps.config);
  const oidc = settings ? createOidcClient(settings) : undefined;
  const attempts = { max: deps.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };
  const secure = deps.config.PUBLIC_URL.startsWith('https://');
  const notConfigured = () => new Problem('not-found', 'Đăng nhập một lần (OIDC) chưa được cấu hình');

  return async (app) => {
    app.get(
      '/api/auth/oidc/login',
      {
        config: { public: true, optionalSession: true, rateLimit: attempts },
        schema: {
          tags,
          summary: 'Bắt đầu đăng nhập một lần: chuyển tới hệ thống định danh (OIDC)',
          description:
            'Chuyển hướng 302 tới hệ thống định danh (authorization code, PKCE S256) và đặt cookie ngắn hạn ' +
            '`congso_oidc` giữ state, nonce và code verifier đã mã hóa. 404 `not-found` khi chưa cấu hình; ' +
            '502 `sso-error` khi không kết nối được hệ thống định danh.',
          security: [],
          querystring: schema.oidcLoginQuery,
          response: { 302: schema.redirect },
        },
      },
      async (request, reply) => {
        if (!oidc) throw notConfigured();
        const flow = {
          ...newFlowSecrets(),
          returnTo: safeReturnTo(request.query.returnTo, deps.config.PUBLIC_URL),
        };
        let url: URL;
        try {
          url = await oidc.authorizationUrl(flow);
        } catch (error) {
          request.log.warn({ err: error, issuer: oidc.settings.issuer }, 'OIDC provider unavailable');
          throw new Problem(
            'sso-error',
            'Không kết nối được với hệ thống định danh. Vui lòng thử lại sau hoặc đăng nhập bằng mật khẩu.',
          );
        }
        reply.setCookie(FLOW_COOKIE, sealFlow(deps.secretBox, flow), {
          path: FLOW_COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: FLOW_TTL_SECONDS,
        });
        reply.header('cache-control', 'no-store');
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      '/api/auth/oidc/callback',
      {
        config: { public: true, optionalSession: true, rateLimit: attempts },
        schema: {
          tags,
          summary: 'Hệ thống định danh trả về: kiểm tra, mở phiên làm việc',
          description:
            'Kiểm tra state, PKCE, chữ ký và các claim của ID token, nonce; tìm tài khoản theo danh tính đã gắn, ' +
            'nếu chưa có thì theo tên đăng nhập (tài khoản cán bộ đang hoạt động) và gắn danh tính. Thành công: ' +
            'đặt cookie phiên và chuyển về `/staff/` (hoặc returnTo). Thất bại: chuyển về ' +
            '`/staff/login?error=sso&reason=…` (state, denied, provider, unavailable, no_username, unknown_user, ' +
            'disabled, linked_elsewhere). Không tự tạo tài khoản.',
          security: [],
          querystring: schema.oidcCallbackQuery,
          response: { 302: schema.redirect },
        },
      },
      async (request, reply) => {
        if (!oidc) throw notConfigured();
        reply.header('cache-control', 'no-store');
        reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure });
        const ctx = request.ctx;
        try {
          const opened = openFlow(deps.secretBox, request.cookies[FLOW_COOKIE]);
          if (!opened.ok) return await refuse(deps, ctx, 'state', { detail: `flow_${opened.why}` });
          const { flow } = opened;
          const returned = request.query.state;
          if (!returned || !sameSecret(returned, flow.state)) {
            return await refuse(deps, ctx, 'state', { detail: 'state_mismatch' });
          }
          let identity: VerifiedIdentity;
          try {
            identity = await oidc.complete(new URL(request.url, 'http://callback').search, flow);
          } catch (error) {
            const { reason, detail } = classifyFailure(error);
            request.log.warn({ err: error, reason }, 'OIDC callback refused');
            return await refuse(deps, ctx, reason, { issuer: oidc.settings.issuer, detail });
          }
          const { token } = await signInWithOidc(deps, ctx, identity, oidc.settings.usernameClaim);
          setSessionCookie(reply, deps, token);
          return reply.redirect(flow.returnTo, 302);
        } catch (error) {
          if (!(error instanceof SsoFailure)) throw error;
          return reply.redirect(`${LOGIN_PAGE}?error=sso&reason=${error.reason}`, 302);
        }
      },
    );
  };
}
