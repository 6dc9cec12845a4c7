import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BreakdownTabs } from '../shared/statistics/BreakdownTabs.tsx';
import { FiguresTable, nameColumn, rowsOf } from '../shared/statistics/FiguresTable.tsx';
import { formatCount } from '../shared/statistics/format.ts';
import { useFigureColumns } from './figureColumns.ts';
import type { DocumentStatistics } from './types.ts';

/** The breakdowns in tabs: by month, by document type, by department, by agency (with sub-agencies), recipients. */
export function Breakdowns({
  statistics,
  tab,
  onTab,
}: {
  statistics: DocumentStatistics;
  tab: string | undefined;
  onTab: (tab: string) => void;
}) {
  const { t } = useTranslation();
  const figures = useFigureColumns();
  return (
    <BreakdownTabs
      texts="documentStatistics"
      statistics={statistics}
      figures={figures}
      tab={tab}
      onTab={onTab}
      groups={[
        {
          key: 'types',
          label: t('documentStatistics.byType'),
          children: (
            <FiguresTable
              texts="documentStatistics"
              label={t('documentStatistics.byType')}
              lead={nameColumn(t('documentStatistics.documentType'))}
              figures={figures}
              rows={rowsOf(statistics.byDocumentType)}
            />
          ),
        },
        {
          key: 'departments',
          label: t('documentStatistics.byDepartment'),
          children: (
            <>
              <Typography.Paragraph type="secondary">
                {t('documentStatistics.departmentHint')}
              </Typography.Paragraph>
              <FiguresTable
                texts="documentStatistics"
                label={t('documentStatistics.byDepartment')}
                lead={[
                  ...nameColumn(t('documentStatistics.department')),
                  ...(statistics.includeSubAgencies
                    ? [{ title: t('documentStatistics.agencyColumn'), dataIndex: 'agencyName' }]
                    : []),
                ]}
                figures={figures}
                rows={rowsOf(statistics.byDepartment)}
              />
            </>
          ),
        },
      ]}
      after={[
        {
          key: 'recipients',
          label: t('documentStatistics.recipients'),
          children: (
            <Table
              aria-label={t('documentStatistics.recipients')}
              size="small"
              rowKey="status"
              pagination={false}
              dataSource={statistics.deliveries.byStatus}
              locale={{ emptyText: t('documentStatistics.empty') }}
              columns={[
                {
                  title: t('documentStatistics.deliveryStatus'),
                  dataIndex: 'status',
                  render: (status: string, row) =>
                    t(`documents.delivery.${status}` as 'documents.delivery.01', { defaultValue: row.name }),
                },
                { title: t('documentStatistics.deliveryCode'), dataIndex: 'status' },
                {
                  title: t('documentStatistics.deliveryCount'),
                  dataIndex: 'count',
                  align: 'right',
                  render: (count: number) => formatCount(count),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
