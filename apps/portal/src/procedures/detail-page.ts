import { html, type Raw } from '../html.ts';
import {
  amountText,
  channelLabels,
  onlineServiceLabels,
  procedureBadges,
  published,
  sizeText,
  workingDays,
} from './labels.ts';
import type { PublicOffering, PublicProcedure, PublicRequiredDocument } from './types.ts';

/**
 * One procedure as the public reads it before applying: what it is, where and how to apply (with the link
 * to apply online at each agency that takes it online), the time, the fees, the documents to prepare with
 * their templates, the conditions, the sequence, the results, the legal basis, and each receiving agency's
 * processing steps. Tables have a caption and header cells; headings go h1 → h2 → h3.
 */

/** The address of the online application at a receiving agency (the applications' pages). */
export function applyUrl(code: string, agencyId: string): string {
  return `/nop-ho-so/${encodeURIComponent(code)}?co-quan=${encodeURIComponent(agencyId)}`;
}

function fact(label: string, value: string | Raw): Raw {
  const empty = typeof value === 'string' && !value.trim();
  return html`<dt>${label}</dt><dd${empty ? html` class="muted"` : ''}>${empty ? 'Không có' : value}</dd>`;
}

/** The legal time in working days, and the time as published when it says more ("15 Ngày", "8 Giờ"). */
function processingTime(p: PublicProcedure): string {
  const days = p.processingDays === null ? '' : workingDays(p.processingDays);
  const text = p.processingTimeText.trim();
  const same = /^([0-9]+(?:[.,][0-9]+)?)(?:\s*ngày làm việc)?$/i.exec(text);
  if (!text || (same && Number(same[1]!.replace(',', '.')) === p.processingDays)) return days;
  return days ? `${days} (${text})` : text;
}

function facts(p: PublicProcedure): Raw {
  return html`<dl class="facts">
  ${fact('Mã thủ tục', p.code)}
  ${fact('Lĩnh vực', p.field)}
  ${fact('Cấp thực hiện', p.level)}
  ${fact('Loại thủ tục', p.kind)}
  ${fact('Đối tượng thực hiện', p.applicantTypes)}
  ${fact('Cơ quan có thẩm quyền', p.competentAuthority)}
  ${fact('Cơ quan thực hiện', p.implementingAgency)}
  ${fact(
    'Cơ quan tiếp nhận hồ sơ',
    p.offerings.length > 0
      ? p.offerings.map((o) => o.agencyName).join('; ')
      : 'Chưa có cơ quan tiếp nhận trên hệ thống',
  )}
  ${fact('Dịch vụ công trực tuyến', onlineServiceLabels[p.onlineService])}
  ${fact('Thời hạn giải quyết', processingTime(p))}
  ${fact('Quyết định công bố', p.decisionRef)}
</dl>`;
}

function offeringContact(o: PublicOffering): Raw {
  return html`${o.address ? html`<br><span class="muted">Địa chỉ: ${o.address}</span>` : ''}${
    o.phone ? html`<br><span class="muted">Điện thoại: ${o.phone}</span>` : ''
  }`;
}

/** Where to apply: each receiving agency, with the online application where it takes one. */
function applying(p: PublicProcedure): Raw {
  const online = p.offerings.filter((o) => o.appliesOnline);
  return html`<section aria-labelledby="nop-ho-so" class="apply">
  <h2 id="nop-ho-so">Nộp hồ sơ</h2>
  ${
    p.offerings.length === 0
      ? html`<p>Thủ tục chưa có cơ quan tiếp nhận hồ sơ trên hệ thống. Hãy liên hệ cơ quan thực hiện nêu trên.</p>`
      : html`<ul class="offerings">
    ${p.offerings.map(
      (o) => html`<li>
      <strong>${o.agencyName}</strong>${offeringContact(o)}
      ${
        o.appliesOnline
          ? html`<p><a class="button" href="${applyUrl(p.code, o.agencyId)}">Nộp hồ sơ trực tuyến<span class="visually-hidden"> tại ${o.agencyName}</span></a></p>`
          : html`<p class="muted">Nộp trực tiếp hoặc qua dịch vụ bưu chính tại cơ quan này.</p>`
      }
    </li>`,
    )}
  </ul>`
  }
  ${online.length === 0 && p.offerings.length > 0 ? html`<p>Thủ tục này chưa nhận hồ sơ trực tuyến.</p>` : ''}
</section>`;
}

