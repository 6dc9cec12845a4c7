import { formatFileSize } from '../format.ts';
import { html, type Raw } from '../html.ts';
import { described, errorMessage, hint, requiredMark } from './controls.ts';
import {
  applicantId,
  applicantName,
  DELIVERY,
  deliveryId,
  documentId,
  documentName,
  POSTAL_ADDRESS,
  POSTAL_ADDRESS_ID,
} from './form-names.ts';
import type { ApplicantDetail, DraftView, ResultDelivery } from './types.ts';

// The parts of the draft page besides the application form: who applies, the files of the required
// documents, and how the result is to reach the applicant.

interface DetailControl {
  detail: ApplicantDetail;
  label: string;
  hint?: string;
  required: boolean;
  type: 'text' | 'tel' | 'email';
  autocomplete: string;
  maxlength: number;
  long?: boolean;
}

function detailControls(kind: DraftView['applicantKind']): DetailControl[] {
  const citizen = kind === 'citizen';
  return [
    {
      detail: 'name',
      label: citizen ? 'Họ và tên' : 'Tên tổ chức, doanh nghiệp',
      required: true,
      type: 'text',
      autocomplete: citizen ? 'name' : 'organization',
      maxlength: 300,
    },
    {
      detail: 'idNumber',
      label: citizen ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp (mã số thuế)',
      hint: citizen
        ? '12 chữ số, in trên thẻ Căn cước.'
        : '10 chữ số; đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số.',
      required: true,
      type: 'text',
      autocomplete: 'off',
      maxlength: 20,
    },
    {
      detail: 'phone',
      label: 'Số điện thoại',
      required: false,
      type: 'tel',
      autocomplete: 'tel',
      maxlength: 20,
    },
    {
      detail: 'email',
      label: 'Thư điện tử',
      required: false,
      type: 'email',
      autocomplete: 'email',
      maxlength: 200,
    },
    {
      detail: 'address',
      label: citizen ? 'Địa chỉ liên hệ' : 'Địa chỉ trụ sở',
      required: true,
      type: 'text',
      autocomplete: 'street-address',
      maxlength: 500,
      long: true,
    },
  ];
}

export function applicantSection(view: DraftView): Raw {
  const problems = view.problems?.applicant ?? {};
  return html`<fieldset class="section">
  <legend><h2>Thông tin người nộp hồ sơ</h2></legend>
  <p class="hint">Cần ít nhất số điện thoại hoặc thư điện tử để nhận thông báo về hồ sơ.</p>
  ${detailControls(view.applicantKind).map((control) => {
    const id = applicantId(control.detail);
    const error = problems[control.detail];
    const attributes = html` id="${id}" name="${applicantName(control.detail)}" maxlength="${control.maxlength}" autocomplete="${control.autocomplete}"${control.required ? html` aria-required="true"` : ''}${described(id, { hint: control.hint, error: error !== undefined })}`;
    const value = view.applicant[control.detail];
    return html`<div class="field${error ? ' field-error' : ''}">
  <label for="${id}">${control.label}${requiredMark(control.required)}</label>
  ${hint(id, control.hint)}
  ${errorMessage(id, error)}
  ${control.long ? html`<textarea rows="2"${attributes}>${value}</textarea>` : html`<input type="${control.type}" value="${value}"${attributes}>`}
</div>`;
  })}
</fieldset>`;
}

/** What the upload controls accept: the types the server checks by their content. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx';

export function documentsSection(view: DraftView): Raw {
  const problems = view.problems?.documents ?? {};
  return html`<fieldset class="section">
  <legend><h2>Thành phần hồ sơ</h2></legend>
  <p class="hint" id="documents-hint">Mỗi thành phần một tệp PDF, JPEG, PNG, DOC hoặc DOCX, tối đa ${formatFileSize(view.uploadLimitBytes)}. Tệp bạn chọn được tải lên khi bấm “Lưu bản nháp” hoặc “Nộp hồ sơ”.</p>
  <ol class="documents">
    ${view.documents.map((doc) => {
      const id = documentId(doc.index);
      const error = problems[doc.index];
      return html`<li${error ? html` class="field-error"` : ''}>
  <h3 id="${id}-title">${doc.name}</h3>
  <p class="muted">${doc.required ? 'Bắt buộc' : 'Không bắt buộc'}${doc.quantity ? ` · ${doc.quantity}` : ''}${doc.template ? ` · Mẫu: ${doc.template}` : ''}</p>
  ${
    doc.file
      ? html`<p class="uploaded">Đã tải lên: <strong>${doc.file.name}</strong> (${formatFileSize(doc.file.size)})
    <button type="submit" form="remove-file-${doc.index}" class="secondary">Gỡ tệp<span class="visually-hidden"> ${doc.file.name} của thành phần “${doc.name}”</span></button></p>`
      : ''
  }
  ${errorMessage(id, error)}
  <label for="${id}">${doc.file ? 'Thay bằng tệp khác' : 'Chọn tệp'}<span class="visually-hidden"> cho thành phần “${doc.name}”</span></label>
  <input type="file" id="${id}" name="${documentName(doc.index)}" accept="${ACCEPT}"${described(id, { error: error !== undefined })}>
</li>`;
    })}
  </ol>
</fieldset>`;
}

const deliveries: { value: ResultDelivery; label: string }[] = [
  { value: 'online', label: 'Trực tuyến: tải kết quả về trên cổng này' },
  { value: 'counter', label: 'Tại Bộ phận tiếp nhận và trả kết quả' },
  { value: 'post', label: 'Qua dịch vụ bưu chính công ích, gửi đến địa chỉ dưới đây' },
];

export function deliverySection(view: DraftView): Raw {
  const error = view.problems?.postalAddress;
  const id = POSTAL_ADDRESS_ID;
  const addressHint = 'Chỉ cần khi nhận kết quả qua bưu chính.';
  return html`<fieldset class="section">
  <legend><h2>Hình thức nhận kết quả</h2></legend>
  ${deliveries.map(
    (d) =>
      html`<div class="choice"><input type="radio" id="${deliveryId(d.value)}" name="${DELIVERY}" value="${d.value}"${view.resultDelivery === d.value ? html` checked` : ''}> <label for="${deliveryId(d.value)}">${d.label}</label></div>`,
  )}
  <div class="field${error ? ' field-error' : ''}">
    <label for="${id}">Địa chỉ nhận kết quả qua bưu chính</label>
    ${hint(id, addressHint)}
    ${errorMessage(id, error)}
    <textarea id="${id}" name="${POSTAL_ADDRESS}" rows="2" maxlength="500" autocomplete="street-address"${described(id, { hint: addressHint, error: error !== undefined })}>${view.postalAddress}</textarea>
  </div>
</fieldset>`;
}
