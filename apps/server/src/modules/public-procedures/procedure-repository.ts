import type { ProcedureRecord } from '@congso/one-stop';
import type { OnlineService, PublicOffering, PublicProcedure, PublicRequiredDocument } from '@congso/portal';
import { sql } from 'kysely';
import { type Executor, PREPARE } from '../../platform/db/database.ts';
import { templatePublicPath } from '../procedures/template-schema.ts';

/**
 * The SQL of one procedure's public page: the procedure in use, where it is offered and how, its templates.
 * One prepared statement (the text never varies), written as SQL text: the page is public and busy.
 */

interface StepRow {
  agencyId: string;
  agencyName: string;
  address: string | null;
  phone: string | null;
  name: string;
  days: number;
  handlerAgency: string;
  handlerDepartment: string | null;
}

/** The catalogue's own record (less the issuing body, which the page does not show) and its steps. */
interface ProcedureRow extends Omit<ProcedureRecord, 'issuingBody'> {
  /** At every working agency that offers it, in the directory's order, each agency's steps in order. */
  steps: StepRow[];
  templates: { id: string; document: string; fileName: string; size: number }[];
}

function procedureByCode(db: Executor, code: string) {
  return sql<ProcedureRow>`select ${PREPARE} p.code, p.name, p.field, p.level, p.kind, p.decision_ref,
      p.applicant_types, p.competent_authority, p.implementing_agency, p.online_service, p.processing_days,
      p.processing_time_text, p.channels, p.fees, p.required_documents, p.results, p.legal_basis, p.conditions,
      p.sequence_text, p.source_url,
      coalesce((select json_agg(json_build_object('agencyId', s.agency_id, 'agencyName', a.name,
          'address', a.address, 'phone', a.phone, 'name', s.name, 'days', s.days, 'handlerAgency', h.name,
          'handlerDepartment', d.name)
          order by a.sort_order, a.name collate vietnamese, s.agency_id, s.position)
        from processing_steps s
        join agencies a on a.id = s.agency_id and a.is_active
        join agencies h on h.id = s.handler_agency_id
        left join departments d on d.id = s.handler_department_id
        where s.procedure_id = p.id), '[]') as steps,
      coalesce((select json_agg(json_build_object('id', t.id, 'document', t.document, 'fileName', t.file_name,
          'size', b.size))
        from procedure_templates t join blobs b on b.id = t.blob_id
        where t.procedure_id = p.id), '[]') as templates
    from procedures p
    where p.code = ${code} and p.active`.execute(db);
}

function offeringsOf(rows: StepRow[], onlineService: OnlineService): PublicOffering[] {
  const offerings = new Map<string, PublicOffering>();
  for (const row of rows) {
    let offering = offerings.get(row.agencyId);
    if (!offering) {
      offering = {
        agencyId: row.agencyId,
        agencyName: row.agencyName,
        address: row.address,
        phone: row.phone,
        steps: [],
        totalDays: 0,
        appliesOnline: onlineService !== 'none',
      };
      offerings.set(row.agencyId, offering);
    }
    offering.steps.push({
      name: row.name,
      unit: row.handlerDepartment ? `${row.handlerDepartment}, ${row.handlerAgency}` : row.handlerAgency,
      days: row.days,
    });
    // hundredths of a day, as the steps keep them: no 0.30000000000000004
    offering.totalDays = Math.round((offering.totalDays + row.days) * 100) / 100;
  }
  return [...offerings.values()];
}

/** The public page of a procedure in use, by its code; undefined when there is none (or it is not in use). */
export async function publicProcedure(db: Executor, code: string): Promise<PublicProcedure | undefined> {
  const row = (await procedureByCode(db, code)).rows[0];
  if (!row) return undefined;
  const { steps, templates, ...procedure } = row;
  const files = new Map(templates.map((t) => [t.document, t]));
  const requiredDocuments: PublicRequiredDocument[] = row.requiredDocuments.map((d) => {
    const file = files.get(d.name);
    return {
      ...d,
      templateFile: file
        ? { url: templatePublicPath(row.code, file.id), fileName: file.fileName, size: file.size }
        : null,
    };
  });
  return { ...procedure, requiredDocuments, offerings: offeringsOf(steps, row.onlineService) };
}
