import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeText } from '../shared/CodeText.tsx';
import { monthName } from '../shared/statistics/monthLabels.ts';
import { FiguresTable } from './FiguresTable.tsx';
import type { DossierStatistics, Figures, Group } from './types.ts';

type MonthRow = Figures & { month: string; rowKey: string };

const rowsOf = <G extends Group>(groups: G[]) => groups.map((g) => ({ ...g, rowKey: g.key ?? '' }));

/** The breakdowns in tabs: by month, by field, by procedure, by agency (with sub-agencies). */
export function Breakdowns({
  statistics,
  tab,
  onTab,
}: {
  statistics: DossierStatistics;
  tab: string | undefined;
  onTab: (tab: string) => void;
}) {
  const { t } = useTranslation();
  const named = (title: string) => [
    { title, dataIndex: 'name', fixed: 'left' as const, render: (name: string) => <strong>{name}</strong> },
  ];
  const items = [
    {
      key: 'months',
      label: t('dossierStatistics.byMonth'),
      children: (
        <FiguresTable<MonthRow>
          label={t('dossierStatistics.byMonth')}
          lead={[
            {
              title: t('dossierStatistics.month'),
              fixed: 'left' as const,
              render: (_: unknown, row: MonthRow) => <strong>{monthName(row.month)}</strong>,
            },
          ]}
          rows={statistics.months.map((m) => ({ ...m, rowKey: m.month }))}
        />
      ),
    },
    {
      key: 'fields',
      label: t('dossierStatistics.byField'),
      children: (
        <FiguresTable
          label={t('dossierStatistics.byField')}
          lead={named(t('dossierStatistics.field'))}
          rows={rowsOf(statistics.byField)}
        />
      ),
    },
    {
      key: 'procedures',
      label: t('dossierStatistics.byProcedure'),
      children: (
        <FiguresTable
          label={t('dossierStatistics.byProcedure')}
          paged
          lead={[
            {
              title: t('dossierStatistics.procedureCode'),
              dataIndex: 'code',
              fixed: 'left' as const,
              render: (code: string) => <CodeText>{code}</CodeText>,
            },
            { title: t('dossierStatistics.procedure'), dataIndex: 'name' },
            { title: t('dossierStatistics.field'), dataIndex: 'field' },
          ]}
          rows={rowsOf(statistics.byProcedure)}
        />
      ),
    },
    ...(statistics.includeSubAgencies
      ? [
          {
            key: 'agencies',
            label: t('dossierStatistics.byAgency'),
            children: (
              <FiguresTable
                label={t('dossierStatistics.byAgency')}
                lead={named(t('dossierStatistics.agencyColumn'))}
                rows={rowsOf(statistics.byAgency)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Tabs activeKey={items.some((i) => i.key === tab) ? tab : 'months'} onChange={onTab} items={items} />
  );
}
