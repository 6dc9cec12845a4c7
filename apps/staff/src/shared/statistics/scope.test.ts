import { describe, expect, it } from 'vitest';
import { statisticsScope } from './scope.ts';
import type { StatisticsAgency } from './types.ts';

const agency = (id: string, subtree: boolean): StatisticsAgency => ({
  id,
  parentId: null,
  name: `Cơ quan ${id}`,
  isActive: true,
  subtree,
});
const agencies = [agency('root', true), agency('own', false)];

describe('what a statistics page shows', () => {
  it("takes the agency asked for, else one's own, else the first one may read", () => {
    expect(statisticsScope({ agencyId: 'root' }, agencies, 'own').agencyId).toBe('root');
    expect(statisticsScope({}, agencies, 'own').agencyId).toBe('own');
    expect(statisticsScope({}, agencies, 'elsewhere').agencyId).toBe('root');
    expect(statisticsScope({}, [], 'own').agencyId).toBeUndefined();
  });

  it('includes the sub-agencies only where the user may', () => {
    expect(statisticsScope({ agencyId: 'root', sub: true }, agencies, 'own').params.includeSubAgencies).toBe(
      true,
    );
    expect(statisticsScope({ agencyId: 'own', sub: true }, agencies, 'own').params.includeSubAgencies).toBe(
      false,
    );
  });

  it('reads the period from the URL and how it was chosen from its dates', () => {
    const quarter = statisticsScope({ from: '2025-04-01', to: '2025-06-30' }, agencies, 'own');
    expect([quarter.period, quarter.unit]).toEqual([{ from: '2025-04-01', to: '2025-06-30' }, 'quarter']);
    expect(statisticsScope({ from: '2025-04-03', to: '2025-06-30' }, agencies, 'own').unit).toBe('range');
    const thisYear = statisticsScope({}, agencies, 'own');
    expect(thisYear.period.from).toMatch(/^\d{4}-01-01$/);
    expect(thisYear.unit).toBe('year');
  });
});
