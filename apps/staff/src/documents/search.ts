import {
  type ListSearch,
  listSearch,
  optionalBoolean,
  optionalString,
  positiveInt,
} from '../shared/search-params.ts';
import { type DocumentStatus, documentStatuses } from './types.ts';

export interface DocumentsSearch extends ListSearch {
  status?: DocumentStatus | undefined;
  documentType?: string | undefined;
  urgentOnly?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const isoDate = (value: unknown) => {
  const text = optionalString(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};

export function documentsSearch(search: Record<string, unknown>): DocumentsSearch {
  const status = optionalString(search.status);
  return {
    ...listSearch(search),
    status: documentStatuses.find((s) => s === status),
    documentType: optionalString(search.documentType),
    urgentOnly: optionalBoolean(search.urgentOnly) || undefined,
    from: isoDate(search.from),
    to: isoDate(search.to),
  };
}

export interface RegistersSearch {
  direction?: 'incoming' | 'outgoing' | undefined;
  year?: number | undefined;
  secret?: boolean | undefined;
}

export function registersSearch(search: Record<string, unknown>): RegistersSearch {
  const year = positiveInt(search.year);
  return {
    direction: search.direction === 'outgoing' ? 'outgoing' : undefined,
    year: year && year >= 2000 && year <= 2999 ? year : undefined,
    secret: optionalBoolean(search.secret) || undefined,
  };
}
