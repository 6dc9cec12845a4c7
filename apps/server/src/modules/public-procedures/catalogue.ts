import type { ProcedureFacets, ProcedureSearch, ProcedureSearchResult } from '@congso/portal';
import type { Database } from '../../platform/db/database.ts';
import { cachedByKeyFor, cachedFor } from './cached.ts';
import { facets, procedurePage, receivingAgencies } from './catalogue-repository.ts';

export interface PublicCatalogue {
  search(search: ProcedureSearch, pageSize: number): Promise<ProcedureSearchResult>;
  facets(): Promise<ProcedureFacets>;
}

/** How long a page of results is reused for the same search (the catalogue changes rarely; ten seconds late at most). */
const RESULTS_TTL_MS = 10_000;
/** Different searches whose results are kept at once (a few megabytes). */
const RESULTS_KEPT = 1000;

/**
 * The public catalogue's search. What every page shows and changes only when the catalogue's keepers change
 * it — the filters' choices, and which agencies receive each procedure — is read once every `ttlMs`; a page
 * of results is reused for the same search for ten seconds (at most `ttlMs`), so a popular search (the front
 * page's box, the first page of a field) costs the database once in that time. A change to the catalogue
 * shows in the results within ten seconds, in the agency lists and the filters within `ttlMs`.
 */
export function publicCatalogue(db: Database, ttlMs: number): PublicCatalogue {
  const choices = cachedFor(ttlMs, () => facets(db));
  const agencies = cachedFor(ttlMs, () => receivingAgencies(db));
  const results = cachedByKeyFor(Math.min(ttlMs, RESULTS_TTL_MS), RESULTS_KEPT, async (key) => {
    const { search, pageSize } = JSON.parse(key) as { search: ProcedureSearch; pageSize: number };
    const [page, offered] = await Promise.all([procedurePage(db, search, pageSize), agencies()]);
    const items = page.rows.map(({ id, ...row }) => {
      const names = offered.get(id) ?? [];
      return { ...row, agencies: names, appliesOnline: row.onlineService !== 'none' && names.length > 0 };
    });
    return { items, total: page.total, page: search.page, pageSize };
  });
  return {
    facets: choices,
    // the search as read from the address, its keys always in the same order: one key per search
    search: (search, pageSize) => results(JSON.stringify({ search, pageSize })),
  };
}
