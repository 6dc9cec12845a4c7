import { type FormState, formErrorSummary, radioGroup, textField } from '../forms/form-state.ts';
import { html, type Raw } from '../html.ts';
import { type IdentityProviderLink, identityProviderLink } from './identity-provider.ts';
import { nextField, withNext } from './next-page.ts';
import { newPasswordFields } from './password-fields.ts';

const order = ['kind', 'account', 'displayName', 'idNumber', 'password', 'passwordConfirm'];

/**
 * Registering a citizen's or a business's account: who, how to reach them (the sign-in name), a password.
 * `next`: the page to come back to once verified and signed in.
 */
export function registerPage(form: FormState, provider: IdentityProviderLink | null, next = '/'): Raw {
  return html`<div class="account-page">
<h1>Đăng ký tài khoản dịch vụ công</h1>
${formErrorSummary(form.errors, order)}
<p>Tài khoản dùng để nộp hồ sơ trực tuyến, theo dõi hồ sơ và nhận kết quả. Sau khi đăng ký, một mã xác thực
gồm 6 chữ số được gửi tới email hoặc số điện thoại bạn nhập.</p>
${identityProviderLink(provider, 'Hoặc đăng ký nhanh')}
<form method="post" action="/dang-ky" novalidate>
  ${nextField(next)}
  ${radioGroup({
    name: 'kind',
    legend: 'Bạn đăng ký với tư cách',
    form,
    choices: [
      { value: 'citizen', label: 'Công dân' },
      { value: 'business', label: 'Tổ chức, doanh nghiệp' },
    ],
  })}
  ${textField({
    name: 'account',
    label: 'Email hoặc số điện thoại di động',
    hint: 'Dùng để đăng nhập và nhận mã xác thực. Ví dụ: ten@example.vn hoặc 0912345678',
    autocomplete: 'username',
    maxlength: 320,
    required: true,
    form,
  })}
  ${textField({
    name: 'displayName',
    label: 'Họ và tên, hoặc tên tổ chức, doanh nghiệp',
    autocomplete: 'name',
    maxlength: 200,
    required: true,
    form,
  })}
  ${textField({
    name: 'idNumber',
    label: 'Số định danh cá nhân, hoặc mã số doanh nghiệp (mã số thuế)',
    hint: 'Công dân: 12 chữ số trên thẻ căn cước, có thể bổ sung sau. Tổ chức, doanh nghiệp: bắt buộc, 10 chữ số (đơn vị phụ thuộc thêm dấu - và 3 chữ số).',
    // no autocomplete token names an identity number; "off" says so rather than guessing one
    autocomplete: 'off',
    inputmode: 'numeric',
    maxlength: 14,
    form,
  })}
  ${newPasswordFields(form, { password: 'Mật khẩu', again: 'Nhập lại mật khẩu' })}
  <button type="submit">Đăng ký</button>
</form>
<p>Đã có tài khoản? <a href="${withNext('/dang-nhap', next)}">Đăng nhập</a>.</p>
</div>`;
}
