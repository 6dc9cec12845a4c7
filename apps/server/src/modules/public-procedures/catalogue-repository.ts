import type { OnlineService, ProcedureFacets, ProcedureSearch } from '@congso/portal';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { type Executor, PREPARE } from '../../platform/db/database.ts';
import { matchesAllWords, searchKey } from '../../platform/db/search.ts';
import { containsPattern, offsetOf } from '../../platform/http/paging.ts';

/**
 * The SQL of the public catalogue: only procedures in use, only receiving agencies that work. A procedure
 * is offered at an agency when it has processing steps there; it can be applied for online when it is
 * offered somewhere and its online service is full or partial.
 *
 * The page of the search runs on every visit of the busiest public page, so it is written as SQL text
 * (building and compiling it with the query builder costs the server more than sending it) and sent as a
 * prepared statement (planning it cost the database more than running it; bench/portal). Its text depends
 * only on whether words were typed and how many (at most 12) and whether a field was chosen: the other
 * filters are parameters, each switched off by a null (or false).
 */

function filters(search: ProcedureSearch): RawBuilder<SqlBool> {
  const level = search.level ? containsPattern(search.level) : null;
  const online = search.online || null;
  const agency = search.agency || null;
  // a field, the filter chosen most, is part of the statement's text: compared in the index's collation
  // (equality is bytewise either way), it reads only that field's range of the index
  const field = search.field ? sql`and p.field collate vietnamese = ${search.field}` : sql``;
  return sql<SqlBool>`p.active ${field}
    and (${level}::text is null or p.level like ${level})
    and (${online}::text is null or p.online_service = ${online})
    and (${agency}::uuid is null or exists (select 1 from processing_steps s
      where s.procedure_id = p.id and s.agency_id = ${agency}))
    and (not ${search.onlyOnline} or (p.online_service <> 'none' and exists (select 1 from processing_steps s
      join agencies a on a.id = s.agency_id where s.procedure_id = p.id and a.is_active)))`;
}

export interface ProcedurePageRow {
  id: string;
  code: string;
  name: string;
  field: string;
  level: string;
  onlineService: OnlineService;
}

const columns = sql`id, code, name, field, level, online_service`;
/** The national list's chapters: by field, then name, in Vietnamese order (the order of an index). */
const catalogueOrder = sql`field collate vietnamese, name collate vietnamese, code`;

/**
 * A page of procedures in use and how many there are in all, in one statement that answers the total even
 * for a page past the end. Without words, the page is read in order from an index; with words, the matches
 * are found once (trigram index), counted and sorted: those with the words together first ("ho tich" in
 * "Hộ tịch" before "Chủ tịch… hội…"), the shortest name first among them (typed "dang ky khai sinh", the
 * procedure "Đăng ký khai sinh" before "Liên thông … đăng ký khai sinh, …"), then in the catalogue's order.
 */
export async function procedurePage(
  db: Executor,
  search: ProcedureSearch,
  pageSize: number,
): Promise<{ rows: ProcedurePageRow[]; total: number }> {
  const where = filters(search);
  // the page size as a literal, so that the plan made once knows how few rows it needs (an index walk)
  const limit = sql.lit(pageSize);
  const offset = offsetOf(search.page, pageSize);
  const phrase = searchKey(search.q).trim().replace(/\s+/g, ' ');
  const query = phrase
    ? sql<ProcedurePageRow & { total: number }>`
      with matched as materialized (
        select ${PREPARE} ${columns}, p.search like ${containsPattern(phrase)} as together
        from procedures p where ${where} and ${matchesAllWords('p.search', search.q)})
      select page.*, (select count(*) from matched) as total
      from (select ${columns} from matched
        order by together desc, case when together then length(name) end, ${catalogueOrder}
        limit ${limit} offset ${offset}) page
      right join (select) one on true`
    : sql<ProcedurePageRow & { total: number }>`
      select ${PREPARE} page.*, (select count(*) from procedures p where ${where}) as total
      from (select ${columns} from procedures p where ${where} order by ${catalogueOrder}
        limit ${limit} offset ${offset}) page
      right join (select) one on true`;
  const { rows } = await query.execute(db);
  return { rows: rows.filter((row) => row.code !== null), total: rows[0]?.total ?? 0 };
}

/** The working receiving agencies of every procedure offered somewhere, in the directory's order. */
export async function receivingAgencies(db: Executor): Promise<Map<string, string[]>> {
  const result = await sql<{ procedureId: string; names: string[] }>`
    select o.procedure_id, array_agg(a.name order by a.sort_order, a.name collate vietnamese) as names
    from (select distinct procedure_id, agency_id from processing_steps) o
    join agencies a on a.id = o.agency_id and a.is_active
    group by o.procedure_id`.execute(db);
  return new Map(result.rows.map((row) => [row.procedureId, row.names]));
}

/** The choices of the filters: fields and levels of the procedures in use, agencies that offer some. */
export async function facets(db: Executor): Promise<ProcedureFacets> {
  const [fields, agencies, levels] = await Promise.all([
    sql<{ field: string }>`
      select field from procedures where active and field <> '' group by field order by field collate vietnamese`.execute(
      db,
    ),
    sql<{ id: string; name: string }>`
      select a.id, a.name from agencies a
      where a.is_active and exists (select 1 from processing_steps s join procedures p on p.id = s.procedure_id
        where s.agency_id = a.id and p.active)
      order by a.sort_order, a.name collate vietnamese`.execute(db),
    sql<{ level: string }>`
      select level from (select distinct trim(part) as level
        from procedures, unnest(string_to_array(level, ',')) as part where active) levels
      where level <> '' order by level collate vietnamese`.execute(db),
  ]);
  return {
    fields: fields.rows.map((r) => r.field),
    agencies: agencies.rows,
    levels: levels.rows.map((r) => r.level),
  };
}
