import { type FormState, forgotPasswordPage, resetPasswordPage } from '@congso/portal';
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../portal/page.ts';
import { resendCode } from './accounts.ts';
import { CODE_MINUTES, RESENT_NOTICE } from './codes.ts';
import { checkReset, formText } from './forms.ts';
import { readSignInName } from './identifiers.ts';
import { resetPassword } from './password-reset.ts';
import {
  type AccountDeps,
  codeContext,
  guardedOptions,
  nextFromForm,
  nextFromQuery,
  pageOptions,
  queryText,
  withAccount,
} from './route-helpers.ts';
import { clearApplicantCookie } from './session-cookie.ts';

const FORGOT_TITLE = 'Quên mật khẩu';
const RESET_TITLE = 'Đặt lại mật khẩu';

const resetNotices: Record<string, string> = {
  gui: `Nếu email hoặc số điện thoại này đã đăng ký tài khoản, mã đặt lại mật khẩu đã được gửi tới đó. Mã có hiệu lực trong ${CODE_MINUTES} phút.`,
  'gui-lai': RESENT_NOTICE,
};

/**
 * Forgotten password (`/quen-mat-khau`: a code is sent) and a new one with that code (`/dat-lai-mat-khau`).
 * The answer to asking for a code is the same whether the account exists or not.
 */
export function passwordRoutes(app: FastifyInstance, deps: AccountDeps): void {
  app.get('/quen-mat-khau', pageOptions, async (request, reply) =>
    sendPage(request, reply, {
      title: FORGOT_TITLE,
      body: forgotPasswordPage(
        { values: { account: queryText(request, 'tai-khoan') }, errors: {} },
        nextFromQuery(request),
      ),
    }),
  );

  // `tiep` (where the applicant was going when asked to sign in) rides along: code → new password → sign in
  app.post('/quen-mat-khau', guardedOptions(deps.config), async (request, reply) => {
    const next = nextFromForm(request.body);
    const { account } = formText(request.body, ['account']);
    const name = readSignInName(account);
    if ('problem' in name)
      return sendPage(request, reply, {
        title: FORGOT_TITLE,
        body: forgotPasswordPage({ values: { account }, errors: { account: name.problem } }, next),
        status: 422,
      });
    await resendCode(deps, request.ctx, await codeContext(request, deps.config, next), name, 'reset');
    return reply.redirect(withAccount('/dat-lai-mat-khau', name.value, { 'thong-bao': 'gui' }, next), 303);
  });

  app.get('/dat-lai-mat-khau', pageOptions, async (request, reply) =>
    sendPage(request, reply, {
      title: RESET_TITLE,
      body: resetPasswordPage({
        form: { values: { account: queryText(request, 'tai-khoan') }, errors: {} },
        message: resetNotices[queryText(request, 'thong-bao')] ?? null,
        next: nextFromQuery(request),
      }),
    }),
  );

  app.post('/dat-lai-mat-khau', guardedOptions(deps.config), async (request, reply) => {
    const next = nextFromForm(request.body);
    const refuse = (form: FormState) =>
      sendPage(request, reply, {
        title: RESET_TITLE,
        body: resetPasswordPage({ form, message: null, next }),
        status: 422,
      });
    const checked = checkReset(request.body);
    if (!checked.ok) return refuse(checked.form);
    const { resend, ...input } = checked.data;
    if (resend) {
      await resendCode(
        deps,
        request.ctx,
        await codeContext(request, deps.config, next),
        input.account,
        'reset',
      );
      return reply.redirect(
        withAccount('/dat-lai-mat-khau', input.account.value, { 'thong-bao': 'gui-lai' }, next),
        303,
      );
    }
    const result = await resetPassword(deps, request.ctx, input);
    if (!result.ok) return refuse({ values: checked.values, errors: result.errors });
    // every session of the account ended, this browser's too if it was signed in as them
    if (request.applicant?.userId === result.userId) clearApplicantCookie(reply);
    return reply.redirect(
      withAccount('/dang-nhap', input.account.value, { 'thong-bao': 'da-dat-lai' }, next),
      303,
    );
  });
}
