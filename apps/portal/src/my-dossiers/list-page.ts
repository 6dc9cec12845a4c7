import { dossierStatusLabels } from '@congso/one-stop';
import { formatDate, formatDateTime } from '../format.ts';
import { html, type Raw } from '../html.ts';
import { attentionTexts } from './attention.ts';
import type { MyDossierList } from './types.ts';

/** "Hồ sơ của tôi": the applicant's dossiers, newest first, with what needs them; plain links for paging. */
export function myDossierListPage(list: MyDossierList): Raw {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (page: number) => `/ho-so-cua-toi?trang=${page}`;
  return html`<div class="my-dossier">
<h1>Hồ sơ của tôi</h1>
<p>Các hồ sơ bạn đã nộp trực tuyến, mới nhất ở trên. Hồ sơ bạn đang soạn, chưa nộp:
  <a href="/ho-so-nhap">hồ sơ nháp của tôi</a>.</p>
${
  list.total === 0
    ? html`<p role="status">Bạn chưa nộp hồ sơ nào. <a href="/thu-tuc">Tìm thủ tục hành chính để nộp hồ sơ trực tuyến</a>.</p>`
    : html`<p class="muted" role="status">Bạn có ${list.total} hồ sơ, trang ${list.page}/${pages}.</p>
<div class="table-scroll" role="region" aria-labelledby="ds-ho-so" tabindex="0">
<table class="my-dossiers">
  <caption id="ds-ho-so">Danh sách hồ sơ đã nộp</caption>
  <thead>
    <tr>
      <th scope="col">Mã hồ sơ</th>
      <th scope="col">Thủ tục</th>
      <th scope="col">Trạng thái</th>
      <th scope="col">Hẹn trả kết quả</th>
      <th scope="col">Việc cần làm</th>
    </tr>
  </thead>
  <tbody>
  ${list.items.map(
    (d) => html`<tr>
    <th scope="row"><a href="/ho-so-cua-toi/${d.id}">${d.code}</a><br><span class="muted">Nộp ngày ${formatDate(d.submittedAt)}</span></th>
    <td>${d.procedureName}<br><span class="muted">${d.agencyName}</span></td>
    <td>${dossierStatusLabels[d.status]}</td>
    <td>${d.appointmentAt ? formatDateTime(d.appointmentAt) : html`<span class="muted">Chưa có</span>`}</td>
    <td>${
      d.attention.length === 0
        ? html`<span class="muted">Không có</span>`
        : html`<ul class="attention">${d.attention.map((a) => html`<li>${attentionTexts[a]}</li>`)}</ul>`
    }</td>
  </tr>`,
  )}
  </tbody>
</table>
</div>`
}
${
  pages > 1
    ? html`<nav class="pager" aria-label="Phân trang">
  ${list.page > 1 ? html`<a href="${link(list.page - 1)}" rel="prev">← Trang trước</a>` : ''}
  ${list.page < pages ? html`<a href="${link(list.page + 1)}" rel="next">Trang sau →</a>` : ''}
</nav>`
    : ''
}
</div>`;
}
