import { notice } from '../forms/field-parts.ts';
import { type FormState, formErrorSummary, textField } from '../forms/form-state.ts';
import { html, type Raw } from '../html.ts';
import { type IdentityProviderLink, identityProviderLink } from './identity-provider.ts';
import { withNext } from './next-page.ts';

export interface SignInView {
  form: FormState;
  /** The local page to go to afterwards (kept through the form). */
  next: string;
  /** What just happened (account verified, password changed, signed out…), or a refused eID sign-in. */
  message: string | null;
  provider: IdentityProviderLink | null;
}

/** Signing in with the email or phone registered and the password; or at the identity provider. */
export function signInPage(view: SignInView): Raw {
  const { form } = view;
  return html`<div class="account-page">
<h1>Đăng nhập</h1>
${formErrorSummary(form.errors, ['account', 'password'])}
${notice(view.message)}
${identityProviderLink(view.provider, 'Đăng nhập bằng định danh điện tử')}
<form method="post" action="/dang-nhap" novalidate>
  <input type="hidden" name="tiep" value="${view.next}">
  ${textField({
    name: 'account',
    label: 'Email hoặc số điện thoại di động',
    autocomplete: 'username',
    maxlength: 320,
    required: true,
    form,
  })}
  ${textField({
    name: 'password',
    label: 'Mật khẩu',
    type: 'password',
    autocomplete: 'current-password',
    maxlength: 200,
    required: true,
    form,
  })}
  <button type="submit">Đăng nhập</button>
</form>
<ul class="links">
  <li><a href="${withNext('/quen-mat-khau', view.next)}">Quên mật khẩu?</a></li>
  <li>Chưa có tài khoản? <a href="${withNext('/dang-ky', view.next)}">Đăng ký</a></li>
  <li>Đã đăng ký nhưng chưa nhập mã xác thực? <a href="${withNext('/xac-thuc', view.next)}">Xác thực tài khoản</a></li>
</ul>
</div>`;
}
