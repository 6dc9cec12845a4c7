import type { ApplicationForm, FormField } from '@congso/one-stop/application-form';
import type { ApplicantDetail } from './types.ts';

/**
 * The names of the draft page's controls, and how the server reads a posted page back. Both sides use these,
 * so a control and its reading cannot drift apart. Keys of form fields are `[A-Za-z][A-Za-z0-9_]*`
 * (`readApplicationForm` refuses others), so a dot and a dash separate them safely.
 */

/** `/diaChi/tinh` → `f.diaChi.tinh`: the control of a form field. */
export const fieldName = (pointer: string) => `f${pointer.replace(/\//g, '.')}`;
/** `/diaChi/tinh` → `f-diaChi-tinh`: its id (of the first box of a group of boxes). */
export const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;

export const applicantName = (detail: ApplicantDetail) => `applicant.${detail}`;
export const applicantId = (detail: ApplicantDetail) => `applicant-${detail}`;

export const documentName = (index: number) => `document.${index}`;
export const documentId = (index: number) => `document-${index}`;
/** The index of a document's upload control, from its name; undefined for any other name. */
export function documentIndex(name: string): number | undefined {
  const match = /^document\.(\d{1,3})$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

export const DELIVERY = 'resultDelivery';
export const deliveryId = (value: string) => `resultDelivery-${value}`;
export const POSTAL_ADDRESS = 'postalAddress';
export const POSTAL_ADDRESS_ID = 'postalAddress';
/** The button pressed: `save` (Lưu bản nháp) or `submit` (Nộp hồ sơ). */
export const ACTION = 'action';

/** The values a posted page carries under a name (none, one, or several for boxes ticked). */
export type PostedValues = (name: string) => string[];

/** Longest answer kept for one field; the schema's own maxLength is checked on submit. */
const MAX_TEXT = 20_000;
const MAX_ITEMS = 200;

/**
 * The answers of the application form in a posted page, as typed: text for single values, lists for boxes
 * ticked and for lists (one item a line), objects for groups; empty answers left out. Only the form's own
 * fields are read, so nothing else can reach the data.
 */
export function formDataFrom(form: ApplicationForm, posted: PostedValues): Record<string, unknown> {
  return readFields(form.fields, posted);
}

function readFields(fields: readonly FormField[], posted: PostedValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = readField(field, posted);
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

function readField(field: FormField, posted: PostedValues): unknown {
  if (field.kind === 'group') {
    const group = readFields(field.fields ?? [], posted);
    return Object.keys(group).length > 0 ? group : undefined;
  }
  const values = posted(fieldName(field.pointer)).map((v) => v.slice(0, MAX_TEXT));
  if (field.kind === 'choices') {
    const ticked = values.filter((v) => v !== '').slice(0, MAX_ITEMS);
    return ticked.length > 0 ? ticked : undefined;
  }
  if (field.kind === 'list') {
    const items = values
      .flatMap((v) => v.split(/\r?\n/))
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .slice(0, MAX_ITEMS);
    return items.length > 0 ? items : undefined;
  }
  const value = values.at(-1);
  if (value === undefined || value.trim() === '') return undefined;
  if (field.kind === 'date') return isoDate(value);
  if (field.kind === 'number') return value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return value;
}

/**
 * A date as the schema wants it (`yyyy-mm-dd`, what a date control sends), also when typed the Vietnamese way
 * into a browser without a date control (`30/04/1990`); anything else as typed, for the check to refuse.
 */
function isoDate(value: string): string {
  const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!typed) return value.trim();
  const [, day, month, year] = typed;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** The answer at a field's pointer in the form's data, if any. */
export function answerAt(data: Record<string, unknown>, pointer: string): unknown {
  let current: unknown = data;
  for (const key of pointer.split('/').slice(1)) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
