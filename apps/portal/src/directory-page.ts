import { html, type Raw } from './html.ts';
import type { PublicAgencyPage } from './types.ts';

const levelNames: Record<string, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** The public directory of agencies: a GET form, results and plain links for paging. */
export function directoryPage(q: string, result: PublicAgencyPage): Raw {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (page: number) =>
    `/danh-ba?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return html`
<h1>Danh bạ cơ quan, đơn vị</h1>
<form class="search" method="get" action="/danh-ba" role="search">
  <div>
    <label for="q">Tên cơ quan (gõ có dấu hoặc không dấu)</label>
    <input type="search" id="q" name="q" value="${q}" maxlength="200">
  </div>
  <button type="submit">Tìm</button>
</form>
<p class="muted" role="status">${result.total === 0 ? 'Không tìm thấy cơ quan nào.' : `Tìm thấy ${result.total} cơ quan, trang ${result.page}/${pages}.`}</p>
<ul class="results">
${result.items.map(
  (a) => html`<li>
  <h2>${a.name}</h2>
  <p class="muted">${levelNames[a.level] ?? a.level}${a.parentName ? html` · trực thuộc ${a.parentName}` : ''}</p>
  ${a.address ? html`<p>Địa chỉ: ${a.address}</p>` : ''}
  ${a.phone ? html`<p>Điện thoại: <a href="tel:${a.phone.replace(/[^0-9+]/g, '')}">${a.phone}</a></p>` : ''}
  ${a.email ? html`<p>Thư điện tử: <a href="mailto:${a.email}">${a.email}</a></p>` : ''}
  ${a.website ? html`<p>Trang thông tin: <a href="${a.website}">${a.website}</a></p>` : ''}
</li>`,
)}
</ul>
<nav class="pager" aria-label="Phân trang">
  ${result.page > 1 ? html`<a href="${link(result.page - 1)}" rel="prev">← Trang trước</a>` : ''}
  ${result.page < pages ? html`<a href="${link(result.page + 1)}" rel="next">Trang sau →</a>` : ''}
</nav>`;
}
