import { html, type Raw } from './html.ts';

export interface ErrorPageInput {
  status: number;
  /** What went wrong, in a line the visitor understands. */
  message: string;
  /** The request's id, to quote when asking for help (server errors only). */
  requestId?: string | undefined;
}

const headings: Record<number, string> = {
  404: 'Không tìm thấy trang',
  413: 'Tệp hoặc nội dung gửi lên quá lớn',
  429: 'Bạn thao tác quá nhanh',
};

/** The portal's page for an address that does not exist or a request that failed: never JSON, never a trace. */
export function errorPage(input: ErrorPageInput): { title: string; body: Raw } {
  const title =
    headings[input.status] ?? (input.status >= 500 ? 'Hệ thống đang gặp sự cố' : 'Yêu cầu không hợp lệ');
  return {
    title,
    body: html`<h1>${title}</h1>
<p>${input.message}</p>
${input.requestId ? html`<p class="muted">Mã yêu cầu (khi cần hỗ trợ): <code>${input.requestId}</code></p>` : ''}
<ul class="shortcuts">
  <li><a href="/">Về trang chủ</a></li>
  <li><a href="/thu-tuc">Tìm thủ tục hành chính</a></li>
  <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></li>
</ul>`,
  };
}
