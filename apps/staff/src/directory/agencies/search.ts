import { type ListSearch, listSearch, optionalBoolean, optionalString } from '../../shared/search-params.ts';

export interface AgenciesSearch extends ListSearch {
  /** the agency picked in the tree: the table lists what lies directly under it */
  parentId?: string | undefined;
  inactive?: boolean | undefined;
}

export function agenciesSearch(search: Record<string, unknown>): AgenciesSearch {
  return {
    ...listSearch(search),
    parentId: optionalString(search.parentId),
    inactive: optionalBoolean(search.inactive),
  };
}

export const agencyTabs = ['info', 'departments', 'officials', 'accounts', 'hours'] as const;
export type AgencyTab = (typeof agencyTabs)[number];

export function agencyDetailSearch(search: Record<string, unknown>): { tab?: AgencyTab | undefined } {
  const tab = agencyTabs.find((t) => t === search.tab);
  return { tab };
}
