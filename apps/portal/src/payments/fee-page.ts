import { formatDateTime, formatMoney } from '../format.ts';
import { html, type Raw } from '../html.ts';
import { paymentStatusText } from './labels.ts';
import type { PaymentPageView, PortalPayment } from './types.ts';

/** Where the receipt of a payment downloads from (the applicant's own). */
export const receiptUrl = (paymentId: string) => `/thanh-toan/${paymentId}/bien-lai`;

function sandboxNotice(sandbox: boolean): Raw {
  return sandbox
    ? html`<p class="notice">Môi trường thử nghiệm: cổng thanh toán không trừ tiền thật.</p>`
    : html``;
}

/** The fee asked, and the button that sends the applicant to the gateway (a plain form: no JavaScript). */
function feeSection(view: PaymentPageView): Raw {
  const { fee } = view;
  if (!fee) return html`<p>Hồ sơ hiện không có khoản phí, lệ phí nào đang chờ thanh toán.</p>`;
  return html`<section aria-labelledby="khoan-phi">
  <h2 id="khoan-phi">Khoản phí, lệ phí cần nộp</h2>
  <dl class="facts">
    <dt>Nội dung</dt><dd>${fee.purpose}</dd>
    <dt>Số tiền</dt><dd><strong>${formatMoney(fee.amount)}</strong></dd>
    <dt>Bằng chữ</dt><dd>${fee.amountInWords}</dd>
    <dt>Ngày yêu cầu</dt><dd>${formatDateTime(fee.askedAt)}</dd>
  </dl>
  <p>Thời gian giải quyết hồ sơ tạm dừng cho đến khi khoản phí được thanh toán.</p>
  ${
    view.cannotPay
      ? html`<p class="notice">${view.cannotPay}</p>`
      : html`${sandboxNotice(view.sandbox)}
  <form method="post" action="/thanh-toan/${view.dossier.id}">
    <p class="hint" id="thanh-toan-goi-y">Bạn sẽ được chuyển sang cổng thanh toán VNPAY; sau khi thanh toán, cổng đưa bạn trở lại trang này.</p>
    <button type="submit" aria-describedby="thanh-toan-goi-y">Thanh toán trực tuyến</button>
  </form>`
  }
</section>`;
}

function paymentRow(p: PortalPayment, now: Date): Raw {
  return html`<tr>
  <td>${formatDateTime(p.createdAt)}</td>
  <td>${p.purpose}</td>
  <td>${formatMoney(p.amount)}</td>
  <td>${paymentStatusText(p, now)}${p.failure ? html`<br><span class="hint">${p.failure}</span>` : ''}</td>
  <td>${p.receiptNumber ? html`<a href="${receiptUrl(p.id)}">Biên lai số ${p.receiptNumber} (PDF)</a>` : '—'}</td>
</tr>`;
}

function paymentsTable(view: PaymentPageView): Raw {
  if (view.payments.length === 0) return html``;
  return html`<section aria-labelledby="cac-lan-thanh-toan">
  <h2 id="cac-lan-thanh-toan">Các lần thanh toán</h2>
  <div class="table-wrap">
    <table>
      <thead><tr><th scope="col">Thời điểm</th><th scope="col">Nội dung</th><th scope="col">Số tiền</th><th scope="col">Trạng thái</th><th scope="col">Biên lai</th></tr></thead>
      <tbody>${view.payments.map((p) => paymentRow(p, view.now))}</tbody>
    </table>
  </div>
</section>`;
}

/** `GET /thanh-toan/:dossierId`: the fee a dossier waits for, paying it online, and the payments made. */
export function paymentPage(view: PaymentPageView): Raw {
  return html`
<p class="crumbs"><a href="/ho-so-cua-toi">Hồ sơ của tôi</a> › <a href="/ho-so-cua-toi/${view.dossier.id}">${view.dossier.code}</a></p>
<h1>Thanh toán phí, lệ phí</h1>
${view.problem ? html`<div class="notice" role="alert"><p>${view.problem}</p></div>` : ''}
<dl class="facts">
  <dt>Mã hồ sơ</dt><dd class="code">${view.dossier.code}</dd>
  <dt>Thủ tục</dt><dd>${view.dossier.procedureName}</dd>
  <dt>Trạng thái hồ sơ</dt><dd>${view.dossier.statusLabel}</dd>
</dl>
${feeSection(view)}
${paymentsTable(view)}`;
}
