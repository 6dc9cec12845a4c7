import { formatDateTime, formatMoney } from '../format.ts';
import { html, type Raw } from '../html.ts';
import { receiptUrl } from './fee-page.ts';
import type { PaymentOutcome, PaymentResultView } from './types.ts';

const headings: Record<PaymentOutcome, string> = {
  paid: 'Thanh toán thành công',
  confirming: 'Đang xác nhận thanh toán',
  failed: 'Thanh toán không thành công',
  cancelled: 'Bạn đã hủy giao dịch',
  invalid: 'Không xác nhận được kết quả thanh toán',
};

function explanation(view: PaymentResultView): Raw {
  switch (view.outcome) {
    case 'paid':
      return html`<p>Khoản phí đã được ghi nhận. Hồ sơ tiếp tục được giải quyết; thời gian giải quyết được tính tiếp từ lúc bạn thanh toán.</p>`;
    case 'confirming':
      return html`<p>Cổng thanh toán báo giao dịch thành công; hệ thống đang chờ cổng thanh toán xác nhận trực tiếp khoản thanh toán. Vui lòng tải lại trang này sau ít phút. Bạn không cần thanh toán lại.</p>`;
    case 'cancelled':
      return html`<p>Chưa có khoản tiền nào được thanh toán.</p>`;
    case 'failed':
      return html`<p>${view.reason ?? 'Giao dịch không thành công.'} Chưa có khoản tiền nào được ghi nhận.</p>`;
    case 'invalid':
      return html`<p>${view.reason ?? 'Kết quả nhận được không hợp lệ.'} Nếu bạn đã bị trừ tiền, hệ thống sẽ ghi nhận khi cổng thanh toán xác nhận trực tiếp.</p>`;
  }
}

/** `GET /thanh-toan/ket-qua`: what the gateway says of the payment, as far as the platform has confirmed it. */
export function paymentResultPage(view: PaymentResultView): Raw {
  const { payment, dossier } = view;
  return html`
<h1>${headings[view.outcome]}</h1>
<div class="outcome outcome-${view.outcome}" role="status">${explanation(view)}</div>
${
  payment && dossier
    ? html`<dl class="facts">
  <dt>Mã hồ sơ</dt><dd class="code">${dossier.code}</dd>
  <dt>Nội dung</dt><dd>${payment.purpose}</dd>
  <dt>Số tiền</dt><dd>${formatMoney(payment.amount)}</dd>
  ${payment.paidAt ? html`<dt>Thời điểm thanh toán</dt><dd>${formatDateTime(payment.paidAt)}</dd>` : ''}
  ${payment.receiptNumber ? html`<dt>Biên lai</dt><dd><a href="${receiptUrl(payment.id)}">Tải biên lai số ${payment.receiptNumber} (PDF)</a></dd>` : ''}
</dl>`
    : ''
}
<ul class="shortcuts">
  ${dossier?.stillOwed && view.outcome !== 'confirming' ? html`<li><a href="/thanh-toan/${dossier.id}">Thanh toán lại</a></li>` : ''}
  ${dossier ? html`<li><a href="/thanh-toan/${dossier.id}">Các lần thanh toán của hồ sơ</a></li>` : ''}
  <li><a href="/ho-so-cua-toi">Hồ sơ của tôi</a></li>
</ul>`;
}
