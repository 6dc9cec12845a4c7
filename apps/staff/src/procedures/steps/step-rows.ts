import { type StepRole, totalHundredths } from '@congso/one-stop/processing-steps';
import type { PointedProblem } from '../../shared/json-schema-form/values.ts';
import type { ProcessingStep, StepInput } from './types.ts';

/** A step as the editor holds it: a stable key for React, and parts that may still be blank. */
export interface StepRow {
  key: string;
  name: string;
  role: StepRole;
  handlerAgencyId: string | undefined;
  handlerDepartmentId: string | null;
  days: number | null;
}

export type StepPart = 'name' | 'role' | 'handlerAgencyId' | 'handlerDepartmentId' | 'days';

const row = (values: Omit<StepRow, 'key'>): StepRow => ({ key: crypto.randomUUID(), ...values });

export const rowsOf = (steps: readonly ProcessingStep[]): StepRow[] =>
  steps.map((step) =>
    row({
      name: step.name,
      role: step.role,
      handlerAgencyId: step.handlerAgency.id,
      handlerDepartmentId: step.handlerDepartment?.id ?? null,
      days: step.days,
    }),
  );

/**
 * Where a new list starts: received at the agency's counter, handled, returned at the counter, the legal
 * time given to the handling (the usual shape; the manager splits it further).
 */
export function startingRows(
  agencyId: string,
  legalDays: number | null,
  names: Record<StepRole, string>,
): StepRow[] {
  const at = (role: StepRole, days: number | null) =>
    row({ name: names[role], role, handlerAgencyId: agencyId, handlerDepartmentId: null, days });
  return [at('receive', 0), at('handle', legalDays), at('return', 0)];
}

/** A handling step at the same agency, to be filled in. */
export const blankRow = (agencyId: string, name: string): StepRow =>
  row({ name, role: 'handle', handlerAgencyId: agencyId, handlerDepartmentId: null, days: null });

/** The rows with one moved up (-1) or down (+1); out of range, unchanged. */
export function moveRow(rows: readonly StepRow[], index: number, by: -1 | 1): StepRow[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** What is sent: blanks as they are, for the server to point at them. */
export const toInput = (rows: readonly StepRow[]): StepInput[] =>
  rows.map((r) => ({
    name: r.name,
    role: r.role,
    handlerAgencyId: r.handlerAgencyId ?? '',
    handlerDepartmentId: r.handlerDepartmentId,
    days: r.days ?? 0,
  }));

/** The running total in hundredths of a day (blank days count as none), compared with the legal time. */
export function runningTotal(rows: readonly StepRow[], legalDays: number | null) {
  const total = totalHundredths(rows.map((r) => ({ days: r.days ?? 0 })));
  const legal = legalDays === null ? null : Math.round(legalDays * 100);
  return { total, legal, matches: legal !== null && total === legal };
}

/**
 * The server's problems on the rows they point at (`/body/steps/2/days` → row 2, days); those about the
 * list as a whole (the sum, no handling step) and anything else go in `list`.
 */
export function problemsByRow(problems: readonly PointedProblem[]): {
  rows: Map<number, Partial<Record<StepPart, string[]>>>;
  list: string[];
} {
  const rows = new Map<number, Partial<Record<StepPart, string[]>>>();
  const list: string[] = [];
  for (const problem of problems) {
    const match = /^\/body\/steps\/(\d+)\/(\w+)/.exec(problem.pointer);
    if (!match) {
      list.push(problem.detail);
      continue;
    }
    const index = Number(match[1]);
    const part = match[2] as StepPart;
    const parts = rows.get(index) ?? {};
    parts[part] = [...(parts[part] ?? []), problem.detail];
    rows.set(index, parts);
  }
  return { rows, list };
}

/** Days in the user's language: "2,5" in Vietnamese, "2.5" in English. */
export const daysText = (days: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 }).format(days);