function channels(p: PublicProcedure): Raw {
  if (p.channels.length === 0) return html`<h2>Cách thức thực hiện</h2><p class="muted">Không có.</p>`;
  return html`<h2>Cách thức thực hiện</h2>
<div class="table-wrap"><table>
  <caption class="visually-hidden">Cách thức nộp hồ sơ, thời hạn và phí của từng cách</caption>
  <thead><tr><th scope="col">Hình thức nộp</th><th scope="col">Thời hạn giải quyết</th><th scope="col">Phí, lệ phí</th><th scope="col">Mô tả</th></tr></thead>
  <tbody>
  ${p.channels.map(
    (c) => html`<tr>
    <th scope="row">${channelLabels[c.channel]}</th>
    <td>${c.days !== null ? workingDays(c.days) : c.timeText || 'Không có'}</td>
    <td>${c.feeText || 'Không có'}</td>
    <td><div class="published">${c.description}</div></td>
  </tr>`,
  )}
  </tbody>
</table></div>`;
}

function fees(p: PublicProcedure): Raw {
  if (p.fees.length === 0) return html`<h2>Phí, lệ phí</h2><p class="muted">Không có.</p>`;
  return html`<h2>Phí, lệ phí</h2>
<div class="table-wrap"><table>
  <caption class="visually-hidden">Các khoản phí, lệ phí</caption>
  <thead><tr><th scope="col">Khoản thu</th><th scope="col">Mức thu</th><th scope="col">Ghi chú</th></tr></thead>
  <tbody>
  ${p.fees.map(
    (f) => html`<tr>
    <th scope="row">${f.name}</th>
    <td>${f.amount === null ? 'Theo ghi chú' : amountText(f.amount)}</td>
    <td>${f.text}</td>
  </tr>`,
  )}
  </tbody>
</table></div>`;
}

function template(d: PublicRequiredDocument): Raw {
  if (d.templateFile) {
    const kind = d.templateFile.fileName.split('.').pop()?.toUpperCase() ?? '';
    return html`<a href="${d.templateFile.url}">${d.templateFile.fileName}</a> <span class="muted">(${kind}, ${sizeText(d.templateFile.size)})</span>`;
  }
  return d.template ? html`${d.template}` : html`<span class="muted">Không có</span>`;
}

function documents(p: PublicProcedure): Raw {
  if (p.requiredDocuments.length === 0) return html`<h2>Thành phần hồ sơ</h2><p class="muted">Không có.</p>`;
  return html`<h2>Thành phần hồ sơ</h2>
<div class="table-wrap"><table class="documents">
  <caption class="visually-hidden">Giấy tờ cần chuẩn bị, mẫu đơn và số lượng</caption>
  <thead><tr><th scope="col">STT</th><th scope="col">Tên giấy tờ</th><th scope="col">Mẫu đơn, tờ khai</th><th scope="col">Số lượng</th><th scope="col">Bắt buộc</th></tr></thead>
  <tbody>
  ${p.requiredDocuments.map(
    (d, i) => html`${
      d.group && d.group !== p.requiredDocuments[i - 1]?.group
        ? html`<tr class="group"><th colspan="5" scope="colgroup">${d.group}</th></tr>`
        : ''
    }<tr>
    <td>${i + 1}</td>
    <td><div class="published">${d.name}</div></td>
    <td>${template(d)}</td>
    <td>${d.quantity || 'Không có'}</td>
    <td>${d.required ? 'Bắt buộc' : 'Trường hợp cần'}</td>
  </tr>`,
  )}
  </tbody>
</table></div>`;
}

