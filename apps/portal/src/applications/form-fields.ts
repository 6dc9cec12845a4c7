import type { ApplicationForm, FormField } from '@congso/one-stop/application-form';
import { html, type Raw } from '../html.ts';
import { described, errorMessage, hint, requiredMark } from './controls.ts';
import { answerAt, fieldId, fieldName } from './form-names.ts';

/**
 * An application form (tờ khai) drawn from its JSON Schema as plain, accessible HTML: the same field kinds as
 * the staff app's form (`@congso/one-stop` reads the subset), in the schema's order (`x-order`), every control
 * with its label, hint and error message tied to it, groups as fieldsets. Nothing here needs JavaScript, and
 * nothing is checked by the browser (the page's form is `novalidate`): a draft may be saved half done, and
 * the server says what is wrong, in Vietnamese, next to each field.
 */

/** A few choices read best as radio buttons; more of them go in a list. */
const FEW_CHOICES = 4;
/** Text allowed longer than this gets a text area. */
const SHORT_TEXT = 300;

/** The problems of the form (data pointers) by the field that shows them; the rest in `other`. */
export function problemsByField(
  form: ApplicationForm,
  problems: readonly { pointer: string; message: string }[],
): { byField: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const problem of problems) {
    const field = fieldShowing(form, problem.pointer);
    if (!field) other.push(problem.message);
    else byField.set(field.pointer, [...(byField.get(field.pointer) ?? []), problem.message]);
  }
  return { byField, other };
}

/** The field a problem at `pointer` is shown at: the field itself, or the list an item of it belongs to. */
export function fieldShowing(form: ApplicationForm, pointer: string): FormField | undefined {
  const all = form.fields.flatMap((field) => [field, ...(field.fields ?? [])]);
  return (
    all.find((f) => f.pointer === pointer) ??
    all.find((f) => (f.kind === 'list' || f.kind === 'choices') && pointer.startsWith(`${f.pointer}/`))
  );
}

/** The form's fields, filled with `data` (as typed), each with its problems. */
export function applicationFormFields(
  form: ApplicationForm,
  data: Record<string, unknown>,
  byField: ReadonlyMap<string, readonly string[]>,
): Raw {
  return html`${form.fields.map((field) => formField(field, data, byField))}`;
}

function formField(
  field: FormField,
  data: Record<string, unknown>,
  byField: ReadonlyMap<string, readonly string[]>,
): Raw {
  const id = fieldId(field.pointer);
  const errors = byField.get(field.pointer) ?? [];
  const value = answerAt(data, field.pointer);
  if (field.kind === 'group')
    return html`<fieldset class="group" id="${id}"${described(id, { hint: field.description, error: errors.length > 0, group: true })}>
  <legend>${field.title}${requiredMark(field.required)}</legend>
  ${hint(id, field.description)}
  ${errorMessage(id, errors)}
  ${(field.fields ?? []).map((child) => formField(child, data, byField))}
</fieldset>`;
  switch (field.kind) {
    case 'boolean':
      return boxes(
        field,
        id,
        errors,
        'radio',
        [
          { value: 'true', label: 'Có' },
          { value: 'false', label: 'Không' },
        ],
        value === undefined ? [] : [String(value)],
      );
    case 'choices':
      return boxes(
        field,
        id,
        errors,
        'checkbox',
        options(field),
        Array.isArray(value) ? value.map(String) : [],
      );
    case 'choice':
      return (field.options ?? []).length <= FEW_CHOICES
        ? boxes(field, id, errors, 'radio', options(field), value === undefined ? [] : [String(value)])
        : select(field, id, errors, value);
    default:
      return html`<div class="field${errors.length > 0 ? ' field-error' : ''}">
  <label for="${id}">${field.title}${requiredMark(field.required)}</label>
  ${hint(id, hintOf(field))}
  ${errorMessage(id, errors)}
  ${input(field, id, errors.length > 0, value)}
</div>`;
  }
}

const options = (field: FormField) =>
  (field.options ?? []).map((option) => ({ value: option, label: option }));

