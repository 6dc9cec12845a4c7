import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { conflict, type FieldError, invalid, type Problem } from '../../platform/http/problem.ts';
import { actorOf, agencyFor } from '../documents/access.ts';
import { checkFormData } from '../procedures/form-check.ts';
import {
  findProcedure,
  type OfferedProcedureRow,
  type ProcedureStepRow,
  procedureSteps,
  receivableProcedures,
} from './receiving-repository.ts';
import type { OfferedProcedure } from './schema.ts';

/**
 * What a procedure asks of a dossier at the counter: that it may be received here at all (active, with a
 * legal processing time, offered at the agency), the application form filled in as its schema says, and
 * the required documents (thành phần hồ sơ) handed in.
 */
export interface ReceivableProcedure extends OfferedProcedureRow {
  processingDays: number;
  /** The processing steps at the receiving agency, at least a receiving step and one after it. */
  steps: ProcedureStepRow[];
}

/**
 * The procedure when a dossier of it may be received at the agency; otherwise `problem` says why (a field
 * error on the counter's form, or a conflict for a dossier already recorded).
 */
export async function receivableProcedure(
  db: Executor,
  procedureId: string,
  agencyId: string,
  problem: (detail: string) => Problem = conflict,
): Promise<ReceivableProcedure> {
  const procedure = await findProcedure(db, procedureId);
  if (!procedure) throw problem('Không tìm thấy thủ tục hành chính');
  if (!procedure.active) throw problem(`Thủ tục "${procedure.name}" đã ngừng áp dụng`);
  if (procedure.processingDays === null)
    throw problem(
      `Thủ tục "${procedure.name}" chưa có thời hạn giải quyết theo quy định nên chưa tiếp nhận được hồ sơ`,
    );
  const steps = (await procedureSteps(db, [procedure.id], agencyId)).get(procedure.id)!;
  if (steps.length === 0)
    throw problem(
      `Thủ tục "${procedure.name}" chưa có quy trình nội bộ tại cơ quan này nên chưa tiếp nhận được`,
    );
  if (steps.length < 2 || steps[0]!.role !== 'receive')
    throw problem(
      `Quy trình nội bộ của thủ tục "${procedure.name}" tại cơ quan này chưa đúng; hãy sửa trước`,
    );
  return { ...procedure, processingDays: procedure.processingDays, steps };
}

/**
 * The procedures a counter may receive at its agency (the one named, or the person's own), matching every
 * word of `q`: active, with a legal time, and steps there; each with its required documents, form and steps.
 */
export async function offeredProcedures(
  db: Executor,
  ctx: RequestContext,
  query: { agencyId?: string | undefined; q?: string | undefined; limit: number },
): Promise<OfferedProcedure[]> {
  const agency = await agencyFor(db, actorOf(ctx), query.agencyId, 'dossiers.receive');
  const rows = await receivableProcedures(db, agency.id, query.q, query.limit);
  const steps = await procedureSteps(
    db,
    rows.map((r) => r.id),
    agency.id,
  );
  return rows.map(({ active: _active, ...row }) => ({
    ...row,
    processingDays: row.processingDays!,
    steps: steps.get(row.id)!.map((s) => ({
      position: s.position,
      name: s.name,
      role: s.role,
      days: s.days,
      handlerAgency: { id: s.handlerAgencyId, name: s.handlerAgencyName },
    })),
  }));
}

/** A field error about the procedure chosen on the counter's form. */
export const procedureProblem = (detail: string) =>
  invalid(detail, [{ pointer: '/body/procedureId', detail }]);

/**
 * The application form as checked against the procedure's schema (`checkFormData`): the cleaned data, or a
 * validation error with each problem at its place under `/body/formData`. A procedure without a form takes
 * no form data.
 */
export function checkApplicationForm(procedure: ReceivableProcedure, data: Record<string, unknown>) {
  if (!procedure.formSchema) {
    if (Object.keys(data).length === 0) return {};
    const detail = 'Thủ tục này không có tờ khai điện tử';
    throw invalid(detail, [{ pointer: '/body/formData', detail }]);
  }
  let check: ReturnType<typeof checkFormData>;
  try {
    check = checkFormData(procedure.formSchema, data);
  } catch {
    throw conflict('Biểu mẫu tờ khai của thủ tục chưa dùng được; hãy báo quản trị danh mục thủ tục');
  }
  if (check.ok) return check.data;
  const errors = check.problems.map((p) => ({ pointer: `/body/formData${p.pointer}`, detail: p.message }));
  throw invalid(`Tờ khai chưa đúng: ${errors.map((e) => e.detail).join('; ')}`, errors);
}

export interface HandedIn {
  requirement: string;
  copyKind: 'original' | 'copy' | 'certified_copy' | 'electronic';
  quantity: number;
  blobId?: string | null | undefined;
}

/**
 * The papers handed in: each answers a required document of the procedure, once. A dossier received as
 * complete holds every required one (a paper copy or a scan); `pointer` is where the list is in the body.
 */
export function checkHandedIn(
  procedure: Pick<ReceivableProcedure, 'requiredDocuments'>,
  documents: readonly HandedIn[],
  complete: boolean,
  pointer = '/body/documents',
): void {
  const names = new Set(procedure.requiredDocuments.map((d) => d.name));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  documents.forEach((d, i) => {
    if (!names.has(d.requirement))
      errors.push({
        pointer: `${pointer}/${i}/requirement`,
        detail: 'Không phải thành phần hồ sơ của thủ tục',
      });
    else if (seen.has(d.requirement))
      errors.push({
        pointer: `${pointer}/${i}/requirement`,
        detail: 'Thành phần hồ sơ này đã được ghi ở trên',
      });
    seen.add(d.requirement);
    if (d.quantity === 0 && !d.blobId)
      errors.push({ pointer: `${pointer}/${i}/quantity`, detail: 'Ghi số bản giấy hoặc đính kèm bản quét' });
  });
  if (complete) {
    const missing = procedure.requiredDocuments.filter((r) => r.required && !seen.has(r.name));
    if (missing.length > 0)
      errors.push({
        pointer,
        detail: `Hồ sơ còn thiếu thành phần bắt buộc: ${missing.map((m) => m.name).join('; ')}. Hãy hướng dẫn bổ sung`,
      });
  }
  if (errors.length > 0) throw invalid(errors.map((e) => e.detail).join('; '), errors);
}
