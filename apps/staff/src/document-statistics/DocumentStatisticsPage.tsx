import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { compact } from '../shared/search-params.ts';
import { StatisticsPage } from '../shared/statistics/StatisticsPage.tsx';
import type { StatisticsSearch } from '../shared/statistics/search.ts';
import { documentStatisticsApi } from './api.ts';
import { Breakdowns } from './Breakdowns.tsx';
import { Charts } from './Charts.tsx';
import { SummaryCards } from './SummaryCards.tsx';

const route = getRouteApi('/_app/documents/statistics');

export function DocumentStatisticsPage() {
  return (
    <RequirePermission anyOf={['documents.statistics.read']}>
      <Statistics />
    </RequirePermission>
  );
}

/** Thống kê văn bản: an agency's documents over a period, as cards, charts and tables, and as a workbook. */
function Statistics() {
  const navigate = useNavigate();
  const search = route.useSearch();
  const setSearch = (patch: Partial<StatisticsSearch>) =>
    void navigate({ to: '/documents/statistics', search: compact({ ...search, ...patch }) });
  return (
    <StatisticsPage
      texts="documentStatistics"
      api={documentStatisticsApi}
      search={search}
      onSearch={setSearch}
      figures={(data) => <SummaryCards statistics={data} />}
      charts={(data) => <Charts statistics={data} />}
      breakdowns={(data) => (
        <Breakdowns statistics={data} tab={search.tab} onTab={(tab) => setSearch({ tab })} />
      )}
    />
  );
}
