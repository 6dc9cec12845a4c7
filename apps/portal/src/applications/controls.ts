import { describedBy, errorMessage as fieldErrorMessage, hint as fieldHint } from '../forms/field-parts.ts';
import { html, type Raw, raw } from '../html.ts';

/**
 * The application pages' use of the portal's form parts (`forms/`): their hints and errors are named after
 * the control's id with `-hint` and `-error`, a control may have several errors, and a required answer is
 * marked in its label.
 */

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

export const hint = (id: string, text: string | undefined): Raw => fieldHint(hintId(id), text);

/** The message next to a control: its errors, one after the other. */
export function errorMessage(id: string, messages: readonly string[] | string | undefined): Raw {
  const list = typeof messages === 'string' ? [messages] : (messages ?? []);
  return fieldErrorMessage(errorId(id), list.length > 0 ? list.join('; ') : undefined);
}

/**
 * The attributes tying a control to its hint and error, and marking it invalid; a fieldset (`group`) is only
 * described, its boxes are not marked one by one.
 */
export function described(
  id: string,
  parts: { hint?: string | undefined; error?: boolean; group?: boolean },
): Raw {
  return describedBy(
    [parts.hint && hintId(id), parts.error && errorId(id)],
    Boolean(parts.error && !parts.group),
  );
}

export const requiredMark = (required: boolean) =>
  required ? html` <span class="required">(bắt buộc)</span>` : raw('');
