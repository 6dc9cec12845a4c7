/** Helpers for `validateSearch`: URL search values arrive as unknown and leave typed or absent. */

export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A calendar day as 'YYYY-MM-DD'; anything else is absent. */
export function isoDate(value: unknown): string | undefined {
  const text = optionalString(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function optionalBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

export interface ListSearch {
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export function listSearch(search: Record<string, unknown>): ListSearch {
  const pageSize = positiveInt(search.pageSize);
  return {
    q: optionalString(search.q),
    page: positiveInt(search.page),
    pageSize: pageSize && pageSize <= 100 ? pageSize : undefined,
  };
}

/** Drops undefined values so URLs stay short. */
export function compact<T extends Record<string, unknown>>(search: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(search).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
