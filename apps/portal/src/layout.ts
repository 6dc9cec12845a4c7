import { html, type Raw } from './html.ts';

export interface PageOptions {
  title: string;
  siteName: string;
  body: Raw;
  /** The applicant signed in on the portal, if any: the header offers their dossiers and signing out. */
  applicant?: { displayName: string } | null;
  /** Where signing in or registering from the header comes back to (a local path; none: the front page). */
  returnTo?: string | null;
}

function accountLinks(applicant: PageOptions['applicant'], returnTo: string | null | undefined): Raw {
  if (!applicant) {
    const back = returnTo && returnTo !== '/' ? `?tiep=${encodeURIComponent(returnTo)}` : '';
    return html`<li><a href="/dang-nhap${back}">Đăng nhập</a></li>
        <li><a href="/dang-ky${back}">Đăng ký</a></li>`;
  }
  return html`<li><a href="/ho-so-cua-toi">Hồ sơ của tôi</a></li>
        <li><a href="/tai-khoan">Tài khoản</a></li>
        <li>
          <form class="inline" method="post" action="/dang-xuat">
            <button type="submit" class="link">Đăng xuất (${applicant.displayName})</button>
          </form>
        </li>`;
}

/** The page frame: skip link, header, main landmark, footer. No JavaScript is needed anywhere. */
export function layout({ title, siteName, body, applicant, returnTo }: PageOptions): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${siteName}</title>
<link rel="stylesheet" href="/portal.css">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <div class="wrap">
    <p class="site-name"><a href="/">${siteName}</a></p>
    <nav aria-label="Chính">
      <ul>
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/thu-tuc">Thủ tục hành chính</a></li>
        <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></li>
        <li><a href="/danh-ba">Danh bạ cơ quan</a></li>
        ${accountLinks(applicant, returnTo)}
        <li><a href="/staff/">Cán bộ đăng nhập</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="noi-dung" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer"><div class="wrap"><p>Vận hành trên nền tảng mã nguồn mở CôngSở.</p></div></footer>
</body>
</html>`.__html;
}
