import { formatDateTime } from '../format.ts';
import { html, type Raw } from '../html.ts';
import type { DraftSummary } from './types.ts';

/** The applicant's drafts, newest first: continue one, or delete it (after a confirmation). */
export function draftsPage(drafts: readonly DraftSummary[], notice?: string): Raw {
  return html`
<h1>Hồ sơ nháp của tôi</h1>
${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}
${
  drafts.length === 0
    ? html`<p>Bạn chưa có hồ sơ nháp nào. Chọn một <a href="/thu-tuc">thủ tục hành chính</a> để nộp hồ sơ trực tuyến.</p>`
    : html`<ul class="results drafts">
  ${drafts.map(
    (d) => html`<li>
    <h2>${d.procedureName}</h2>
    <p class="muted">Mã thủ tục ${d.procedureCode} · Nơi tiếp nhận: ${d.agencyName}</p>
    <p>Lưu lần cuối: ${formatDateTime(d.updatedAt)} · ${d.files === 0 ? 'chưa có tệp đính kèm' : `${d.files} tệp đính kèm`}</p>
    <p class="links">
      <a href="/ho-so-nhap/${d.id}">Tiếp tục<span class="visually-hidden"> hồ sơ ${d.procedureName}</span></a>
      <a href="/ho-so-nhap/${d.id}/xoa">Xóa<span class="visually-hidden"> bản nháp ${d.procedureName}</span></a>
    </p>
  </li>`,
  )}
</ul>`
}`;
}

/** Asks before a draft and its files are deleted for good. */
export function deleteDraftPage(draft: DraftSummary): Raw {
  return html`
<h1>Xóa bản nháp?</h1>
<p>Bản nháp hồ sơ <strong>${draft.procedureName}</strong> (nơi tiếp nhận: ${draft.agencyName}) và
${draft.files === 0 ? 'mọi thông tin đã nhập' : html`${draft.files} tệp đính kèm cùng mọi thông tin đã nhập`} sẽ bị xóa, không khôi phục được.</p>
<form method="post" action="/ho-so-nhap/${draft.id}/xoa" class="actions">
  <button type="submit">Xóa bản nháp</button>
  <a href="/ho-so-nhap">Không xóa, quay lại</a>
</form>`;
}

/** A draft that is not (or no longer) among the applicant's. */
export function draftNotFoundPage(): Raw {
  return html`
<h1>Không tìm thấy hồ sơ nháp</h1>
<p>Không tìm thấy hồ sơ nháp này trong tài khoản của bạn. Hồ sơ nháp có thể đã được nộp hoặc đã bị xóa.</p>
<p><a href="/ho-so-nhap">Xem các hồ sơ nháp của tôi</a></p>`;
}
