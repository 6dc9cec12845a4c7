import { signInPage } from '@congso/portal';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localPath } from '../../platform/auth/applicant-session.ts';
import { sendPage } from '../portal/page.ts';
import { checkSignIn } from './forms.ts';
import { identityFailureMessages, isIdentityFailure } from './identity-provider.ts';
import {
  type AccountDeps,
  guardedOptions,
  nextFromForm,
  nextFromQuery,
  pageOptions,
  providerLink,
  queryText,
  withAccount,
} from './route-helpers.ts';
import { clearApplicantCookie, setApplicantCookie } from './session-cookie.ts';
import { signIn, signOut } from './sign-in.ts';

const TITLE = 'Đăng nhập';

const signInNotices: Record<string, string> = {
  'da-xac-thuc': 'Tài khoản đã được xác thực. Mời bạn đăng nhập.',
  'da-dat-lai': 'Mật khẩu đã được đặt lại. Mời bạn đăng nhập bằng mật khẩu mới.',
  'da-dang-xuat': 'Bạn đã đăng xuất.',
};

/** Signing in with a password (`/dang-nhap`) and out (`/dang-xuat`). */
export function signInRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    view: { values: Record<string, string>; errors: Record<string, string>; message: string | null },
    status = 200,
  ) => {
    const next = localPath(view.values.tiep ?? '/');
    return sendPage(request, reply, {
      title: TITLE,
      body: signInPage({
        form: { values: view.values, errors: view.errors },
        next,
        message: view.message,
        provider: providerLink(deps.config, next),
      }),
      status,
    });
  };

  app.get('/dang-nhap', pageOptions, async (request, reply) => {
    const next = nextFromQuery(request);
    if (request.applicant) return reply.redirect(next, 303);
    const failure = queryText(request, 'loi');
    const message = isIdentityFailure(failure)
      ? identityFailureMessages[failure]
      : (signInNotices[queryText(request, 'thong-bao')] ?? null);
    return page(request, reply, {
      values: { account: queryText(request, 'tai-khoan'), tiep: next },
      errors: {},
      message,
    });
  });

  app.post('/dang-nhap', guardedOptions(deps.config), async (request, reply) => {
    const next = nextFromForm(request.body);
    const checked = checkSignIn(request.body);
    if (!checked.ok) return page(request, reply, { ...checked.form, message: null }, 422);
    const outcome = await signIn(deps, request.ctx, checked.data);
    if (outcome.ok) {
      setApplicantCookie(reply, deps.config, outcome.token);
      return reply.redirect(next, 303);
    }
    if ('unverified' in outcome)
      return reply.redirect(
        withAccount('/xac-thuc', checked.data.account.value, { 'thong-bao': 'chua-xac-thuc' }, next),
        303,
      );
    return page(
      request,
      reply,
      { values: checked.values, errors: { password: outcome.problem }, message: null },
      422,
    );
  });

  app.post('/dang-xuat', pageOptions, async (request, reply) => {
    if (request.applicant) await signOut(deps, request.ctx, request.applicant);
    clearApplicantCookie(reply);
    return reply.redirect('/dang-nhap?thong-bao=da-dang-xuat', 303);
  });
}
