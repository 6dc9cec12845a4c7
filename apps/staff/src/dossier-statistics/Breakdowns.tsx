import { useTranslation } from 'react-i18next';
import { CodeText } from '../shared/CodeText.tsx';
import { BreakdownTabs } from '../shared/statistics/BreakdownTabs.tsx';
import { FiguresTable, nameColumn, rowsOf } from '../shared/statistics/FiguresTable.tsx';
import { useFigureColumns } from './figureColumns.ts';
import type { DossierStatistics } from './types.ts';

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
  const figures = useFigureColumns();
  return (
    <BreakdownTabs
      texts="dossierStatistics"
      statistics={statistics}
      figures={figures}
      tab={tab}
      onTab={onTab}
      groups={[
        {
          key: 'fields',
          label: t('dossierStatistics.byField'),
          children: (
            <FiguresTable
              texts="dossierStatistics"
              label={t('dossierStatistics.byField')}
              lead={nameColumn(t('dossierStatistics.field'))}
              figures={figures}
              rows={rowsOf(statistics.byField)}
            />
          ),
        },
        {
          key: 'procedures',
          label: t('dossierStatistics.byProcedure'),
          children: (
            <FiguresTable
              texts="dossierStatistics"
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
              figures={figures}
              rows={rowsOf(statistics.byProcedure)}
            />
          ),
        },
      ]}
    />
  );
}
