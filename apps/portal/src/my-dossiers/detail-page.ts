import { dossierStatusLabels } from '@congso/one-stop';
import { formatDateTime } from '../format.ts';
import { errorSummary, type FormProblem } from '../forms/error-summary.ts';
import { html, type Raw } from '../html.ts';
import { attentionSections, attentionTexts } from './attention.ts';
import { deliverySection } from './delivery-form.ts';
import { ratingSection } from './rating-form.ts';
import {
  feeSection,
  handedInSection,
  historySection,
  resultSection,
  slipsSection,
  stepsSection,
} from './record-sections.ts';
import { supplementSection } from './supplement-form.ts';
import type { Flash, MyDossierDetail, MyDossierPageState } from './types.ts';

function flashText(flash: Flash, d: MyDossierDetail): string {
  switch (flash) {
    case 'submitted':
      return `Hồ sơ của bạn đã được nộp, mã hồ sơ ${d.code}. ${d.agencyName} sẽ kiểm tra hồ sơ và tiếp nhận hoặc hướng dẫn bạn bổ sung; bạn theo dõi kết quả tại trang này.`;
    case 'supplement_resumed':
      return 'Đã nhận hồ sơ bổ sung của bạn; hồ sơ tiếp tục được giải quyết.';
    case 'supplement_waiting':
      return 'Đã gửi hồ sơ bổ sung; hồ sơ chờ cơ quan kiểm tra và tiếp nhận lại.';
    case 'supplement_to_check':
      return 'Đã gửi hồ sơ bổ sung; bộ phận một cửa sẽ kiểm tra trước khi hồ sơ tiếp tục được giải quyết.';
    case 'delivery_changed':
      return 'Đã lưu cách nhận kết quả.';
    case 'rated':
      return 'Cảm ơn bạn đã đánh giá.';
  }
}

/** Every problem of the forms sent back, in the order of the page, for the summary at the top. */
function problemsOf(state: MyDossierPageState): FormProblem[] {
  return [state.supplement, state.rating, state.delivery].flatMap((form) =>
    Object.entries(form?.errors ?? {}).map(([field, message]) => ({ field, message })),
  );
}

const problemSummary = (problems: FormProblem[]) =>
  errorSummary(problems, { heading: `Có ${problems.length} lỗi cần sửa` });

/**
 * One dossier of the applicant: where it stands and what needs them first (supplement, fee, result, rating),
 * then how the result reaches them, the steps, the history, the slips and the papers handed in.
 */
export function myDossierPage(
  d: MyDossierDetail,
  state: MyDossierPageState,
  options: { uploadLimitBytes: number },
): Raw {
  return html`<div class="my-dossier">
<p class="back"><a href="/ho-so-cua-toi">← Hồ sơ của tôi</a></p>
${problemSummary(problemsOf(state))}
${state.refusal ? html`<div class="error-summary" role="alert"><p>${state.refusal}</p></div>` : ''}
${state.flash ? html`<div class="notice" role="status"><p>${flashText(state.flash, d)}</p></div>` : ''}
<h1>Hồ sơ ${d.code}</h1>
<dl class="facts">
  <dt>Thủ tục</dt><dd>${d.procedure.name} <span class="muted">(${d.procedure.code})</span></dd>
  ${d.summary ? html`<dt>Nội dung yêu cầu</dt><dd>${d.summary}</dd>` : ''}
  <dt>Cơ quan tiếp nhận</dt><dd>${d.agencyName}</dd>
  <dt>Trạng thái</dt><dd><strong>${dossierStatusLabels[d.status]}</strong></dd>
  <dt>Ngày nộp</dt><dd>${formatDateTime(d.submittedAt)}</dd>
  <dt>Ngày tiếp nhận</dt><dd>${d.receivedAt ? formatDateTime(d.receivedAt) : 'Chưa tiếp nhận'}</dd>
  <dt>Ngày hẹn trả kết quả</dt><dd>${d.appointmentAt ? formatDateTime(d.appointmentAt) : 'Có sau khi hồ sơ được tiếp nhận'}</dd>
  ${d.completedAt ? html`<dt>Ngày có kết quả</dt><dd>${formatDateTime(d.completedAt)}</dd>` : ''}
  ${d.returnedAt ? html`<dt>Ngày trả kết quả</dt><dd>${formatDateTime(d.returnedAt)}</dd>` : ''}
</dl>
${
  d.attention.length > 0
    ? html`<div class="notice"><p>Việc cần làm:</p><ul>${d.attention.map(
        (a) => html`<li><a href="#${attentionSections[a]}">${attentionTexts[a]}</a></li>`,
      )}</ul></div>`
    : ''
}
${d.supplement ? supplementSection(d, d.supplement, state.supplement, options.uploadLimitBytes) : ''}
${feeSection(d)}
${resultSection(d)}
${ratingSection(d, state.rating)}
${deliverySection(d, state.delivery)}
${stepsSection(d)}
${historySection(d)}
${slipsSection(d)}
${handedInSection(d)}
</div>`;
}

/** A dossier that is not the applicant's (or does not exist), or a file or slip not theirs: the same answer. */
export function myDossierNotFoundPage(): Raw {
  return html`
<h1>Không tìm thấy hồ sơ</h1>
<p>Không có hồ sơ, phiếu hoặc tệp này trong các hồ sơ bạn đã nộp. Hồ sơ nộp trực tiếp tại bộ phận một cửa
  tra cứu theo mã hồ sơ trên giấy tiếp nhận.</p>
<ul>
  <li><a href="/ho-so-cua-toi">Hồ sơ của tôi</a></li>
  <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ theo mã</a></li>
</ul>`;
}
