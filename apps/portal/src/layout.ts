import { html, type Raw } from './html.ts';

export interface PageOptions {
  title: string;
  siteName: string;
  body: Raw;
}

/** The page frame: skip link, header, main landmark, footer. No JavaScript is needed anywhere. */
export function layout({ title, siteName, body }: PageOptions): string {
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
        <li><a href="/danh-ba">Danh bạ cơ quan</a></li>
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
