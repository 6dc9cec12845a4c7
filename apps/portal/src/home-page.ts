import { html, type Raw } from './html.ts';

/** The portal's front page: what citizens come for first (procedures, following a dossier), then the directory. */
export function homePage(siteName: string): Raw {
  return html`
<h1>${siteName}</h1>
<p>Cổng thông tin điện tử và dịch vụ công trực tuyến của tỉnh.</p>
<form class="search" method="get" action="/thu-tuc" role="search">
  <div>
    <label for="q">Tìm thủ tục hành chính</label>
    <input type="search" id="q" name="q" maxlength="200">
  </div>
  <button type="submit">Tìm thủ tục</button>
</form>
<ul class="shortcuts">
  <li><a href="/thu-tuc">Thủ tục hành chính và dịch vụ công trực tuyến</a></li>
  <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ theo mã</a></li>
  <li><a href="/danh-ba">Danh bạ cơ quan, đơn vị</a></li>
</ul>
<p><a href="/staff/">Cán bộ, công chức đăng nhập hệ thống</a></p>`;
}
