import { type ListSearch, listSearch, optionalString } from '../shared/search-params.ts';

export interface AuditSearch extends Omit<ListSearch, 'q'> {
  action?: string | undefined;
  /** ISO dates (YYYY-MM-DD), inclusive */
  from?: string | undefined;
  to?: string | undefined;
}

const isoDate = (value: unknown) => {
  const text = optionalString(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};

export function auditSearch(search: Record<string, unknown>): AuditSearch {
  const { page, pageSize } = listSearch(search);
  return {
    page,
    pageSize,
    action: optionalString(search.action),
    from: isoDate(search.from),
    to: isoDate(search.to),
  };
}
