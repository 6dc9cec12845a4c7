import type { FormField } from '@congso/one-stop/application-form';

/** What an application form holds: answers by field key, a group's answers in an object of their own. */
export type FormValue = Record<string, unknown>;

/** `/noiCuTru/tinh` → ['noiCuTru', 'tinh'] (RFC 6901 escapes undone). */
export function pointerKeys(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const isObject = (value: unknown): value is FormValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer at a field's pointer, if any. */
export function valueAt(value: FormValue, pointer: string): unknown {
  let current: unknown = value;
  for (const key of pointerKeys(pointer)) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

/**
 * A copy of the value with one answer changed. An answer cleared (empty text, no choice, an empty list)
 * is removed, and so is a group left with no answers: what is sent is what the applicant filled in.
 */
export function withValue(value: FormValue, pointer: string, next: unknown): FormValue {
  const [key, ...rest] = pointerKeys(pointer);
  if (key === undefined) return value;
  const inner =
    rest.length === 0 ? next : withValue(isObject(value[key]) ? value[key] : {}, `/${rest.join('/')}`, next);
  const { [key]: _old, ...others } = value;
  return isEmpty(inner) ? others : { ...others, [key]: inner };
}

/** A field problem as the API sends it. */
export interface PointedProblem {
  pointer: string;
  detail: string;
}

/**
 * The server's problems by the field they are about. Pointers are into the request (`/body/formData/hoTen`
 * with prefix `/body/formData`); a problem with an item of a list goes to the list. Problems no field shows
 * (a field the form no longer has, the whole form) are in `other`.
 */
export function problemsByField(
  problems: readonly PointedProblem[],
  fields: readonly FormField[],
  prefix = '',
): { byField: Map<string, string[]>; other: string[] } {
  const all = fields.flatMap((field) => [field, ...(field.fields ?? [])]);
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const problem of problems) {
    if (!problem.pointer.startsWith(prefix)) continue;
    const pointer = problem.pointer.slice(prefix.length);
    const field =
      all.find((f) => f.pointer === pointer) ??
      all.find((f) => (f.kind === 'list' || f.kind === 'choices') && pointer.startsWith(`${f.pointer}/`));
    if (!field) {
      other.push(problem.detail);
      continue;
    }
    byField.set(field.pointer, [...(byField.get(field.pointer) ?? []), problem.detail]);
  }
  return { byField, other };
}
