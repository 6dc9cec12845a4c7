import { html, type Raw } from '../html.ts';
import { errorSummary } from './error-summary.ts';
import { describedBy, errorId, fieldDescribedBy, fieldError, hint, hintId } from './field-parts.ts';

// Forms whose values are flat strings (the account pages): what a refused post shows again, and the controls
// built from it.

/** Field name → what is wrong with it, in Vietnamese. Empty when the form is fine. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a form page shows again after a refused post: the values typed (never passwords) and the problems. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/** The summary of a refused form's errors, in the order the fields come on the page (`order`), then the rest. */
export function formErrorSummary(errors: FieldErrors, order: readonly string[]): Raw {
  const names = [...order.filter((n) => errors[n]), ...Object.keys(errors).filter((n) => !order.includes(n))];
  return errorSummary(
    names.map((name) => ({ field: name, message: errors[name]! })),
    { heading: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại', named: false },
  );
}

export interface TextFieldOptions {
  name: string;
  label: string;
  form: FormState;
  type?: 'text' | 'email' | 'tel' | 'password';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  hint?: string;
  required?: boolean;
  maxlength?: number;
  /** Shown but not editable (sent back with the form). */
  readonly?: boolean;
  /** Overrides the kept value (passwords are never kept). */
  value?: string;
  pattern?: string;
}

/** A labelled input with its hint and its error tied to it (aria-describedby), marked invalid when it is. */
export function textField(o: TextFieldOptions): Raw {
  const error = o.form.errors[o.name];
  const value = o.type === 'password' ? '' : (o.value ?? o.form.values[o.name] ?? '');
  return html`<div class="field${error ? ' field-error' : ''}">
  <label for="${o.name}">${o.label}${o.required ? '' : html` <span class="muted">(không bắt buộc)</span>`}</label>
  ${hint(hintId(o.name), o.hint)}
  ${fieldError(o.name, error)}
  <input id="${o.name}" name="${o.name}" type="${o.type ?? 'text'}" value="${value}"${[
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : '',
    o.inputmode ? html` inputmode="${o.inputmode}"` : '',
    o.maxlength ? html` maxlength="${o.maxlength}"` : '',
    o.pattern ? html` pattern="${o.pattern}"` : '',
    o.required ? html` required` : '',
    o.readonly ? html` readonly` : '',
    fieldDescribedBy(o.name, error, ...(o.hint ? [hintId(o.name)] : [])),
  ]}>
</div>`;
}

export interface Choice {
  value: string;
  label: string;
}

/** Radio buttons in a fieldset whose legend is the question; the error is tied to the group. */
export function radioGroup(o: { name: string; legend: string; choices: Choice[]; form: FormState }): Raw {
  const error = o.form.errors[o.name];
  const current = o.form.values[o.name];
  return html`<fieldset class="field${error ? ' field-error' : ''}"${describedBy([error && errorId(o.name)], false)}>
  <legend>${o.legend}</legend>
  ${fieldError(o.name, error)}
  ${o.choices.map(
    (c, i) => html`<div class="choice">
    <input type="radio" id="${i === 0 ? o.name : `${o.name}-${c.value}`}" name="${o.name}" value="${c.value}"${current === c.value ? html` checked` : ''}>
    <label for="${i === 0 ? o.name : `${o.name}-${c.value}`}">${c.label}</label>
  </div>`,
  )}
</fieldset>`;
}
