import { EditOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { PagedTable } from '../../shared/PagedTable.tsx';
import type { Paging } from '../../shared/pagination.ts';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { ActiveTag } from '../agencies/StatusTag.tsx';
import { ClearanceTag } from './ClearanceTag.tsx';
import type { Official } from './types.ts';

/**
 * The phone book. The clearance column appears only when the server sent clearances (to those who
 * manage the officials); the same signal decides the edit button of each row.
 */
export function OfficialsTable({
  list,
  paging,
  showAgency,
  onEdit,
}: {
  list: UseQueryResult<Page<Official>>;
  paging: Paging;
  showAgency: boolean;
  onEdit?: ((official: Official) => void) | undefined;
}) {
  const { t } = useTranslation();
  const withClearance = (list.data?.items ?? []).some((o) => o.clearance !== null);
  const columns: TableColumnsType<Official> = [
    {
      title: t('officials.fullName'),
      dataIndex: 'fullName',
      minWidth: 170,
      render: (name: string, official) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          <SecondLine>{official.title}</SecondLine>
        </>
      ),
    },
    { title: t('officials.position'), dataIndex: 'position', minWidth: 140 },
  ];
  if (showAgency) {
    columns.push({
      title: t('officials.agency'),
      key: 'agency',
      minWidth: 180,
      render: (_, o) => (
        <Link to="/agencies/$agencyId" params={{ agencyId: o.agency.id }}>
          {o.agency.name}
        </Link>
      ),
    });
  }
  columns.push(
    {
      title: t('officials.department'),
      key: 'department',
      responsive: ['xl'],
      render: (_, o) => o.department?.name ?? t('common.none'),
    },
    { title: t('officials.email'), dataIndex: 'email', responsive: ['xxl'], ellipsis: true },
    { title: t('officials.phone'), dataIndex: 'phone', responsive: ['xxl'], width: 140 },
    {
      title: t('officials.account'),
      dataIndex: 'username',
      width: 140,
      render: (username: string | null, o) =>
        username && o.userId ? (
          <Typography.Text code>{username}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('officials.noAccount')}</Typography.Text>
        ),
    },
  );
  if (withClearance) {
    columns.push({
      title: t('officials.clearance'),
      dataIndex: 'clearance',
      width: 120,
      render: (c: Official['clearance']) => (c ? <ClearanceTag clearance={c} /> : null),
    });
  }
  columns.push({
    title: t('common.status'),
    dataIndex: 'isActive',
    width: 150,
    responsive: ['xxl'],
    render: (active: boolean) => <ActiveTag active={active} />,
  });
  if (onEdit && withClearance) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 72,
      fixed: 'right',
      render: (_, o) =>
        o.clearance !== null ? (
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('officials.editAria', { name: o.fullName })}
            onClick={() => onEdit(o)}
          />
        ) : null,
    });
  }
  return (
    <PagedTable<Official> list={list} paging={paging} columns={columns} emptyText={t('officials.empty')} />
  );
}
