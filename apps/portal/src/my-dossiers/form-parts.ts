import { html, type Raw } from '../html.ts';

// The pieces every form of these pages is built from, so that a form sent back with its problems reads the
// same everywhere: a summary at the top linking to each field, and each message beside its field.

export interface FieldProblem {
  /** The id of the control to go to (the first choice of a group of radio buttons). */
  field: string;
  message: string;
}

/** The summary of a form's problems, first thing on the page (`role="alert"`: read out when it appears). */
export function errorSummary(problems: readonly FieldProblem[]): Raw {
  if (problems.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="loi-tieu-de" tabindex="-1">
  <h2 id="loi-tieu-de">Có ${problems.length} lỗi cần sửa</h2>
  <ul>${problems.map((p) => html`<li><a href="#${p.field}">${p.message}</a></li>`)}</ul>
</div>`;
}

/** The id of the message beside a field, for `aria-describedby`. */
export const errorId = (field: string) => `${field}-loi`;

/** The message beside a field, or nothing. */
export function fieldError(field: string, message: string | undefined): Raw {
  return message ? html`<p class="error-message" id="${errorId(field)}">Lỗi: ${message}</p>` : html``;
}

/**
 * The accessibility attributes of a control: what describes it (hint, error) and whether it is invalid.
 * Returned as raw attributes to put inside the tag.
 */
export function describedBy(field: string, message: string | undefined, ...hints: string[]): Raw {
  const ids = [...hints, ...(message ? [errorId(field)] : [])];
  return html`${ids.length > 0 ? html` aria-describedby="${ids.join(' ')}"` : ''}${message ? html` aria-invalid="true"` : ''}`;
}
