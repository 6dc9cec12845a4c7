import { type ListSearch, listSearch, optionalBoolean, optionalString } from '../shared/search-params.ts';
import type { OnlineService } from './types.ts';

export interface ProceduresSearch extends ListSearch {
  field?: string | undefined;
  level?: string | undefined;
  onlineService?: OnlineService | undefined;
  /** also the procedures no longer in use (by default only those in use are listed) */
  inactive?: boolean | undefined;
}

const onlineServices: readonly OnlineService[] = ['full', 'partial', 'none'];

export function proceduresSearch(search: Record<string, unknown>): ProceduresSearch {
  return {
    ...listSearch(search),
    field: optionalString(search.field),
    level: optionalString(search.level),
    onlineService: onlineServices.find((o) => o === search.onlineService),
    inactive: optionalBoolean(search.inactive) || undefined,
  };
}

/** The tab of a procedure's page: any tab's key (tabs added later need no change here). */
export const procedureDetailSearch = (search: Record<string, unknown>): { tab?: string | undefined } => ({
  tab: optionalString(search.tab),
});

export const importsSearch = (search: Record<string, unknown>): ListSearch => listSearch(search);
