import { type ListSearch, listSearch, optionalBoolean, optionalString } from '../../shared/search-params.ts';

export interface OfficialsSearch extends ListSearch {
  agencyId?: string | undefined;
  sub?: boolean | undefined;
}

export function officialsSearch(search: Record<string, unknown>): OfficialsSearch {
  return {
    ...listSearch(search),
    agencyId: optionalString(search.agencyId),
    sub: optionalBoolean(search.sub),
  };
}
