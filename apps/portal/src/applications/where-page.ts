import { html, type Raw } from '../html.ts';
import { described, errorMessage } from './controls.ts';
import type { OnlineAgency } from './types.ts';

// Where to apply: the choice of receiving agency when several offer the procedure online, and the answer
// when none does.

export function agencyChoicePage(
  procedure: { code: string; name: string },
  agencies: readonly OnlineAgency[],
  error?: string,
): Raw {
  return html`
<h1>Nộp hồ sơ trực tuyến: ${procedure.name}</h1>
<p class="muted">Mã thủ tục ${procedure.code}</p>
<form method="get" action="/nop-ho-so/${procedure.code}" class="application">
  <fieldset class="section"${described('co-quan', { error: error !== undefined, group: true })}>
    <legend><h2>Chọn nơi tiếp nhận hồ sơ</h2></legend>
    ${errorMessage('co-quan', error)}
    ${agencies.map(
      (a, i) =>
        html`<div class="choice"><input type="radio" name="co-quan" id="co-quan-${i + 1}" value="${a.id}"> <label for="co-quan-${i + 1}">${a.name}${a.address ? html` <span class="muted">(${a.address})</span>` : ''}</label></div>`,
    )}
  </fieldset>
  <div class="actions"><button type="submit">Tiếp tục</button></div>
</form>`;
}

/** The procedure cannot be applied for online (here): why, and where to look instead. */
export function notOfferedPage(reason: string): Raw {
  return html`
<h1>Chưa nộp trực tuyến được</h1>
<p>${reason}</p>
<p>Bạn có thể xem <a href="/thu-tuc">danh sách thủ tục hành chính</a> để biết cách nộp hồ sơ trực tiếp hoặc qua bưu chính.</p>`;
}
