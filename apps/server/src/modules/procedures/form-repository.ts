import type { Executor } from '../../platform/db/database.ts';

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
