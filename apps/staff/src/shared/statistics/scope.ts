import { type Period, type PeriodUnit, periodContaining, unitOf, vietnamToday } from './period.ts';
import type { StatisticsSearch } from './search.ts';
import type { StatisticsAgency, StatisticsParams } from './types.ts';

/** What a statistics page shows, read from its URL and the agencies the user may pick. */
export interface StatisticsScope {
  agencyId: string | undefined;
  agency: StatisticsAgency | undefined;
  period: Period;
  unit: PeriodUnit;
  params: StatisticsParams;
}

/**
 * The agency asked for, else one's own if one may read it there, else the first one may read; the period
 * asked for, else this year so far; the sub-agencies only where the user may include them.
 */
export function statisticsScope(
  search: StatisticsSearch,
  agencies: StatisticsAgency[],
  ownAgencyId: string | undefined,
): StatisticsScope {
  const agencyId = search.agencyId ?? agencies.find((a) => a.id === ownAgencyId)?.id ?? agencies[0]?.id;
  const agency = agencies.find((a) => a.id === agencyId);
  const period =
    search.from && search.to
      ? { from: search.from, to: search.to }
      : periodContaining('year', vietnamToday());
  return {
    agencyId,
    agency,
    period,
    unit: search.unit ?? unitOf(period),
    params: { agencyId, ...period, includeSubAgencies: Boolean(search.sub && agency?.subtree) },
  };
}
