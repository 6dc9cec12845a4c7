import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { useProfile } from '../auth/session.ts';
import { formatDate } from '../calendar/dates.ts';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { formatDateTime } from '../shared/format.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { compact } from '../shared/search-params.ts';
import { AgencySelect } from './AgencySelect.tsx';
import { exportUrl, statisticsAgenciesQuery, statisticsQuery } from './api.ts';
import { Breakdowns } from './Breakdowns.tsx';
import { Charts } from './Charts.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { periodContaining, unitOf, vietnamToday } from './period.ts';
import { SummaryCards } from './SummaryCards.tsx';
import type { StatisticsSearch } from './search.ts';
import type { StatisticsParams } from './types.ts';
import './statistics.css';

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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useProfile();
  const search = route.useSearch();
  const setSearch = (patch: Partial<StatisticsSearch>) =>
    void navigate({ to: '/documents/statistics', search: compact({ ...search, ...patch }) });

  const agencies = useQuery(statisticsAgenciesQuery);
  const list = agencies.data ?? [];
  // the agency asked for, else one's own if one may read it there, else the first one may read
  const agencyId = search.agencyId ?? list.find((a) => a.id === profile.agency?.id)?.id ?? list[0]?.id;
  const agency = list.find((a) => a.id === agencyId);
  const period =
    search.from && search.to
      ? { from: search.from, to: search.to }
      : periodContaining('year', vietnamToday());
  const unit = search.unit ?? unitOf(period);
  const params: StatisticsParams = {
    agencyId,
    ...period,
    includeSubAgencies: Boolean(search.sub && agency?.subtree),
  };
  const statistics = useQuery({ ...statisticsQuery(params), enabled: Boolean(agencyId) });
  const data = statistics.data;

  return (
    <>
      <PageHeader
        title={t('documentStatistics.title')}
        subtitle={data ? t('documentStatistics.subtitle', { asOf: formatDateTime(data.asOf) }) : undefined}
        extra={
          agencyId ? (
            <Button icon={<FileExcelOutlined aria-hidden />} href={exportUrl(params)} download>
              {t('documentStatistics.export')}
            </Button>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          {list.length > 1 ? (
            <AgencySelect
              agencies={list}
              value={agencyId}
              onChange={(next) => setSearch({ agencyId: next, sub: undefined })}
            />
          ) : agency ? (
            <Typography.Text strong>{agency.name}</Typography.Text>
          ) : null}
          {agency?.subtree ? (
            <FilterSwitch
              label={t('documentStatistics.includeSub')}
              checked={params.includeSubAgencies ?? false}
              onChange={(next) => setSearch({ sub: next || undefined })}
            />
          ) : null}
          <PeriodPicker
            unit={unit}
            period={period}
            onChange={(nextUnit, next) => setSearch({ unit: nextUnit, ...next })}
          />
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('documentStatistics.period', { from: formatDate(t, period.from), to: formatDate(t, period.to) })}
          {data?.includeSubAgencies
            ? ` · ${t('documentStatistics.agencyCount', { count: data.agencyCount })}`
            : ''}
        </Typography.Text>
      </Card>
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : statistics.isError ? (
        <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : !data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16} aria-busy={statistics.isFetching}>
          <SummaryCards statistics={data} />
          <Card size="small">
            <Charts statistics={data} />
          </Card>
          <Card size="small">
            <Breakdowns statistics={data} tab={search.tab} onTab={(tab) => setSearch({ tab })} />
          </Card>
          <Typography.Paragraph type="secondary">{t('documentStatistics.definitions')}</Typography.Paragraph>
        </Flex>
      )}
    </>
  );
}
