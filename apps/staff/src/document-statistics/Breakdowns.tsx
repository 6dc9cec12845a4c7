import { Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../shared/statistics/format.ts';
import { monthName } from '../shared/statistics/monthLabels.ts';
import { FiguresTable } from './FiguresTable.tsx';
import type { DocumentStatistics, Figures, Group } from './types.ts';

type GroupRow = Group & { rowKey: string };
type MonthRow = Figures & { month: string; rowKey: string };
const rowsOf = (groups: Group[]): GroupRow[] => groups.map((g) => ({ ...g, rowKey: g.key ?? '' }));

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
  const named = (title: string) => [
    { title, dataIndex: 'name', fixed: 'left' as const, render: (name: string) => <strong>{name}</strong> },
  ];
  const items = [
    {
      key: 'months',
      label: t('documentStatistics.byMonth'),
      children: (
        <FiguresTable<MonthRow>
          label={t('documentStatistics.byMonth')}
          lead={[
            {
              title: t('documentStatistics.month'),
              fixed: 'left' as const,
              render: (_: unknown, row: MonthRow) => <strong>{monthName(row.month)}</strong>,
            },
          ]}
          rows={statistics.months.map((m) => ({ ...m, rowKey: m.month }))}
        />
      ),
    },
    {
      key: 'types',
      label: t('documentStatistics.byType'),
      children: (
        <FiguresTable
          label={t('documentStatistics.byType')}
          lead={named(t('documentStatistics.documentType'))}
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
            label={t('documentStatistics.byDepartment')}
            lead={[
              ...named(t('documentStatistics.department')),
              ...(statistics.includeSubAgencies
                ? [{ title: t('documentStatistics.agencyColumn'), dataIndex: 'agencyName' }]
                : []),
            ]}
            rows={rowsOf(statistics.byDepartment)}
          />
        </>
      ),
    },
    ...(statistics.includeSubAgencies
      ? [
          {
            key: 'agencies',
            label: t('documentStatistics.byAgency'),
            children: (
              <FiguresTable
                label={t('documentStatistics.byAgency')}
                lead={named(t('documentStatistics.agencyColumn'))}
                rows={rowsOf(statistics.byAgency)}
              />
            ),
          },
        ]
      : []),
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
  ];
  return (
    <Tabs activeKey={items.some((i) => i.key === tab) ? tab : 'months'} onChange={onTab} items={items} />
  );
}
