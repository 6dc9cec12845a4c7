import type { ProcedureDetail, ProcedureInput } from './types.ts';

/** The procedure form's values: what staff edit, and the code when adding one. */
export type ProcedureFormValues = ProcedureInput & { code?: string };

/** A procedure added by hand starts so: nothing known, not online, in use. */
export const blankProcedure: ProcedureInput = {
  name: '',
  field: '',
  level: '',
  kind: '',
  decisionRef: '',
  applicantTypes: '',
  issuingBody: '',
  implementingAgency: '',
  onlineService: 'none',
  processingDays: null,
  processingTimeText: '',
  fees: [],
  requiredDocuments: [],
  results: [],
  legalBasis: [],
  conditions: '',
  active: true,
};

/** The editable parts of a procedure, as the form holds them. */
export function formValuesOf(procedure: ProcedureDetail): ProcedureFormValues {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(blankProcedure) as (keyof ProcedureInput)[]) values[key] = procedure[key];
  return values as unknown as ProcedureFormValues;
}

/**
 * The form's values as the API takes them: cells left empty in a list are empty strings (the server keeps
 * '' for "not given"), an amount cleared is null, a new document is required unless unticked.
 */
export function inputOf(values: ProcedureFormValues): ProcedureFormValues {
  return {
    ...values,
    fees: (values.fees ?? []).map((f) => ({ name: f.name, amount: f.amount ?? null, text: f.text ?? '' })),
    requiredDocuments: (values.requiredDocuments ?? []).map((d) => ({
      name: d.name,
      template: d.template ?? '',
      quantity: d.quantity ?? '',
      required: d.required ?? true,
      group: d.group ?? '',
    })),
    results: (values.results ?? []).map((r) => ({ name: r.name, code: r.code ?? '' })),
    legalBasis: (values.legalBasis ?? []).map((l) => ({
      title: l.title ?? '',
      reference: l.reference ?? '',
    })),
  };
}

/** Equal as JSON, whatever the order of the keys. */
function sameValue(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, w]) => [k, sorted(w)]),
          )
        : v;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/** What an edit changed: the parts whose value differs from before, nothing else. */
export function changesOf(before: ProcedureFormValues, after: ProcedureFormValues): Partial<ProcedureInput> {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) => key !== 'code' && !sameValue(value, before[key as keyof ProcedureFormValues]),
    ),
  );
}
