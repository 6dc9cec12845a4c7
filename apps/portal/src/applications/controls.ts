import { html, type Raw, raw } from '../html.ts';

/**
 * The small parts every control of the application pages shares: a hint and an error message each with an
 * id the control points at (`aria-describedby`), the mark of a required answer, and the error summary.
 */

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

export function hint(id: string, text: string | undefined): Raw {
  return text ? html`<p class="hint" id="${hintId(id)}">${text}</p>` : raw('');
}

/** The message next to a control; "Lỗi:" is read out before it, as colour alone says nothing. */
export function errorMessage(id: string, messages: readonly string[] | string | undefined): Raw {
  const list = typeof messages === 'string' ? [messages] : (messages ?? []);
  if (list.length === 0) return raw('');
  return html`<p class="error-message" id="${errorId(id)}"><span class="visually-hidden">Lỗi: </span>${list.join('; ')}</p>`;
}

/**
 * The attributes tying a control to its hint and error, and marking it invalid; a fieldset (`group`) is only
 * described, its boxes are not marked one by one.
 */
export function described(
  id: string,
  parts: { hint?: string | undefined; error?: boolean; group?: boolean },
): Raw {
  const ids = [parts.hint ? hintId(id) : '', parts.error ? errorId(id) : ''].filter(Boolean);
  const invalid = parts.error && !parts.group;
  return html`${ids.length > 0 ? html` aria-describedby="${ids.join(' ')}"` : ''}${invalid ? raw(' aria-invalid="true"') : ''}`;
}

export const requiredMark = (required: boolean) =>
  required ? html` <span class="required">(bắt buộc)</span>` : raw('');

/** One entry of the error summary: the message, linking to the control it is about. */
export interface SummaryItem {
  target: string | undefined;
  message: string;
}

/**
 * The error summary at the top of a form sent back (GOV.UK pattern): announced at once (`role="alert"`),
 * each problem a link to its control.
 */
export function errorSummary(items: readonly SummaryItem[], lead?: string): Raw {
  if (items.length === 0) return raw('');
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">Có ${items.length} chỗ cần sửa</h2>
  ${lead ? html`<p>${lead}</p>` : ''}
  <ul>
    ${items.map((item) =>
      item.target
        ? html`<li><a href="#${item.target}">${item.message}</a></li>`
        : html`<li>${item.message}</li>`,
    )}
  </ul>
</div>`;
}

/** A size in bytes as people read it: 2,5 MB, 64 KB. */
export function formatFileSize(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1_048_576) return `${format(bytes / 1_048_576)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
