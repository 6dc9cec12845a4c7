import type {
  ApplicantKind,
  CopyKind,
  HandedInDocument,
  OfferedProcedure,
  ReceiveInput,
  ResultDelivery,
  SupplementItem,
} from '../types.ts';

/** One line of the counter's checklist: a required document of the procedure, and what was handed in. */
export interface ChecklistRow {
  handed: boolean;
  copyKind: CopyKind;
  quantity: number | null;
  /** A scan uploaded ahead of the receipt, and its name to show. */
  blobId?: string | null;
  fileName?: string | null;
}

/** The counter's form as Ant Design holds it. */
export interface ReceiveFormValues {
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
  };
  summary?: string | null;
  checklist: ChecklistRow[];
  resultDelivery: ResultDelivery;
  postalAddress?: string | null;
  note?: string | null;
}

/**
 * What the catalogue's wording asks for ("1 bản chính", "02 bản sao", "1 bản chính, 1 bản sao"): the copies
 * in all (at least one) and an original when only originals are asked for, else a copy.
 */
export function expectedCopies(quantity: string): { copyKind: CopyKind; quantity: number } {
  const counts = [...quantity.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const total = counts.reduce((sum, n) => sum + n, 0);
  const text = quantity.toLocaleLowerCase('vi');
  const originalOnly = text.includes('bản chính') && !text.includes('sao');
  return { copyKind: originalOnly ? 'original' : 'copy', quantity: Math.min(Math.max(total, 1), 100) };
}

/** The checklist a procedure starts with: nothing handed in yet, the copies the catalogue asks for. */
export function initialChecklist(procedure: OfferedProcedure): ChecklistRow[] {
  return procedure.requiredDocuments.map((d) => ({
    handed: false,
    ...expectedCopies(d.quantity),
    blobId: null,
    fileName: null,
  }));
}

const blankToNull = (text: string | null | undefined) => (text && text.trim() !== '' ? text.trim() : null);

/** The papers handed in, as the receipt lists them: the rows ticked, with their copies and scans. */
export function handedIn(
  procedure: OfferedProcedure,
  checklist: readonly ChecklistRow[],
): HandedInDocument[] {
  return procedure.requiredDocuments.flatMap((document, i) => {
    const row = checklist[i];
    if (!row?.handed) return [];
    return [
      {
        requirement: document.name,
        copyKind: row.copyKind,
        quantity: row.quantity ?? 0,
        ...(row.blobId ? { blobId: row.blobId } : {}),
      },
    ];
  });
}

/** The required documents not ticked: what a guidance to supplement (Mẫu 02) starts from. */
export function missingDocuments(procedure: OfferedProcedure, checklist: readonly ChecklistRow[]): string[] {
  return procedure.requiredDocuments.filter((d, i) => d.required && !checklist[i]?.handed).map((d) => d.name);
}

/** The request of a receipt (`complete`) or of a guidance to supplement (`incomplete`, with its items). */
export function receiptBodyOf(
  procedure: OfferedProcedure,
  values: ReceiveFormValues,
  formData: Record<string, unknown>,
  outcome: 'complete' | 'incomplete',
  supplementItems: SupplementItem[] = [],
): ReceiveInput {
  const { applicant } = values;
  return {
    procedureId: procedure.id,
    applicant: {
      kind: applicant.kind,
      name: applicant.name.trim(),
      idNumber: applicant.idNumber.trim(),
      phone: blankToNull(applicant.phone),
      email: blankToNull(applicant.email),
      address: blankToNull(applicant.address),
    },
    summary: blankToNull(values.summary),
    formData: procedure.formSchema ? formData : {},
    documents: handedIn(procedure, values.checklist),
    resultDelivery: values.resultDelivery,
    postalAddress: values.resultDelivery === 'post' ? blankToNull(values.postalAddress) : null,
    outcome,
    supplementItems: outcome === 'incomplete' ? supplementItems : [],
    note: blankToNull(values.note),
  };
}
