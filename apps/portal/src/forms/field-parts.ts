import { html, type Raw } from '../html.ts';

// The small parts every control of a portal form shares: a hint and an error message each with an id the
// control points at (`aria-describedby`), and the mark of an invalid answer (`aria-invalid`). The ids are the
// caller's: `errorId`/`hintId` below for new forms (the account and dossier pages use them).

/** The id of the message beside a field. */
export const errorId = (field: string) => `${field}-loi`;
/** The id of the hint under a field's label. */
export const hintId = (field: string) => `${field}-goi-y`;

/** A hint under a label, or nothing. */
export function hint(id: string, text: string | undefined): Raw {
  return text ? html`<p class="hint" id="${id}">${text}</p>` : html``;
}

/** The message next to a control, or nothing; "Lỗi:" is read out before it, as colour alone says nothing. */
export function errorMessage(id: string, message: string | undefined): Raw {
  return message
    ? html`<p class="error-message" id="${id}"><span class="visually-hidden">Lỗi: </span>${message}</p>`
    : html``;
}

/**
 * The attributes tying a control to what describes it (hints, its error: ids, the empty ones left out) and
 * marking it invalid, to put inside the tag.
 */
export function describedBy(ids: readonly (string | false | undefined)[], invalid: boolean): Raw {
  const present = ids.filter(Boolean);
  return html`${present.length > 0 ? html` aria-describedby="${present.join(' ')}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
}

/** A message about what just happened (saved, code sent), read out politely. */
export function notice(text: string | null | undefined): Raw {
  return text ? html`<p class="notice" role="status">${text}</p>` : html``;
}

/** The message beside `field`, under the id `errorId(field)`, or nothing. */
export const fieldError = (field: string, message: string | undefined): Raw =>
  errorMessage(errorId(field), message);

/** The attributes of the control `field`: described by `hints` (ids) and its error, invalid when it has one. */
export const fieldDescribedBy = (field: string, message: string | undefined, ...hints: string[]): Raw =>
  describedBy([...hints, message && errorId(field)], Boolean(message));
