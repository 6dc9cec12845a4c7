import type { Executor } from '../../platform/db/database.ts';

/**
 * The path of the province's root agency (the provincial People's Committee): the catalogue of
 * procedures is province-wide, so permissions over it are held there. Empty when there is no root yet,
 * which leaves only those who hold a permission everywhere.
 */
export async function provinceRootPath(db: Executor): Promise<string[]> {
  const root = await db
    .selectFrom('agencies')
    .select('path')
    .where('parentId', 'is', null)
    .orderBy('createdAt')
    .executeTakeFirst();
  return root?.path ?? [];
}

export function formOf(db: Executor, procedureId: string, lock = false) {
  let query = db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'formSchema', 'updatedAt'])
    .where('id', '=', procedureId);
  if (lock) query = query.forNoKeyUpdate();
  return query.executeTakeFirst();
}

export async function setForm(
  db: Executor,
  procedureId: string,
  schema: Record<string, unknown> | null,
  userId: string,
): Promise<void> {
  await db
    .updateTable('procedures')
    .set({
      formSchema: schema === null ? null : JSON.stringify(schema),
      updatedAt: new Date(),
      updatedBy: userId,
    })
    .where('id', '=', procedureId)
    .execute();
}
