import { notice } from '../forms/field-parts.ts';
import { type FormState, formErrorSummary, textField } from '../forms/form-state.ts';
import { html, type Raw } from '../html.ts';

export interface ProfileView {
  kind: 'citizen' | 'business';
  /** The email or phone the account signs in with: shown, not editable here. */
  signInName: string;
  signInChannel: 'email' | 'sms' | 'identity_provider';
  form: FormState;
  message: string | null;
}

const kindNames = { citizen: 'Công dân', business: 'Tổ chức, doanh nghiệp' } as const;

/** The applicant's own facts, which prefill their applications. */
export function profilePage(view: ProfileView): Raw {
  const { form } = view;
  const business = view.kind === 'business';
  return html`<div class="account-page">
<h1>Thông tin tài khoản</h1>
${formErrorSummary(form.errors, ['displayName', 'idNumber', 'email', 'phone', 'address'])}
${notice(view.message)}
<dl class="facts">
  <dt>Loại tài khoản</dt><dd>${kindNames[view.kind]}</dd>
  ${view.signInChannel === 'identity_provider' ? '' : html`<dt>Tên đăng nhập</dt><dd>${view.signInName}</dd>`}
</dl>
<p>Các thông tin dưới đây được điền sẵn vào tờ khai khi bạn nộp hồ sơ trực tuyến.</p>
<form method="post" action="/tai-khoan" novalidate>
  ${textField({
    name: 'displayName',
    label: business ? 'Tên tổ chức, doanh nghiệp' : 'Họ và tên',
    autocomplete: business ? 'organization' : 'name',
    maxlength: 200,
    required: true,
    form,
  })}
  ${textField({
    name: 'idNumber',
    label: business ? 'Mã số doanh nghiệp (mã số thuế)' : 'Số định danh cá nhân',
    hint: business ? '10 chữ số; đơn vị phụ thuộc thêm dấu - và 3 chữ số.' : '12 chữ số trên thẻ căn cước.',
    // no autocomplete token names an identity number; "off" says so rather than guessing one
    autocomplete: 'off',
    inputmode: 'numeric',
    maxlength: 14,
    required: business,
    form,
  })}
  ${
    view.signInChannel === 'email'
      ? ''
      : textField({
          name: 'email',
          label: 'Email',
          type: 'email',
          autocomplete: 'email',
          maxlength: 200,
          form,
        })
  }
  ${
    view.signInChannel === 'sms'
      ? ''
      : textField({
          name: 'phone',
          label: 'Số điện thoại di động',
          type: 'tel',
          autocomplete: 'tel',
          hint: 'Ví dụ: 0912345678',
          maxlength: 20,
          form,
        })
  }
  ${textField({
    name: 'address',
    label: business ? 'Địa chỉ trụ sở' : 'Địa chỉ liên hệ',
    hint: 'Số nhà, đường hoặc thôn, xã hoặc phường, tỉnh hoặc thành phố.',
    autocomplete: 'street-address',
    maxlength: 500,
    form,
  })}
  <button type="submit">Lưu thông tin</button>
</form>
</div>`;
}
