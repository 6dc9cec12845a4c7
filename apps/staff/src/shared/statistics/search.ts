import { isoDate, optionalBoolean, optionalString } from '../search-params.ts';
import { type PeriodUnit, periodUnits } from './period.ts';

/** The statistics page's URL: which agency, which days, with or without its sub-agencies. */
export interface StatisticsSearch {
  agencyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sub?: boolean | undefined;
  /** how the period was chosen; without it, read from the dates */
  unit?: PeriodUnit | undefined;
  tab?: string | undefined;
}

export function statisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  return {
    agencyId: optionalString(search.agencyId),
    from: isoDate(search.from),
    to: isoDate(search.to),
    sub: optionalBoolean(search.sub) || undefined,
    unit: periodUnits.find((u) => u === search.unit),
    tab: optionalString(search.tab),
  };
}
