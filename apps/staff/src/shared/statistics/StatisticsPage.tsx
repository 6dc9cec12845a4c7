import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../auth/session.ts';
import { formatDateTime } from '../format.ts';
import { PageHeader } from '../PageHeader.tsx';
import { QueryError } from '../QueryError.tsx';
import type { StatisticsApi } from './api.ts';
import { StatisticsFilters } from './StatisticsFilters.tsx';
import { statisticsScope } from './scope.ts';
import type { StatisticsSearch } from './search.ts';
import type { StatisticsTexts } from './texts.ts';
import './statistics.css';

/** What every statistics answer carries besides its figures. */
interface Statistics {
  asOf: string;
  includeSubAgencies: boolean;
  agencyCount: number;
}

/**
 * The layout of a statistics page: title and export button, the agency and period filters, then — once the
 * figures are in — the module's key figures, its charts and its breakdowns, and what the figures mean.
 */
export function StatisticsPage<S extends Statistics>({
  texts,
  api,
  search,
  onSearch,
  figures,
  charts,
  breakdowns,
}: {
  texts: StatisticsTexts;
  api: StatisticsApi<S>;
  search: StatisticsSearch;
  onSearch: (patch: Partial<StatisticsSearch>) => void;
  figures: (statistics: S) => ReactNode;
  charts: (statistics: S) => ReactNode;
  breakdowns: (statistics: S) => ReactNode;
}) {
  const { t } = useTranslation();
  const profile = useProfile();
  const agencies = useQuery(api.statisticsAgenciesQuery);
  const list = agencies.data ?? [];
  const scope = statisticsScope(search, list, profile.agency?.id);
  const { agencyId, params } = scope;
  const statistics = useQuery({ ...api.statisticsQuery(params), enabled: Boolean(agencyId) });
  const data = statistics.data;

  return (
    <>
      <PageHeader
        title={t(`${texts}.title`)}
        subtitle={data ? t(`${texts}.subtitle`, { asOf: formatDateTime(data.asOf) }) : undefined}
        extra={
          agencyId ? (
            <Button icon={<FileExcelOutlined aria-hidden />} href={api.exportUrl(params)} download>
              {t('statistics.export')}
            </Button>
          ) : null
        }
      />
      <StatisticsFilters
        agencies={list}
        scope={scope}
        agencyCount={data?.includeSubAgencies ? data.agencyCount : undefined}
        onChange={onSearch}
      />
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : statistics.isError ? (
        <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : !data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16} aria-busy={statistics.isFetching}>
          {figures(data)}
          <Card size="small">{charts(data)}</Card>
          <Card size="small">{breakdowns(data)}</Card>
          <Typography.Paragraph type="secondary">{t(`${texts}.definitions`)}</Typography.Paragraph>
        </Flex>
      )}
    </>
  );
}
