import type { Executor } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import { type ReceivableProcedure, receivableProcedure } from '../dossiers/receiving-procedure.ts';

/**
 * Where a procedure may be applied for online: what the counter needs to receive a dossier of it at an agency
 * (`receivableProcedure`: active, a legal processing time, processing steps there starting with receipt),
 * and besides, a procedure offered as an online public service (NĐ 42/2022: full or partial) at an active
 * agency with the code dossier codes start with. Anything else is "not offered" (404).
 */

const notOffered = (detail: string) => new Problem('not-found', detail);

/** The procedure of a national code (whatever its state), or undefined. */
export function procedureByCode(db: Executor, code: string) {
  return db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'active', 'onlineService'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The procedure as it may be applied for online at the agency; a not-found problem saying why not. */
export async function onlineProcedure(
  db: Executor,
  procedureId: string,
  agencyId: string,
): Promise<ReceivableProcedure> {
  const agency = await db
    .selectFrom('agencies')
    .select(['name', 'code', 'isActive'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency?.isActive) throw notOffered('Không tìm thấy cơ quan tiếp nhận hồ sơ');
  const procedure = await receivableProcedure(db, procedureId, agencyId, notOffered);
  if (procedure.onlineService === 'none')
    throw notOffered(`Thủ tục "${procedure.name}" chưa được cung cấp dịch vụ công trực tuyến`);
  if (!agency.code)
    throw notOffered(`${agency.name} chưa nhận hồ sơ trực tuyến (cơ quan chưa có mã định danh)`);
  return procedure;
}

/** The agencies where the procedure may be applied for online now, by name. */
export async function onlineAgencies(db: Executor, procedureId: string) {
  const candidates = await db
    .selectFrom('agencies as a')
    .select(['a.id', 'a.name', 'a.address'])
    .where('a.isActive', '=', true)
    .where('a.code', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('processingSteps as s')
          .select('s.position')
          .whereRef('s.agencyId', '=', 'a.id')
          .where('s.procedureId', '=', procedureId),
      ),
    )
    .orderBy('a.name')
    .execute();
  const offered = await Promise.all(
    candidates.map((agency) =>
      onlineProcedure(db, procedureId, agency.id).then(
        () => agency,
        (error: unknown) => {
          if (error instanceof Problem) return undefined;
          throw error;
        },
      ),
    ),
  );
  return offered.filter((agency) => agency !== undefined);
}
