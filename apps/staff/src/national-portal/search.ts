import { optionalString } from '../shared/search-params.ts';

export interface NationalPortalSearch {
  /** only the requests sent for the dossier with this code */
  code?: string | undefined;
}

export function nationalPortalSearch(search: Record<string, unknown>): NationalPortalSearch {
  return { code: optionalString(search.code) };
}
