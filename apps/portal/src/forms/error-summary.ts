import { html, type Raw } from '../html.ts';

/** One problem of a form sent back: the message, and the id of the control it links to (none: plain text). */
export interface FormProblem {
  field: string | undefined;
  message: string;
}

export interface ErrorSummaryOptions {
  /** The heading, e.g. "Có 2 chỗ cần sửa". */
  heading: string;
  /** A sentence under the heading. */
  lead?: string | undefined;
  /**
   * Whether the summary is named by its heading (`aria-labelledby`) and can take the focus (`tabindex="-1"`).
   * The account pages keep the plain alert their pages have always had.
   */
  named?: boolean;
}

/**
 * The summary of a form's problems at the top of a page sent back (GOV.UK pattern): announced at once
 * (`role="alert"`), each problem a link to its control so that a keyboard user goes straight to it.
 */
export function errorSummary(problems: readonly FormProblem[], o: ErrorSummaryOptions): Raw {
  if (problems.length === 0) return html``;
  const named = o.named ?? true;
  return html`<div class="error-summary" role="alert"${named ? html` aria-labelledby="error-summary-title" tabindex="-1"` : ''}>
  <h2${named ? html` id="error-summary-title"` : ''}>${o.heading}</h2>
  ${o.lead ? html`<p>${o.lead}</p>` : ''}
  <ul>${problems.map((p) => (p.field ? html`<li><a href="#${p.field}">${p.message}</a></li>` : html`<li>${p.message}</li>`))}</ul>
</div>`;
}
