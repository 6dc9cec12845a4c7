import { type ListSearch, listSearch, optionalBoolean, positiveInt } from '../shared/search-params.ts';
import type { WorkFileStatus } from './types.ts';

export interface WorkFilesSearch extends ListSearch {
  year?: number | undefined;
  status?: WorkFileStatus | undefined;
  mine?: boolean | undefined;
}

const validYear = (value: unknown) => {
  const year = positiveInt(value);
  return year && year >= 2000 && year <= 2999 ? year : undefined;
};

export function workFilesSearch(search: Record<string, unknown>): WorkFilesSearch {
  return {
    ...listSearch(search),
    year: validYear(search.year),
    status: search.status === 'open' || search.status === 'closed' ? search.status : undefined,
    mine: optionalBoolean(search.mine) || undefined,
  };
}

export interface FilePlanSearch {
  year?: number | undefined;
}

export const filePlanSearch = (search: Record<string, unknown>): FilePlanSearch => ({
  year: validYear(search.year),
});

const vietnamNow = () => new Date(Date.now() + 7 * 3_600_000);

/** Vietnam's year now (UTC+7): a plan's and a new file's default year. */
export const thisYear = () => vietnamNow().getUTCFullYear();

/** Vietnam's date today, `YYYY-MM-DD`, whatever the browser's time zone (the server counts dates so). */
export const vietnamToday = () => vietnamNow().toISOString().slice(0, 10);
