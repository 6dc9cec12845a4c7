import { formatDateTime, formatFileSize } from '../format.ts';
import { fieldDescribedBy, fieldError } from '../forms/field-parts.ts';
import { html, type Raw } from '../html.ts';
import { myDossierFields } from './fields.ts';
import type { FormState, MyDossierDetail, SupplementRequest, SupplementValues } from './types.ts';

const { supplementFileId: supplementFileField, supplementNoteId: SUPPLEMENT_NOTE_FIELD } = myDossierFields;
/** What the file inputs accept (checked again on the server, by name and by content). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx';

/**
 * What the authority asked for (Mẫu 02) and, until it is answered, the form that answers it: a file per thing
 * asked, an optional note. Works without JavaScript (multipart/form-data, one submit).
 */
export function supplementSection(
  d: MyDossierDetail,
  request: SupplementRequest,
  state: FormState<SupplementValues> | undefined,
  uploadLimitBytes: number,
): Raw {
  const errors = state?.errors ?? {};
  return html`<section class="task" aria-labelledby="bo-sung">
  <h2 id="bo-sung">Bổ sung, hoàn thiện hồ sơ</h2>
  <p>Lúc ${formatDateTime(request.issuedAt)}, cơ quan yêu cầu bạn bổ sung, hoàn thiện hồ sơ
    (<a href="/ho-so-cua-toi/${d.id}/phieu/${request.slipId}">Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, Mẫu 02, tệp PDF</a>).</p>
  ${request.reason ? html`<p>Lý do: ${request.reason}</p>` : ''}
  ${
    request.sent
      ? html`<p class="notice">Bạn đã gửi hồ sơ bổ sung. Bộ phận một cửa đang kiểm tra; hồ sơ tiếp tục được giải quyết sau khi kiểm tra xong.</p>`
      : html`<form method="post" action="/ho-so-cua-toi/${d.id}/bo-sung" enctype="multipart/form-data" novalidate>
    <input type="hidden" name="${myDossierFields.supplementSlip}" value="${request.slipId}">
    <p class="hint" id="tep-goi-y">Mỗi mục chọn một tệp PDF, JPG, PNG, DOC hoặc DOCX, tối đa ${formatFileSize(uploadLimitBytes)}.</p>
    ${request.items.map((item, i) => {
      const field = supplementFileField(i);
      return html`<div class="field">
      <label for="${field}">${i + 1}. ${item.name}</label>
      <p class="hint" id="${field}-ly-do">Lý do: ${item.reason}</p>
      ${fieldError(field, errors[field])}
      <input type="file" id="${field}" name="${myDossierFields.supplementFile(i)}" accept="${ACCEPT}"${fieldDescribedBy(field, errors[field], `${field}-ly-do`, 'tep-goi-y')}>
    </div>`;
    })}
    <div class="field">
      <label for="${SUPPLEMENT_NOTE_FIELD}">Ghi chú gửi cơ quan (không bắt buộc)</label>
      ${fieldError(SUPPLEMENT_NOTE_FIELD, errors[SUPPLEMENT_NOTE_FIELD])}
      <textarea id="${SUPPLEMENT_NOTE_FIELD}" name="${myDossierFields.supplementNote}" rows="3" maxlength="2000"${fieldDescribedBy(SUPPLEMENT_NOTE_FIELD, errors[SUPPLEMENT_NOTE_FIELD])}>${state?.values.note ?? ''}</textarea>
    </div>
    <button type="submit">Gửi hồ sơ bổ sung</button>
  </form>`
  }
</section>`;
}
