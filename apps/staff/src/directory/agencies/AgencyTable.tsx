import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { CodeText } from '../../shared/CodeText.tsx';
import { PagedTable } from '../../shared/PagedTable.tsx';
import type { Paging } from '../../shared/pagination.ts';
import { ActiveTag } from './StatusTag.tsx';
import type { Agency } from './types.ts';

export function AgencyTable({ list, paging }: { list: UseQueryResult<Page<Agency>>; paging: Paging }) {
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
      render: (code: string | null) => (code ? <CodeText>{code}</CodeText> : t('common.none')),
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
  return <PagedTable<Agency> list={list} paging={paging} columns={columns} emptyText={t('agencies.empty')} />;
}
