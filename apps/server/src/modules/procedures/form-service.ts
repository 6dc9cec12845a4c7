import { inFieldOrder, readApplicationForm, withFieldOrder } from '@congso/one-stop';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { formSchemaProblems } from './form-check.ts';
import * as repo from './form-repository.ts';
import type { ApplicationFormView, SaveForm } from './form-schema.ts';
import { provinceRootPath } from './repository.ts';
import { requireManager } from './service.ts';

type Schema = Record<string, unknown>;

async function formRow(db: Executor, id: string, lock = false) {
  const row = await repo.formOf(db, id, lock);
  if (!row) throw notFound('Không tìm thấy thủ tục hành chính');
  return row;
}

/** The form of a procedure (null: none yet). Any staff member reads it; the catalogue's managers change it. */
export async function getForm(db: Executor, ctx: RequestContext, id: string): Promise<ApplicationFormView> {
  const actor = actorOf(ctx);
  const row = await formRow(db, id);
  return {
    procedure: { id: row.id, code: row.code, name: row.name },
    // the fields as written, in their order (the stored form keeps it in `x-order`: jsonb sorts keys)
    schema: row.formSchema ? inFieldOrder(row.formSchema as Schema) : null,
    updatedAt: row.updatedAt,
    can: { manage: can(actor, 'procedures.manage', await provinceRootPath(db)) },
  };
}

/** What the audit log keeps of a form: its title and the keys of its fields, not the whole schema. */
function outline(schema: unknown) {
  if (schema === null || schema === undefined) return null;
  const read = readApplicationForm(schema);
  if (!('form' in read)) return { invalid: true };
  return {
    title: read.form.title,
    fields: read.form.fields.map((f) => (f.fields ? { [f.key]: f.fields.map((g) => g.key) } : f.key)),
  };
}

/**
 * Sets (or, with null, removes) a procedure's application form. The catalogue is province-wide, so this
 * needs `procedures.manage` at the province's root agency. A schema outside the subset the renderers draw,
 * or not valid JSON Schema, is refused with every problem at its place under `/body/schema`.
 */
export async function saveForm(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: SaveForm,
): Promise<ApplicationFormView> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(
      trx,
      actor,
      'Chỉ người được giao quản lý danh mục thủ tục hành chính của tỉnh mới sửa được tờ khai',
    );
    const row = await formRow(trx, id, true);
    if (input.schema !== null) {
      const problems = formSchemaProblems(input.schema);
      if (problems.length > 0)
        throw invalid(
          `Biểu mẫu chưa dùng được: ${problems.map((p) => p.message).join('; ')}`,
          problems.map((p) => ({ pointer: `/body/schema${p.pointer}`, detail: p.message })),
        );
    }
    await repo.setForm(trx, id, input.schema && withFieldOrder(input.schema), actor.userId);
    await recordAudit(trx, ctx, {
      action: 'procedures.form.update',
      agencyId: rootId,
      targetType: 'procedure',
      targetId: id,
      summary: { code: row.code, before: outline(row.formSchema), after: outline(input.schema) },
    });
  });
  return getForm(db, ctx, id);
}
