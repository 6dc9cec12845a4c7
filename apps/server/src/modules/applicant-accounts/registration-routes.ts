import { type emptyForm, registerPage, verifyPage } from '@congso/portal';
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../portal/page.ts';
import { resendCode } from './accounts.ts';
import { CODE_MINUTES, RESENT_NOTICE } from './codes.ts';
import { checkCodeForm, checkRegister } from './forms.ts';
import { readSignInName } from './identifiers.ts';
import { register, verifyAccount } from './registration.ts';
import {
  type AccountDeps,
  codeContext,
  guardedOptions,
  nextFromForm,
  nextFromQuery,
  pageOptions,
  providerLink,
  queryText,
  withAccount,
} from './route-helpers.ts';

const REGISTER_TITLE = 'Đăng ký tài khoản';
const VERIFY_TITLE = 'Xác thực tài khoản';

const verifyNotices: Record<string, (account: string) => string> = {
  gui: (account) =>
    `Mã xác thực gồm 6 chữ số đã được gửi tới ${account}. Mã có hiệu lực trong ${CODE_MINUTES} phút.`,
  'gui-lai': () => RESENT_NOTICE,
  'chua-xac-thuc': () =>
    'Tài khoản chưa được xác thực. Nhập mã đã được gửi khi đăng ký, hoặc bấm “Gửi lại mã” để nhận mã mới.',
};

/** Registering (`/dang-ky`) and proving the email or phone with the code sent (`/xac-thuc`). */
export function registrationRoutes(app: FastifyInstance, deps: AccountDeps): void {
  // `tiep` (the page a signed-out applicant was sent from, e.g. an application) rides along every step:
  // register → code → sign in → back there
  app.get('/dang-ky', pageOptions, async (request, reply) => {
    const next = nextFromQuery(request);
    if (request.applicant) return reply.redirect(next === '/' ? '/tai-khoan' : next, 303);
    return sendPage(request, reply, {
      title: REGISTER_TITLE,
      body: registerPage({ values: { kind: 'citizen' }, errors: {} }, providerLink(deps.config, next), next),
    });
  });

  app.post('/dang-ky', guardedOptions(deps.config), async (request, reply) => {
    const next = nextFromForm(request.body);
    const checked = checkRegister(request.body);
    const refuse = (form: typeof emptyForm) =>
      sendPage(request, reply, {
        title: REGISTER_TITLE,
        body: registerPage(form, providerLink(deps.config, next), next),
        status: 422,
      });
    if (!checked.ok) return refuse(checked.form);
    const input = checked.data;
    const result = await register(deps, request.ctx, await codeContext(request, deps.config, next), input);
    if (!result.ok) return refuse({ values: checked.values, errors: result.errors });
    return reply.redirect(withAccount('/xac-thuc', input.account.value, { 'thong-bao': 'gui' }, next), 303);
  });

  app.get('/xac-thuc', pageOptions, async (request, reply) => {
    // only a real sign-in name goes into the notice: a crafted link cannot make the page say anything else
    const name = readSignInName(queryText(request, 'tai-khoan'));
    const account = 'value' in name ? name.value : '';
    const notice = account ? verifyNotices[queryText(request, 'thong-bao')] : undefined;
    return sendPage(request, reply, {
      title: VERIFY_TITLE,
      body: verifyPage({
        form: { values: { account }, errors: {} },
        message: notice?.(account) ?? null,
        next: nextFromQuery(request),
      }),
    });
  });

  app.post('/xac-thuc', guardedOptions(deps.config), async (request, reply) => {
    const next = nextFromForm(request.body);
    const checked = checkCodeForm(request.body);
    const refuse = (form: typeof emptyForm) =>
      sendPage(request, reply, {
        title: VERIFY_TITLE,
        body: verifyPage({ form, message: null, next }),
        status: 422,
      });
    if (!checked.ok) return refuse(checked.form);
    const { account, code, resend } = checked.data;
    if (resend) {
      await resendCode(deps, request.ctx, await codeContext(request, deps.config, next), account, 'verify');
      return reply.redirect(withAccount('/xac-thuc', account.value, { 'thong-bao': 'gui-lai' }, next), 303);
    }
    const result = await verifyAccount(deps, request.ctx, account, code);
    if (!result.ok) return refuse({ values: checked.values, errors: result.errors });
    return reply.redirect(
      withAccount('/dang-nhap', account.value, { 'thong-bao': 'da-xac-thuc' }, next),
      303,
    );
  });
}