/** What the applicant should know to fill a field in: the form's description, and the shape the answer takes. */
function hintOf(field: FormField): string | undefined {
  const rules: string[] = [];
  if (field.description) rules.push(field.description);
  if (field.kind === 'list') rules.push('Mỗi dòng một mục.');
  if (field.kind === 'date') rules.push('Ngày, tháng, năm; ví dụ 30/04/1990.');
  if (field.kind === 'integer') rules.push('Một số nguyên.');
  if (field.kind === 'number') rules.push('Một số; phần thập phân viết sau dấu phẩy.');
  if (field.minimum !== undefined && field.maximum !== undefined)
    rules.push(`Từ ${field.minimum} đến ${field.maximum}.`);
  else if (field.minimum !== undefined) rules.push(`Không nhỏ hơn ${field.minimum}.`);
  else if (field.maximum !== undefined) rules.push(`Không lớn hơn ${field.maximum}.`);
  return rules.length > 0 ? rules.join(' ') : undefined;
}

const textOf = (value: unknown) =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.join('\n') : String(value);

function input(field: FormField, id: string, invalid: boolean, value: unknown): Raw {
  const name = fieldName(field.pointer);
  const aria = described(id, { hint: hintOf(field), error: invalid });
  const required = field.required ? html` aria-required="true"` : '';
  const maxlength = field.maxLength !== undefined ? html` maxlength="${field.maxLength}"` : '';
  const long = field.kind === 'list' || (field.kind === 'text' && (field.maxLength ?? Infinity) > SHORT_TEXT);
  if (long)
    return html`<textarea id="${id}" name="${name}" rows="${field.kind === 'list' ? 4 : 2}"${field.kind === 'list' ? '' : maxlength}${required}${aria}>${textOf(value)}</textarea>`;
  const type = field.kind === 'date' ? 'date' : field.kind === 'email' ? 'email' : 'text';
  const numeric =
    field.kind === 'integer'
      ? html` inputmode="numeric"`
      : field.kind === 'number'
        ? html` inputmode="decimal"`
        : '';
  const autocomplete = field.kind === 'email' ? html` autocomplete="email"` : '';
  return html`<input type="${type}" id="${id}" name="${name}" value="${textOf(value)}"${maxlength}${numeric}${autocomplete}${required}${aria}>`;
}

function select(field: FormField, id: string, errors: readonly string[], value: unknown): Raw {
  const chosen = textOf(value);
  return html`<div class="field${errors.length > 0 ? ' field-error' : ''}">
  <label for="${id}">${field.title}${requiredMark(field.required)}</label>
  ${hint(id, field.description)}
  ${errorMessage(id, errors)}
  <select id="${id}" name="${fieldName(field.pointer)}"${field.required ? html` aria-required="true"` : ''}${described(id, { hint: field.description, error: errors.length > 0 })}>
    <option value="">— Chọn —</option>
    ${(field.options ?? []).map((option) => html`<option value="${option}"${option === chosen ? html` selected` : ''}>${option}</option>`)}
  </select>
</div>`;
}

/**
 * Radio buttons or check boxes in a fieldset whose legend is the field's title; the first box carries the
 * field's id, so the error summary's link lands on it.
 */
function boxes(
  field: FormField,
  id: string,
  errors: readonly string[],
  type: 'radio' | 'checkbox',
  choices: { value: string; label: string }[],
  checked: string[],
): Raw {
  const name = fieldName(field.pointer);
  return html`<fieldset class="field choices${errors.length > 0 ? ' field-error' : ''}"${described(id, { hint: field.description, error: errors.length > 0, group: true })}>
  <legend>${field.title}${requiredMark(field.required)}</legend>
  ${hint(id, field.description)}
  ${errorMessage(id, errors)}
  ${choices.map((choice, i) => {
    const boxId = i === 0 ? id : `${id}-${i + 1}`;
    return html`<div class="choice"><input type="${type}" id="${boxId}" name="${name}" value="${choice.value}"${checked.includes(choice.value) ? html` checked` : ''}> <label for="${boxId}">${choice.label}</label></div>`;
  })}
</fieldset>`;
}
