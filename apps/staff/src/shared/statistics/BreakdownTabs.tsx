import { type TableColumnsType, Tabs, type TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FiguresTable, nameColumn, rowsOf } from './FiguresTable.tsx';
import { monthName } from './monthLabels.ts';
import type { StatisticsTexts } from './texts.ts';

type Tab = NonNullable<TabsProps['items']>[number] & { key: string };

/**
 * The breakdowns of a statistics page in tabs: by month first, then the module's own `groups`, by agency when
 * sub-agencies are included, then `after`. An unknown `tab` in the URL shows the months.
 */
export function BreakdownTabs<F>({
  texts,
  statistics,
  figures,
  groups,
  after = [],
  tab,
  onTab,
}: {
  texts: StatisticsTexts;
  statistics: {
    months: (F & { month: string })[];
    byAgency: (F & { key: string | null; name: string })[];
    includeSubAgencies: boolean;
  };
  figures: TableColumnsType<F>;
  groups: Tab[];
  after?: Tab[];
  tab: string | undefined;
  onTab: (tab: string) => void;
}) {
  const { t } = useTranslation();
  type MonthRow = F & { month: string; rowKey: string };
  const items: Tab[] = [
    {
      key: 'months',
      label: t(`${texts}.byMonth`),
      children: (
        <FiguresTable<F, MonthRow>
          texts={texts}
          label={t(`${texts}.byMonth`)}
          lead={[
            {
              title: t(`${texts}.month`),
              fixed: 'left' as const,
              render: (_: unknown, row: MonthRow) => <strong>{monthName(row.month)}</strong>,
            },
          ]}
          figures={figures}
          rows={statistics.months.map((m) => ({ ...m, rowKey: m.month }))}
        />
      ),
    },
    ...groups,
    ...(statistics.includeSubAgencies
      ? [
          {
            key: 'agencies',
            label: t(`${texts}.byAgency`),
            children: (
              <FiguresTable
                texts={texts}
                label={t(`${texts}.byAgency`)}
                lead={nameColumn(t(`${texts}.agencyColumn`))}
                figures={figures}
                rows={rowsOf(statistics.byAgency)}
              />
            ),
          },
        ]
      : []),
    ...after,
  ];
  return (
    <Tabs activeKey={items.some((i) => i.key === tab) ? tab : 'months'} onChange={onTab} items={items} />
  );
}
