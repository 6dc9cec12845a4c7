import { html, type Raw } from '../html.ts';
import type { DossierLookup, PublicDossierStatus } from './types.ts';

/**
 * The public lookup of a dossier by its code (tra cứu hồ sơ), also what the QR code on the receipt opens
 * (`/tra-cuu-ho-so?ma=<code>`): where the dossier stands, and when the result is due. Nothing about the
 * applicant is shown, so knowing a code tells nothing about anyone.
 */

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "14:30, 15/07/2025" in Vietnam's time. */
function when(date: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}, ${parts.day}/${parts.month}/${parts.year}`;
}

function timelinessText(d: PublicDossierStatus): Raw {
  switch (d.timeliness) {
    case 'overdue':
      return html`<strong class="late">Quá hạn</strong>${d.completedAt ? ' (có kết quả sau ngày hẹn)' : ''}`;
    case 'early':
      return html`Giải quyết trước hạn`;
    case 'on_time':
      return html`Giải quyết đúng hạn`;
    default:
      if (!d.receivedAt) return html`Chưa tính thời hạn (hồ sơ chưa được tiếp nhận)`;
      return d.ended ? html`Không áp dụng` : html`Trong hạn`;
  }
}

function appointment(d: PublicDossierStatus): string {
  if (d.appointmentAt) return when(d.appointmentAt);
  return d.ended ? 'Không có' : 'Chưa có (hẹn trả khi hồ sơ được tiếp nhận)';
}

function currentStep(d: PublicDossierStatus): string {
  if (d.currentStep) return `${d.currentStep.name} (${d.currentStep.unit})`;
  return 'Không có bước đang xử lý';
}

function found(d: PublicDossierStatus): Raw {
  return html`<section aria-labelledby="ket-qua" class="lookup-result">
  <h2 id="ket-qua">Hồ sơ <span class="code">${d.code}</span></h2>
  <dl class="facts">
    <dt>Trạng thái</dt><dd><strong>${d.statusLabel}</strong></dd>
    <dt>Thủ tục</dt><dd><a href="/thu-tuc/${encodeURIComponent(d.procedureCode)}">${d.procedureName}</a></dd>
    <dt>Cơ quan tiếp nhận</dt><dd>${d.agencyName}</dd>
    <dt>Ngày nộp</dt><dd>${when(d.submittedAt)}</dd>
    <dt>Ngày tiếp nhận</dt><dd>${d.receivedAt ? when(d.receivedAt) : 'Chưa tiếp nhận'}</dd>
    <dt>Ngày hẹn trả kết quả</dt><dd>${appointment(d)}</dd>
    <dt>Bước đang xử lý</dt><dd>${currentStep(d)}</dd>
    <dt>Tiến độ</dt><dd>${timelinessText(d)}</dd>
    ${d.completedAt ? html`<dt>Ngày có kết quả</dt><dd>${when(d.completedAt)}</dd>` : ''}
    ${d.returnedAt ? html`<dt>Ngày trả kết quả</dt><dd>${when(d.returnedAt)}</dd>` : ''}
  </dl>
  <p class="muted">Thông tin cá nhân của người nộp không hiển thị khi tra cứu. Người nộp đăng nhập để xem đầy đủ hồ sơ của mình.</p>
</section>`;
}

function notFound(code: string, hint: string | null): Raw {
  return html`<div class="notice" role="alert">
  <h2>Không tìm thấy hồ sơ</h2>
  <p>Không tìm thấy hồ sơ có mã số <strong class="code">${code}</strong>. Hãy kiểm tra lại mã số in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>
  ${hint ? html`<p>${hint}</p>` : ''}
</div>`;
}

export function dossierLookupPage(lookup: DossierLookup, typed = ''): Raw {
  return html`
<h1>Tra cứu hồ sơ</h1>
<p>Nhập mã số hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, hoặc quét mã QR trên giấy đó.</p>
<form class="search" method="get" action="/tra-cuu-ho-so" role="search" aria-label="Tra cứu hồ sơ theo mã số">
  <div>
    <label for="ma">Mã số hồ sơ</label>
    <input type="search" class="code-input" id="ma" name="ma" value="${typed}" maxlength="80" autocomplete="off" spellcheck="false" aria-describedby="ma-goi-y">
    <p id="ma-goi-y" class="hint">Ví dụ: 000.00.01.H22-250715-0001</p>
  </div>
  <button type="submit">Tra cứu</button>
</form>
${lookup.kind === 'found' ? found(lookup.dossier) : ''}
${lookup.kind === 'not-found' ? notFound(lookup.code, lookup.hint) : ''}`;
}
