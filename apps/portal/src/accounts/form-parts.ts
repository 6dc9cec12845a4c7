import { html, type Raw } from '../html.ts';

/** Field name → what is wrong with it, in Vietnamese. Empty when the form is fine. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a form page shows again after a refused post: the values typed (never passwords) and the problems. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/**
 * The list of problems at the top of a refused form (announced at once: role="alert"); each links to its
 * field, in the order the fields come on the page.
 */
export function errorSummary(errors: FieldErrors, order: readonly string[]): Raw {
  const names = [...order.filter((n) => errors[n]), ...Object.keys(errors).filter((n) => !order.includes(n))];
  if (names.length === 0) return html``;
  return html`<div class="error-summary" role="alert">
  <h2>Thông tin chưa hợp lệ, vui lòng kiểm tra lại</h2>
  <ul>${names.map((name) => html`<li><a href="#${name}">${errors[name]}</a></li>`)}</ul>
</div>`;
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
  const described = [o.hint ? `${o.name}-goi-y` : '', error ? `${o.name}-loi` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field-error' : ''}">
  <label for="${o.name}">${o.label}${o.required ? '' : html` <span class="muted">(không bắt buộc)</span>`}</label>
  ${o.hint ? html`<p class="hint" id="${o.name}-goi-y">${o.hint}</p>` : ''}
  ${error ? html`<p class="error-message" id="${o.name}-loi"><span class="visually-hidden">Lỗi: </span>${error}</p>` : ''}
  <input id="${o.name}" name="${o.name}" type="${o.type ?? 'text'}" value="${value}"${[
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : '',
    o.inputmode ? html` inputmode="${o.inputmode}"` : '',
    o.maxlength ? html` maxlength="${o.maxlength}"` : '',
    o.pattern ? html` pattern="${o.pattern}"` : '',
    o.required ? html` required` : '',
    o.readonly ? html` readonly` : '',
    described ? html` aria-describedby="${described}"` : '',
    error ? html` aria-invalid="true"` : '',
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
  return html`<fieldset class="field${error ? ' field-error' : ''}"${error ? html` aria-describedby="${o.name}-loi"` : ''}>
  <legend>${o.legend}</legend>
  ${error ? html`<p class="error-message" id="${o.name}-loi"><span class="visually-hidden">Lỗi: </span>${error}</p>` : ''}
  ${o.choices.map(
    (c, i) => html`<div class="choice">
    <input type="radio" id="${i === 0 ? o.name : `${o.name}-${c.value}`}" name="${o.name}" value="${c.value}"${current === c.value ? html` checked` : ''}>
    <label for="${i === 0 ? o.name : `${o.name}-${c.value}`}">${c.label}</label>
  </div>`,
  )}
</fieldset>`;
}

/** A message about what just happened (saved, code sent), read out politely. */
export function notice(text: string | null | undefined): Raw {
  return text ? html`<p class="notice" role="status">${text}</p>` : html``;
}
