import { type ListSearch, listSearch, optionalString } from '../../shared/search-params.ts';

export interface UsersSearch extends ListSearch {
  agencyId?: string | undefined;
}

export function usersSearch(search: Record<string, unknown>): UsersSearch {
  return { ...listSearch(search), agencyId: optionalString(search.agencyId) };
}
