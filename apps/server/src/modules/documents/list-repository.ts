import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { matchesPhrases } from '../../platform/db/search.ts';
import { offsetOf } from '../../platform/http/paging.ts';
import {
  clearedFor,
  type DocumentRow,
  inReadScope,
  involvedIn,
  selectDocuments,
  type Viewer,
  visibleTo,
} from './repository.ts';
import type { ListDocuments } from './schema.ts';

// The SQL of document lists and search. A list without words is read in index order; a search goes through
// the word index (agency first, then words: `documents_search_words` on (agency_id, search_words)), counted up
// to COUNT_LIMIT, and pages its matches one of two ways depending on how many there are.

/** Counting stops here: past it a list says "more than" (counting every match of a common phrase is slow). */
export const COUNT_LIMIT = 1000;

/**
 * How many of the newest visible documents a search walks through, newest first, when its phrase is common
 * (more than COUNT_LIMIT matches): a page of the newest matches is then found within the first few thousand
 * rows, where collecting and sorting every match would read tens of thousands.
 */
const WALK_LIMIT = 30_000;

/** Everything a list asks for except the words searched and who may see what. */
function listFilter(query: ListDocuments): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`true`];
  if (query.agencyId) parts.push(sql<SqlBool>`d.agency_id = ${query.agencyId}`);
  if (query.direction) parts.push(sql<SqlBool>`d.direction = ${query.direction}`);
  if (query.documentType) parts.push(sql<SqlBool>`d.document_type = ${query.documentType}`);
  if (query.status) parts.push(sql<SqlBool>`d.status = ${query.status}`);
  if (query.urgentOnly === 'true') parts.push(sql<SqlBool>`d.urgency_rank > 0`);
  if (query.from) parts.push(sql<SqlBool>`coalesce(d.issued_on, d.received_at::date) >= ${query.from}::date`);
  if (query.to) parts.push(sql<SqlBool>`coalesce(d.issued_on, d.received_at::date) <= ${query.to}::date`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export interface DocumentPage {
  items: DocumentRow[];
  total: number;
  /** more than `total` (= COUNT_LIMIT) match */
  more: boolean;
}

export function listDocuments(db: Executor, viewer: Viewer, query: ListDocuments): Promise<DocumentPage> {
  return query.q ? searchDocuments(db, viewer, query, query.q) : browseDocuments(db, viewer, query);
}

/** A queue or a filtered list: urgent documents still waiting for someone first (Art. 23(1)), then the newest. */
async function browseDocuments(db: Executor, viewer: Viewer, query: ListDocuments): Promise<DocumentPage> {
  const where = sql<SqlBool>`${visibleTo(viewer)} and ${listFilter(query)}`;
  // the count and the page are independent: two connections work on them at once
  const [items, total] = await Promise.all([
    selectDocuments(db)
      .where(where)
      .orderBy(
        sql`case when d.status in ('received', 'registered', 'submitted') then d.urgency_rank else 0 end`,
        'desc',
      )
      .orderBy('d.receivedAt', 'desc')
      .orderBy('d.id')
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize))
      .execute(),
    countUpTo(db, sql`select 1 from documents d where ${where}`),
  ]);
  return { items, total: Math.min(total, COUNT_LIMIT), more: total > COUNT_LIMIT };
}

/**
 * A search, newest first. The matches are looked up in two parts, each served by an index: those in the
 * agencies the viewer reads (the word index, agency first, reads only that agency's postings) and those the
 * viewer is involved in elsewhere (a handful). Few matches are then sorted; many are paged by walking the
 * newest visible documents instead (the database can't tell which from its statistics, as the words of a
 * phrase come together far more often than chance).
 */
async function searchDocuments(
  db: Executor,
  viewer: Viewer,
  query: ListDocuments,
  q: string,
): Promise<DocumentPage> {
  const filter = sql<SqlBool>`${listFilter(query)} and ${clearedFor(viewer)} and ${matchesPhrases('d.search_words', q)}`;
  const scope = inReadScope(viewer);
  const matches = sql`
    select d.id, d.received_at from documents d where ${filter} and ${scope}
    union all
    select d.id, d.received_at from documents d where ${filter} and ${involvedIn(viewer)} and not (${scope})`;
  const total = await countUpTo(db, matches);
  const offset = offsetOf(query.page, query.pageSize);
  const walked = total > COUNT_LIMIT ? await walkNewest(db, viewer, query, q, offset) : undefined;
  const ids =
    walked ??
    (
      await sql<{ id: string }>`select m.id from (${matches}) m order by m.received_at desc, m.id
        limit ${query.pageSize} offset ${offset}`.execute(db)
    ).rows.map((r) => r.id);
  return {
    items: await documentsIn(db, ids),
    total: Math.min(total, COUNT_LIMIT),
    more: total > COUNT_LIMIT,
  };
}

/** How many rows `rows` gives, stopping just past COUNT_LIMIT. */
async function countUpTo(db: Executor, rows: Expression<unknown>): Promise<number> {
  const { rows: counted } = await sql<{ total: number }>`
    select count(*)::int as total from (select 1 from (${rows}) r limit ${COUNT_LIMIT + 1}) counted`.execute(
    db,
  );
  return counted[0]!.total;
}

/**
 * The ids of a page of the newest matches, found by walking the WALK_LIMIT newest documents of the agencies the
 * viewer reads (along their date index) and adding the few the viewer is involved in elsewhere; undefined when
 * the walk holds too few.
 */
async function walkNewest(db: Executor, viewer: Viewer, query: ListDocuments, q: string, offset: number) {
  const filter = sql<SqlBool>`${listFilter(query)} and ${clearedFor(viewer)}`;
  const scope = inReadScope(viewer);
  const words = matchesPhrases('d.search_words', q);
  const wanted = offset + query.pageSize;
  const { rows } = await sql<{ id: string; walked: number }>`
    select m.id, (count(*) filter (where m.walked) over ())::int as walked from (
      (select w.id, w.received_at, true as walked from (
        select d.id, d.received_at, d.search_words from documents d where ${filter} and ${scope}
        order by d.received_at desc, d.id limit ${WALK_LIMIT}
      ) w
      where ${matchesPhrases('w.search_words', q)}
      order by w.received_at desc, w.id limit ${wanted})
      union all
      select d.id, d.received_at, false from documents d
      where ${filter} and ${words} and ${involvedIn(viewer)} and not (${scope})
    ) m
    order by m.received_at desc, m.id limit ${wanted}`.execute(db);
  // the walk must reach as far as the page: past its end, older matches it never saw would be missing
  if ((rows[0]?.walked ?? 0) < wanted) return undefined;
  return rows.slice(offset).map((r) => r.id);
}

/** The documents of `ids`, in that order. */
async function documentsIn(db: Executor, ids: string[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await selectDocuments(db).where('d.id', 'in', ids).execute()).map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id)!);
}
