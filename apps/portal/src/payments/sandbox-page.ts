import { formatDateTime, formatMoney } from '../format.ts';
import { html, type Raw } from '../html.ts';
import type { SandboxGatewayView } from './types.ts';

/**
 * The sandbox gateway's own pages. They stand for a payment gateway outside the portal, so they have their own
 * frame (not the portal's header and menu), and say on every page that no money moves.
 */
function gatewayFrame(title: string, body: Raw): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Cổng thanh toán thử nghiệm</title>
<link rel="stylesheet" href="/portal.css">
</head>
<body class="sandbox-gateway">
<header class="gateway-header"><div class="wrap"><p>Cổng thanh toán thử nghiệm (VNPAY sandbox) – không trừ tiền thật</p></div></header>
<main id="noi-dung" class="wrap">
${body}
</main>
</body>
</html>`.__html;
}

/** The order to pay, with "Thanh toán" and "Hủy giao dịch" (plain form buttons, no JavaScript). */
export function sandboxGatewayPage(view: SandboxGatewayView): string {
  return gatewayFrame(
    'Thanh toán đơn hàng',
    html`<h1>Thanh toán đơn hàng</h1>
<dl class="facts">
  <dt>Đơn vị chấp nhận thanh toán</dt><dd>${view.merchant.name} (mã ${view.merchant.tmnCode})</dd>
  <dt>Mã đơn hàng</dt><dd class="code">${view.txnRef}</dd>
  <dt>Nội dung thanh toán</dt><dd>${view.orderInfo}</dd>
  <dt>Số tiền</dt><dd><strong>${formatMoney(view.amount)}</strong> (${view.amountInWords})</dd>
  <dt>Hạn thanh toán</dt><dd>${formatDateTime(view.expiresAt)}</dd>
</dl>
<form method="post" action="${view.action}" class="gateway-actions">
  <input type="hidden" name="request" value="${view.request}">
  <button type="submit" name="decision" value="pay">Thanh toán</button>
  <button type="submit" name="decision" value="cancel" class="secondary">Hủy giao dịch</button>
</form>`,
  );
}

/** A request the gateway refuses (a bad signature, expired…): said plainly, nothing to pay. */
export function sandboxRefusalPage(reason: string): string {
  return gatewayFrame(
    'Yêu cầu thanh toán bị từ chối',
    html`<h1>Yêu cầu thanh toán bị từ chối</h1>
<p class="notice" role="alert">${reason}.</p>
<p>Giao dịch không được thực hiện. Vui lòng quay lại trang của đơn vị chấp nhận thanh toán và thử lại.</p>`,
  );
}
