import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadProfile } from './profile.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';
import { SESSION_COOKIE } from './session-token.ts';

const tags = ['Xác thực (auth)'];

export function setSessionCookie(reply: FastifyReply, deps: service.AuthDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.PUBLIC_URL.startsWith('https://'),
    maxAge: deps.config.SESSION_MAX_HOURS * 3600,
  });
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Login, logout, the current user, own password and second factor. */
export function authRoutes(deps: service.AuthDeps): FastifyPluginAsyncZod {
  const attempts = { max: deps.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };
  return async (app) => {
    app.get(
      '/api/auth/config',
      {
        config: { public: true },
        schema: { tags, summary: 'Cách đăng nhập được bật', response: { 200: schema.authConfig } },
      },
      async () => ({
        oidc: { enabled: Boolean(deps.config.OIDC_ISSUER), label: deps.config.OIDC_BUTTON_LABEL },
      }),
    );

    app.post(
      '/api/auth/login',
      {
        config: {
          public: true,
          rateLimit: attempts,
        },
        schema: {
          tags,
          summary: 'Đăng nhập bằng mật khẩu; đặt cookie phiên làm việc',
          body: schema.loginBody,
          response: { 200: schema.profile },
        },
      },
      async (request, reply) => {
        const { token } = await service.login(deps, request.ctx, request.body);
        setSessionCookie(reply, deps, token);
        const actor = await service.actorForToken(deps, token);
        request.ctx.actor = actor;
        return loadProfile(deps.db, actor);
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { public: true, optionalSession: true, passwordChangeExempt: true, auditOptional: true },
        schema: { tags, summary: 'Đăng xuất', response: { 204: schema.noContent } },
      },
      async (request, reply) => {
        if (request.ctx.actor) await service.logout(deps, request.ctx, request.ctx.actor.sessionId);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        config: { passwordChangeExempt: true },
        schema: {
          tags,
          summary: 'Người dùng hiện tại, cơ quan và vai trò',
          response: { 200: schema.profile },
        },
      },
      async (request) => loadProfile(deps.db, request.ctx.actor!),
    );

    app.post(
      '/api/me/password',
      {
        config: { passwordChangeExempt: true, rateLimit: attempts },
        schema: {
          tags,
          summary: 'Đổi mật khẩu của mình',
          body: schema.changePasswordBody,
          response: { 204: schema.noContent },
        },
      },
      async (request, reply) => {
        await service.changeOwnPassword(deps, request.ctx, request.body);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/me/totp/setup',
      {
        schema: {
          tags,
          summary: 'Tạo khóa xác thực hai lớp (chưa bật)',
          response: { 200: schema.totpSetup },
        },
      },
      async (request) => service.startTotpSetup(deps, request.ctx),
    );

    app.post(
      '/api/me/totp/enable',
      {
        config: { rateLimit: attempts },
        schema: {
          tags,
          summary: 'Bật xác thực hai lớp bằng một mã đúng',
          body: schema.totpCodeBody,
          response: { 204: schema.noContent },
        },
      },
      async (request, reply) => {
        await service.enableTotp(deps, request.ctx, request.body.code);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/me/totp/disable',
      {
        config: { rateLimit: attempts },
        schema: {
          tags,
          summary: 'Tắt xác thực hai lớp (cần mật khẩu)',
          body: schema.passwordBody,
          response: { 204: schema.noContent },
        },
      },
      async (request, reply) => {
        await service.disableTotp(deps, request.ctx, request.body.password);
        return reply.code(204).send(null);
      },
    );
  };
}
