import { html, type Raw } from '../html.ts';

/** The application has become a dossier: its code, to follow it, and where to follow it. */
export function submittedPage(submitted: {
  dossierId: string;
  code: string;
  procedureName: string;
  agencyName: string;
}): Raw {
  return html`
<h1>Đã nộp hồ sơ</h1>
<div class="notice" role="status">
  <p>Hồ sơ <strong>${submitted.procedureName}</strong> đã được gửi đến ${submitted.agencyName}.</p>
  <p>Mã hồ sơ: <strong class="code">${submitted.code}</strong></p>
</div>
<p>Bộ phận tiếp nhận sẽ kiểm tra hồ sơ; bạn được báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc bị từ chối.
Dùng mã hồ sơ để <a href="/tra-cuu-ho-so?ma=${submitted.code}">tra cứu tình trạng</a>.</p>
<p><a href="/ho-so-cua-toi/${submitted.dossierId}">Xem hồ sơ trong mục Hồ sơ của tôi</a></p>`;
}
