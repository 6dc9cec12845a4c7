import { sql } from 'kysely';
import type { Database } from '../platform/db/database.ts';

/** An agency named on the command line by its id, its QCVN 102 code or its full name. */
export async function findAgency(db: Database, ref: string): Promise<{ id: string; name: string }> {
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb(sql`id::text`, '=', ref), eb('code', '=', ref), eb('name', '=', ref)]))
    .executeTakeFirst();
  if (!agency) throw new Error(`Không tìm thấy cơ quan "${ref}" (dùng id, mã định danh hoặc tên đầy đủ)`);
  return agency;
}