function steps(p: PublicProcedure): Raw {
  if (p.offerings.length === 0) return html``;
  return html`<h2>Quy trình giải quyết</h2>
${p.offerings.map(
  (o) => html`<h3>Tại ${o.agencyName}</h3>
<div class="table-wrap"><table>
  <caption class="visually-hidden">Các bước giải quyết hồ sơ tại ${o.agencyName}</caption>
  <thead><tr><th scope="col">Bước</th><th scope="col">Nội dung</th><th scope="col">Đơn vị thực hiện</th><th scope="col">Thời gian</th></tr></thead>
  <tbody>
  ${o.steps.map(
    (s, i) =>
      html`<tr><td>${i + 1}</td><th scope="row">${s.name}</th><td>${s.unit}</td><td>${workingDays(s.days)}</td></tr>`,
  )}
  </tbody>
  <tfoot><tr><th scope="row" colspan="3">Tổng thời gian</th><td>${workingDays(o.totalDays)}</td></tr></tfoot>
</table></div>`,
)}`;
}

function results(p: PublicProcedure): Raw {
  return html`<h2>Kết quả thực hiện</h2>
${
  p.results.length === 0
    ? html`<p class="muted">Không có.</p>`
    : html`<ul>${p.results.map((r) => html`<li>${r.name}${r.code ? html` <span class="muted">(${r.code})</span>` : ''}</li>`)}</ul>`
}`;
}

function legalBasis(p: PublicProcedure): Raw {
  if (p.legalBasis.length === 0) return html`<h2>Căn cứ pháp lý</h2><p class="muted">Không có.</p>`;
  return html`<h2>Căn cứ pháp lý</h2>
<div class="table-wrap"><table>
  <caption class="visually-hidden">Văn bản quy phạm pháp luật làm căn cứ</caption>
  <thead><tr><th scope="col">Số, ký hiệu</th><th scope="col">Trích yếu</th></tr></thead>
  <tbody>
  ${p.legalBasis.map((l) => html`<tr><td>${l.reference || 'Không có'}</td><td>${l.title}</td></tr>`)}
  </tbody>
</table></div>`;
}

/** The national portal's page of the procedure, only as an https address (never a script). */
function source(p: PublicProcedure): Raw {
  if (!/^https:\/\/[^\s"'<>]+$/.test(p.sourceUrl)) return html``;
  return html`<p class="muted">Nguồn: <a href="${p.sourceUrl}">trang thủ tục trên Cổng Dịch vụ công quốc gia</a>.</p>`;
}

export function procedureDetailPage(p: PublicProcedure): Raw {
  const anyOnline = p.offerings.some((o) => o.appliesOnline);
  return html`
<nav class="crumbs" aria-label="Vị trí"><a href="/thu-tuc">Thủ tục hành chính</a> › <span aria-current="page">${p.code}</span></nav>
<h1>${p.name}</h1>
<p class="badges">${procedureBadges(p.onlineService, anyOnline)}</p>
${facts(p)}
${applying(p)}
${channels(p)}
${fees(p)}
${documents(p)}
<h2>Yêu cầu, điều kiện thực hiện</h2>
${published(p.conditions)}
<h2>Trình tự thực hiện</h2>
${published(p.sequenceText)}
${steps(p)}
${results(p)}
${legalBasis(p)}
${source(p)}`;
}

/** The answer to a code that is not in the catalogue, or no longer in use. */
export function procedureNotFoundPage(code: string): Raw {
  return html`
<h1>Không tìm thấy thủ tục</h1>
<p>Không có thủ tục hành chính đang áp dụng với mã <strong>${code}</strong>. Thủ tục có thể đã được bãi bỏ hoặc thay thế.</p>
<p><a href="/thu-tuc">Tìm thủ tục hành chính</a></p>`;
}

/** The answer to a template file that is not (or no longer) published. */
export function templateNotFoundPage(code: string): Raw {
  return html`
<h1>Không tìm thấy tệp mẫu</h1>
<p>Tệp mẫu này không còn trên cổng: tệp có thể đã được thay bằng tệp mới hoặc thủ tục đã ngừng áp dụng.</p>
<p><a href="/thu-tuc/${encodeURIComponent(code)}">Xem lại trang thủ tục ${code}</a> · <a href="/thu-tuc">Tìm thủ tục hành chính</a></p>`;
}
