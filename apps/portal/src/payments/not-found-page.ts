import { html, type Raw } from '../html.ts';

/** A dossier or payment that is not the applicant's (or does not exist): the same answer for both. */
export function paymentNotFoundPage(): Raw {
  return html`
<h1>Không tìm thấy hồ sơ hoặc khoản thanh toán</h1>
<p>Không có hồ sơ hoặc khoản thanh toán này trong các hồ sơ bạn đã nộp trực tuyến.</p>
<ul>
  <li><a href="/ho-so-cua-toi">Hồ sơ của tôi</a></li>
  <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ theo mã</a></li>
</ul>`;
}
