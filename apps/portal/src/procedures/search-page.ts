import { html, type Raw } from '../html.ts';
import { onlineServiceChoices, procedureBadges } from './labels.ts';
import type { ProcedureFacets, ProcedureListItem, ProcedureSearch, ProcedureSearchResult } from './types.ts';

/**
 * The catalogue's public search: a GET form (words with or without diacritics, field, receiving agency,
 * level, online service, only what can be applied for online), the results, and plain links for paging, so
 * that every state of the page is an address that works without JavaScript.
 */

/** The address of a search: only the filters chosen, the page when past the first. */
export function searchUrl(search: ProcedureSearch, page = search.page): string {
  const online = onlineServiceChoices.find((c) => c.service === search.online)?.value;
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.field) params.set('linh-vuc', search.field);
  if (search.agency) params.set('co-quan', search.agency);
  if (search.level) params.set('cap', search.level);
  if (online) params.set('truc-tuyen', online);
  if (search.onlyOnline) params.set('nop-truc-tuyen', '1');
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/thu-tuc?${query}` : '/thu-tuc';
}

function option(value: string, label: string, selected: boolean): Raw {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

/** An option whose value is its text (the field's name): written once, not twice, 140 times a page. */
function named(name: string, selected: boolean): Raw {
  return html`<option${selected ? html` selected` : ''}>${name}</option>`;
}

/** Rendered option lists, by the list of choices (the server keeps one while its cache lasts) and the value selected. */
const rendered = new WeakMap<object, Map<string, Raw>>();

/**
 * The options of a list of choices with `selected` marked, rendered once per choice selected: the field list
 * alone is 140 options, on every visit of the busiest page. What the address asks for is not trusted to be
 * one of the choices, so at most a few hundred renderings are kept per list.
 */
function options<T>(choices: T[], selected: string, render: (choice: T) => Raw): Raw {
  let bySelected = rendered.get(choices);
  if (!bySelected) {
    bySelected = new Map();
    rendered.set(choices, bySelected);
  }
  let out = bySelected.get(selected);
  if (!out) {
    out = html`${choices.map(render)}`;
    if (bySelected.size < 300) bySelected.set(selected, out);
  }
  return out;
}

function filters(search: ProcedureSearch, facets: ProcedureFacets): Raw {
  return html`<form class="filters" method="get" action="/thu-tuc" role="search" aria-label="Tìm thủ tục hành chính">
  <div class="field field-wide">
    <label for="q">Tên hoặc mã thủ tục (gõ có dấu hoặc không dấu)</label>
    <input type="search" id="q" name="q" value="${search.q}" maxlength="200">
  </div>
  <div class="field">
    <label for="linh-vuc">Lĩnh vực</label>
    <select id="linh-vuc" name="linh-vuc">
      ${option('', 'Tất cả lĩnh vực', !search.field)}
      ${options(facets.fields, search.field, (field) => named(field, field === search.field))}
    </select>
  </div>
  <div class="field">
    <label for="co-quan">Cơ quan tiếp nhận</label>
    <select id="co-quan" name="co-quan">
      ${option('', 'Tất cả cơ quan', !search.agency)}
      ${options(facets.agencies, search.agency, (a) => option(a.id, a.name, a.id === search.agency))}
    </select>
  </div>
  <div class="field">
    <label for="cap">Cấp thực hiện</label>
    <select id="cap" name="cap">
      ${option('', 'Tất cả các cấp', !search.level)}
      ${options(facets.levels, search.level, (level) => option(level, level, level === search.level))}
    </select>
  </div>
  <div class="field">
    <label for="truc-tuyen">Dịch vụ công trực tuyến</label>
    <select id="truc-tuyen" name="truc-tuyen">
      ${option('', 'Tất cả', !search.online)}
      ${onlineServiceChoices.map((c) => option(c.value, c.label, c.service === search.online))}
    </select>
  </div>
  <div class="field field-check">
    <input type="checkbox" id="nop-truc-tuyen" name="nop-truc-tuyen" value="1"${search.onlyOnline ? html` checked` : ''}>
    <label for="nop-truc-tuyen">Chỉ thủ tục nộp trực tuyến được</label>
  </div>
  <div class="actions">
    <button type="submit">Tìm kiếm</button>
    <a href="/thu-tuc">Xóa bộ lọc</a>
  </div>
</form>`;
}

/** How many receiving agencies a result names before "và N cơ quan khác" (a commune procedure has dozens). */
const AGENCIES_NAMED = 3;

function agencies(names: string[]): string {
  if (names.length === 0) return 'Chưa có cơ quan tiếp nhận trên hệ thống';
  const named = names.slice(0, AGENCIES_NAMED).join('; ');
  const others = names.length - AGENCIES_NAMED;
  return `Cơ quan tiếp nhận: ${named}${others > 0 ? ` và ${others} cơ quan khác` : ''}`;
}

function item(p: ProcedureListItem): Raw {
  return html`<li>
  <h2><a href="/thu-tuc/${encodeURIComponent(p.code)}">${p.name}</a></h2>
  <p class="meta">Mã thủ tục: <span class="code">${p.code}</span>${p.field ? html` · Lĩnh vực: ${p.field}` : ''}${
    p.level ? html` · ${p.level}` : ''
  }</p>
  <p class="badges">${procedureBadges(p.onlineService, p.appliesOnline)}</p>
  <p class="meta">${agencies(p.agencies)}</p>
</li>`;
}

/** Links to the pages around this one: previous, up to two either side, next. */
function pager(search: ProcedureSearch, result: ProcedureSearchResult): Raw {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (pages === 1) return html``;
  const around: number[] = [];
  for (let n = Math.max(1, result.page - 2); n <= Math.min(pages, result.page + 2); n++) around.push(n);
  return html`<nav class="pager" aria-label="Phân trang">
  <ul>
    ${result.page > 1 ? html`<li><a href="${searchUrl(search, result.page - 1)}" rel="prev">← Trang trước</a></li>` : ''}
    ${around.map((n) =>
      n === result.page
        ? html`<li><a href="${searchUrl(search, n)}" aria-current="page">Trang ${n}</a></li>`
        : html`<li><a href="${searchUrl(search, n)}">Trang ${n}</a></li>`,
    )}
    ${result.page < pages ? html`<li><a href="${searchUrl(search, result.page + 1)}" rel="next">Trang sau →</a></li>` : ''}
  </ul>
</nav>`;
}

function summary(result: ProcedureSearchResult): string {
  if (result.total === 0) return 'Không tìm thấy thủ tục nào phù hợp. Hãy bớt từ khóa hoặc bộ lọc.';
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const count = result.total.toLocaleString('vi-VN');
  if (result.items.length === 0) return `Tìm thấy ${count} thủ tục; trang ${result.page} không có kết quả.`;
  return `Tìm thấy ${count} thủ tục, trang ${result.page}/${pages}.`;
}

export function procedureSearchPage(
  search: ProcedureSearch,
  result: ProcedureSearchResult,
  facets: ProcedureFacets,
): Raw {
  return html`
<h1>Thủ tục hành chính</h1>
<p>Tra cứu thủ tục hành chính của tỉnh: hồ sơ cần chuẩn bị, mẫu đơn, phí, lệ phí, thời hạn và nơi nộp. Thủ tục có nhãn <strong>Nộp trực tuyến</strong> nộp được hồ sơ ngay trên cổng này.</p>
${filters(search, facets)}
<p class="muted" role="status">${summary(result)}</p>
<ol class="results procedures">
${result.items.map(item)}
</ol>
${pager(search, result)}`;
}
