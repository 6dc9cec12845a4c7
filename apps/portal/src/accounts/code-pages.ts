import { notice } from '../forms/field-parts.ts';
import { type FormState, formErrorSummary, textField } from '../forms/form-state.ts';
import { html, type Raw } from '../html.ts';
import { nextField, withNext } from './next-page.ts';
import { newPasswordFields } from './password-fields.ts';

/** The one-time code field: six digits, filled in by the phone's keyboard or from the message itself. */
function codeField(form: FormState): Raw {
  return textField({
    name: 'code',
    label: 'Mã xác thực (6 chữ số)',
    hint: 'Mã có hiệu lực trong 10 phút.',
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    pattern: '[0-9]{6}',
    maxlength: 6,
    required: true,
    form,
  });
}

function accountField(form: FormState): Raw {
  return textField({
    name: 'account',
    label: 'Email hoặc số điện thoại di động đã đăng ký',
    autocomplete: 'username',
    maxlength: 320,
    required: true,
    form,
  });
}

/** Asks again for a code; `formnovalidate` so that it goes without one. */
const resendButton = html`<button type="submit" class="secondary" name="action" value="resend" formnovalidate>Gửi lại mã</button>`;

export interface CodePageView {
  form: FormState;
  message: string | null;
  /** The page to come back to once signed in (carried to the sign-in page). */
  next?: string;
}

/** Entering the code sent after registering: the account can then sign in. */
export function verifyPage(view: CodePageView): Raw {
  const { form } = view;
  return html`<div class="account-page">
<h1>Xác thực tài khoản</h1>
${formErrorSummary(form.errors, ['account', 'code'])}
${notice(view.message)}
<p>Nhập mã 6 chữ số đã được gửi tới email hoặc số điện thoại bạn dùng để đăng ký.</p>
<form method="post" action="/xac-thuc" novalidate>
  ${nextField(view.next)}
  ${accountField(form)}
  ${codeField(form)}
  <div class="actions">
    <button type="submit">Xác thực</button>
    ${resendButton}
  </div>
</form>
</div>`;
}

/** Asking for a password reset code: the answer is the same whether the account exists or not. */
export function forgotPasswordPage(form: FormState, next = '/'): Raw {
  return html`<div class="account-page">
<h1>Quên mật khẩu</h1>
${formErrorSummary(form.errors, ['account'])}
<p>Nhập email hoặc số điện thoại đã đăng ký. Nếu có tài khoản, một mã đặt lại mật khẩu sẽ được gửi tới đó.</p>
<form method="post" action="/quen-mat-khau" novalidate>
  ${nextField(next)}
  ${accountField(form)}
  <button type="submit">Gửi mã đặt lại mật khẩu</button>
</form>
<p><a href="${withNext('/dang-nhap', next)}">Quay lại đăng nhập</a></p>
</div>`;
}

/** Choosing a new password with the code received. */
export function resetPasswordPage(view: CodePageView): Raw {
  const { form } = view;
  return html`<div class="account-page">
<h1>Đặt lại mật khẩu</h1>
${formErrorSummary(form.errors, ['account', 'code', 'password', 'passwordConfirm'])}
${notice(view.message)}
<form method="post" action="/dat-lai-mat-khau" novalidate>
  ${nextField(view.next)}
  ${accountField(form)}
  ${codeField(form)}
  ${newPasswordFields(form, { password: 'Mật khẩu mới', again: 'Nhập lại mật khẩu mới' })}
  <div class="actions">
    <button type="submit">Đặt lại mật khẩu</button>
    ${resendButton}
  </div>
</form>
<p>Đặt lại mật khẩu sẽ đăng xuất tài khoản trên mọi thiết bị.</p>
</div>`;
}
