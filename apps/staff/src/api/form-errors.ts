import type { FormInstance } from 'antd';
import { type FieldProblem, isApiError } from './problem.ts';

type NamePath = (string | number)[];

/** `/body/roles/0/role` → ['roles', 0, 'role']; pointers outside the body give undefined. */
export function fieldPathOf(pointer: string): NamePath | undefined {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] !== 'body' || parts.length < 2) return undefined;
  return parts.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const key = (path: NamePath) => path.join('.');

/**
 * Shows the server's field errors on the form fields they point at (`/body/<field>`). `rename` maps a
 * request field to the form field showing it when they differ. Returns the errors no field could show.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  rename: Record<string, NamePath> = {},
): FieldProblem[] {
  if (!isApiError(error) || !error.problem.errors) return [];
  const registered = new Set(form.getFieldsError().map((f) => key(f.name)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldProblem[] = [];
  for (const problem of error.problem.errors) {
    const path = fieldPathOf(problem.pointer);
    const target = path ? (rename[key(path)] ?? (rename[String(path[0])] || path)) : undefined;
    // the field itself, else the nearest field holding it (a list item, the list)
    const candidates = target ? target.map((_, i) => target.slice(0, target.length - i)) : [];
    const name = candidates.find((c) => registered.has(key(c)));
    if (!name) {
      unmatched.push(problem);
      continue;
    }
    const entry = byField.get(key(name)) ?? { name, errors: [] };
    entry.errors.push(problem.detail);
    byField.set(key(name), entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}
