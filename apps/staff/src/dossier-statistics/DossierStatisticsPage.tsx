import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { useProfile } from '../auth/session.ts';
import { formatDateTime } from '../shared/format.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { compact } from '../shared/search-params.ts';
import { StatisticsFilters } from '../shared/statistics/StatisticsFilters.tsx';
import { statisticsScope } from '../shared/statistics/scope.ts';
import type { StatisticsSearch } from '../shared/statistics/search.ts';
import { exportUrl, statisticsAgenciesQuery, statisticsQuery } from './api.ts';
import { Breakdowns } from './Breakdowns.tsx';
import { Charts } from './Charts.tsx';
import { IndicatorCards } from './IndicatorCards.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import '../shared/statistics/statistics.css';
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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useProfile();
  const search = route.useSearch();
  const setSearch = (patch: Partial<StatisticsSearch>) =>
    void navigate({ to: '/dossiers/statistics', search: compact({ ...search, ...patch }) });

  const agencies = useQuery(statisticsAgenciesQuery);
  const list = agencies.data ?? [];
  const scope = statisticsScope(search, list, profile.agency?.id);
  const { agencyId, params } = scope;
  const statistics = useQuery({ ...statisticsQuery(params), enabled: Boolean(agencyId) });
  const data = statistics.data;

  return (
    <>
      <PageHeader
        title={t('dossierStatistics.title')}
        subtitle={data ? t('dossierStatistics.subtitle', { asOf: formatDateTime(data.asOf) }) : undefined}
        extra={
          agencyId ? (
            <Button icon={<FileExcelOutlined aria-hidden />} href={exportUrl(params)} download>
              {t('statistics.export')}
            </Button>
          ) : null
        }
      />
      <StatisticsFilters
        agencies={list}
        scope={scope}
        agencyCount={data?.includeSubAgencies ? data.agencyCount : undefined}
        onChange={setSearch}
      />
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : statistics.isError ? (
        <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : !data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16} aria-busy={statistics.isFetching}>
          <KeyFigures figures={data.summary} />
          <IndicatorCards indicators={data.indicators} />
          <Card size="small">
            <Charts statistics={data} />
          </Card>
          <Card size="small">
            <Breakdowns statistics={data} tab={search.tab} onTab={(tab) => setSearch({ tab })} />
          </Card>
          <Typography.Paragraph type="secondary">{t('dossierStatistics.definitions')}</Typography.Paragraph>
        </Flex>
      )}
    </>
  );
}
