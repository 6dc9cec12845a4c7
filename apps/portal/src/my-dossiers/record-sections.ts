import { oneStopForms } from '@congso/one-stop';
import { formatDateTime, formatMoney } from '../format.ts';
import { html, type Raw } from '../html.ts';
import { deliveryPhrases, historyText } from './history.ts';
import type { MyDossierDetail, MyDossierFile } from './types.ts';

// The record of a dossier as its applicant reads it: the steps, the history, the slips issued to them, the
// papers handed in and the result.

const stepStatusTexts = { pending: 'Chưa đến', active: 'Đang xử lý', done: 'Đã xong' } as const;

const slipTitle = (form: string) => oneStopForms.find((f) => f.number === form)?.title ?? `Mẫu ${form}`;

const fileUrl = (d: MyDossierDetail, f: MyDossierFile) => `/ho-so-cua-toi/${d.id}/tep/${f.id}`;

export function stepsSection(d: MyDossierDetail): Raw {
  return html`<section aria-labelledby="cac-buoc">
  <h2 id="cac-buoc">Các bước giải quyết</h2>
  ${
    d.steps.length === 0
      ? html`<p>Các bước giải quyết và thời hạn của từng bước có sau khi hồ sơ được tiếp nhận.</p>`
      : html`<div class="table-scroll" role="region" aria-labelledby="cac-buoc" tabindex="0"><table>
    <thead><tr><th scope="col">Bước</th><th scope="col">Đơn vị thực hiện</th><th scope="col">Tình trạng</th><th scope="col">Hạn xử lý</th></tr></thead>
    <tbody>${d.steps.map(
      (s, i) => html`<tr${s.status === 'active' ? html` class="current"` : ''}>
      <th scope="row">${i + 1}. ${s.name}</th>
      <td>${s.unit}</td>
      <td>${stepStatusTexts[s.status]}${s.finishedAt ? html`<br><span class="muted">${formatDateTime(s.finishedAt)}</span>` : ''}</td>
      <td>${s.dueAt ? formatDateTime(s.dueAt) : html`<span class="muted">—</span>`}</td>
    </tr>`,
    )}</tbody>
  </table></div>`
  }
</section>`;
}

export function historySection(d: MyDossierDetail): Raw {
  return html`<section aria-labelledby="qua-trinh">
  <h2 id="qua-trinh">Quá trình xử lý hồ sơ</h2>
  <ol class="history">${d.history.map(
    (e) => html`<li>
    <p><strong>${historyText(e)}</strong></p>
    <p class="muted"><time datetime="${e.at.toISOString()}">${formatDateTime(e.at)}</time>${e.by ? ` · ${e.by}` : ''}</p>
    ${e.note ? html`<p class="quote">${e.note}</p>` : ''}
  </li>`,
  )}</ol>
</section>`;
}

export function slipsSection(d: MyDossierDetail): Raw {
  if (d.slips.length === 0) return html``;
  return html`<section aria-labelledby="phieu">
  <h2 id="phieu">Phiếu cơ quan đã cấp cho bạn</h2>
  <ul>${d.slips.map(
    (s) =>
      html`<li><a href="/ho-so-cua-toi/${d.id}/phieu/${s.id}">${slipTitle(s.form)} (Mẫu ${s.form}), cấp lúc ${formatDateTime(s.issuedAt)}</a> <span class="muted">(tệp PDF)</span></li>`,
  )}</ul>
</section>`;
}

function fileLine(d: MyDossierDetail, f: MyDossierFile, downloadable: boolean): Raw {
  const name = f.fileName ?? 'Bản giấy';
  return html`<li>${f.requirement ? html`${f.requirement}: ` : ''}${
    downloadable && f.downloadable ? html`<a href="${fileUrl(d, f)}" download>${name}</a>` : name
  }${f.kind === 'supplement' ? html` <span class="muted">(bổ sung lúc ${formatDateTime(f.addedAt)})</span>` : ''}</li>`;
}

export function handedInSection(d: MyDossierDetail): Raw {
  return html`<section aria-labelledby="giay-to">
  <h2 id="giay-to">Giấy tờ đã nộp</h2>
  ${
    d.handedIn.length === 0
      ? html`<p>Chưa có giấy tờ nào.</p>`
      : html`<ul>${d.handedIn.map((f) => fileLine(d, f, true))}</ul>`
  }
</section>`;
}

/** The result: downloadable once available; otherwise where and how it will reach the applicant. */
export function resultSection(d: MyDossierDetail): Raw {
  if (d.status !== 'result_ready' && d.status !== 'returned') return html``;
  const where =
    d.resultDelivery === 'post'
      ? `Kết quả được gửi ${deliveryPhrases.post}${d.postalAddress ? ` đến địa chỉ: ${d.postalAddress}` : ''}.`
      : d.resultDelivery === 'counter'
        ? `Mời bạn nhận kết quả ${deliveryPhrases.counter} của ${d.agencyName}, mang theo giấy tờ tùy thân.`
        : '';
  return html`<section class="task" aria-labelledby="ket-qua">
  <h2 id="ket-qua">Kết quả giải quyết</h2>
  ${d.status === 'result_ready' && where ? html`<p>${where}</p>` : ''}
  ${
    d.resultAvailable
      ? d.results.length > 0
        ? html`<ul>${d.results.map((f) => fileLine(d, f, true))}</ul>`
        : html`<p>Kết quả chưa có bản điện tử.</p>`
      : html`<p>Bản điện tử của kết quả có ở đây sau khi bạn nhận kết quả.</p>`
  }
</section>`;
}

export function feeSection(d: MyDossierDetail): Raw {
  if (!d.fee) return html``;
  return html`<section class="task" aria-labelledby="nghia-vu">
  <h2 id="nghia-vu">Nghĩa vụ tài chính</h2>
  <p>Cơ quan đề nghị bạn thực hiện nghĩa vụ tài chính${d.fee.amount !== null ? html`: <strong>${formatMoney(d.fee.amount)}</strong>` : ''}${
    d.fee.purpose ? ` (${d.fee.purpose})` : ''
  }. Thời gian giải quyết tạm dừng cho đến khi bạn thực hiện xong.</p>
  <p><a class="button" href="/thanh-toan/${d.id}">Thanh toán phí, lệ phí</a></p>
</section>`;
}
