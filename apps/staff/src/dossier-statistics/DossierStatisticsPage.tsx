import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { compact } from '../shared/search-params.ts';
import { StatisticsPage } from '../shared/statistics/StatisticsPage.tsx';
import type { StatisticsSearch } from '../shared/statistics/search.ts';
import { dossierStatisticsApi } from './api.ts';
import { Breakdowns } from './Breakdowns.tsx';
import { Charts } from './Charts.tsx';
import { IndicatorCards } from './IndicatorCards.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import './dossier-statistics.css';

const route = getRouteApi('/_app/dossiers/statistics');

export function DossierStatisticsPage() {
  return (
    <RequirePermission anyOf={['dossiers.statistics.read']}>
      <Statistics />
    </RequirePermission>
  );
}

/**
 * Thống kê một cửa: the dossiers a receiving agency (or a province) handled over a period — key figures, the
 * QĐ 766 indicators, charts with their tables, the breakdowns — and the same as a workbook.
 */
function Statistics() {
  const navigate = useNavigate();
  const search = route.useSearch();
  const setSearch = (patch: Partial<StatisticsSearch>) =>
    void navigate({ to: '/dossiers/statistics', search: compact({ ...search, ...patch }) });
  return (
    <StatisticsPage
      texts="dossierStatistics"
      api={dossierStatisticsApi}
      search={search}
      onSearch={setSearch}
      figures={(data) => (
        <>
          <KeyFigures figures={data.summary} />
          <IndicatorCards indicators={data.indicators} />
        </>
      )}
      charts={(data) => <Charts statistics={data} />}
      breakdowns={(data) => (
        <Breakdowns statistics={data} tab={search.tab} onTab={(tab) => setSearch({ tab })} />
      )}
    />
  );
}
