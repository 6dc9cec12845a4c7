import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../calendar/dates.ts';
import { FilterSwitch } from '../FilterSwitch.tsx';
import { AgencySelect } from './AgencySelect.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import type { StatisticsScope } from './scope.ts';
import type { StatisticsSearch } from './search.ts';
import type { StatisticsAgency } from './types.ts';

/**
 * Whose figures over which days: the agency (a tree when there are several to pick), with its sub-agencies
 * where allowed, and the period; the period in words under them.
 */
export function StatisticsFilters({
  agencies,
  scope,
  agencyCount,
  onChange,
}: {
  agencies: StatisticsAgency[];
  scope: StatisticsScope;
  /** how many agencies the figures shown cover, when the sub-agencies are included */
  agencyCount: number | undefined;
  onChange: (patch: Partial<StatisticsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { agency, period } = scope;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="center">
        {agencies.length > 1 ? (
          <AgencySelect
            agencies={agencies}
            value={scope.agencyId}
            onChange={(next) => onChange({ agencyId: next, sub: undefined })}
          />
        ) : agency ? (
          <Typography.Text strong>{agency.name}</Typography.Text>
        ) : null}
        {agency?.subtree ? (
          <FilterSwitch
            label={t('statistics.includeSub')}
            checked={scope.params.includeSubAgencies ?? false}
            onChange={(next) => onChange({ sub: next || undefined })}
          />
        ) : null}
        <PeriodPicker
          unit={scope.unit}
          period={period}
          onChange={(nextUnit, next) => onChange({ unit: nextUnit, ...next })}
        />
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('statistics.period', { from: formatDate(t, period.from), to: formatDate(t, period.to) })}
        {agencyCount !== undefined ? ` · ${t('statistics.agencyCount', { count: agencyCount })}` : ''}
      </Typography.Text>
    </Card>
  );
}
