import { type ApplicationForm, readApplicationForm } from '@congso/one-stop';
import type { DraftProblems, DraftView } from '@congso/portal';
import type { Executor } from '../../platform/db/database.ts';
import type { OfferedProcedureRow } from '../dossiers/receiving-repository.ts';
import { detailsOf, draftDocuments } from './checks.ts';
import { type ApplicationRow, filesOf, findAgency } from './repository.ts';

/** The application form a procedure's schema describes; null when it has none or it cannot be drawn. */
export function formOf(procedure: Pick<OfferedProcedureRow, 'formSchema'>): ApplicationForm | null {
  if (!procedure.formSchema) return null;
  const read = readApplicationForm(procedure.formSchema);
  return 'form' in read ? read.form : null;
}

/** What the draft page shows of a draft: as stored, its files, and what is to be told. */
export async function draftView(
  db: Executor,
  draft: ApplicationRow,
  procedure: OfferedProcedureRow,
  uploadLimitBytes: number,
  told: { problems?: DraftProblems; notice?: string } = {},
): Promise<DraftView> {
  const [files, agency] = await Promise.all([filesOf(db, draft.id), findAgency(db, draft.agencyId)]);
  const byRequirement = new Map(files.map((f) => [f.requirement, f]));
  return {
    id: draft.id,
    procedure: { code: procedure.code, name: procedure.name },
    agencyName: agency?.name ?? '',
    applicantKind: draft.applicantKind,
    applicant: detailsOf(draft),
    form: formOf(procedure),
    formData: draft.formData,
    documents: draftDocuments(procedure).map((doc, index) => {
      const file = byRequirement.get(doc.name);
      return {
        index,
        name: doc.name,
        quantity: doc.quantity,
        required: doc.required,
        template: doc.template,
        file: file ? { name: file.fileName, size: file.size } : null,
      };
    }),
    resultDelivery: draft.resultDelivery,
    postalAddress: draft.postalAddress,
    uploadLimitBytes,
    ...(told.problems ? { problems: told.problems } : {}),
    ...(told.notice ? { notice: told.notice } : {}),
  };
}
