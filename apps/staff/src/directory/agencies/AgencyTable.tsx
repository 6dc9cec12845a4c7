import { Link } from '@tanstack/react-router';
import { Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActiveTag } from './StatusTag.tsx';
import type { Agency } from './types.ts';

export function AgencyTable({
  items,
  loading,
  pagination,
}: {
  items: Agency[];
  loading: boolean;
  pagination: TablePaginationConfig;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Agency> = [
    {
      title: t('agencies.name'),
      dataIndex: 'name',
      minWidth: 240,
      render: (_, agency) => (
        <Link to="/agencies/$agencyId" params={{ agencyId: agency.id }}>
          {agency.name}
        </Link>
      ),
    },
    { title: t('agencies.abbreviation'), dataIndex: 'abbreviation', width: 110 },
    {
      title: t('agencies.code'),
      dataIndex: 'code',
      width: 150,
      render: (code: string | null) =>
        code ? (
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {code}
          </Typography.Text>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('agencies.level'),
      dataIndex: 'level',
      width: 110,
      responsive: ['lg'],
      render: (level: Agency['level']) => t(`levels.${level}`),
    },
    {
      title: t('agencies.children'),
      dataIndex: 'childCount',
      width: 100,
      align: 'right',
      responsive: ['xl'],
    },
    {
      title: t('common.status'),
      dataIndex: 'isActive',
      width: 140,
      render: (active: boolean) => <ActiveTag active={active} />,
    },
  ];
  return (
    <Table<Agency>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('agencies.empty') }}
    />
  );
}
