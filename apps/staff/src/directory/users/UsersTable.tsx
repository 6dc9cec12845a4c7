import { Link } from '@tanstack/react-router';
import { Flex, Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { RoleGrantTag } from './RoleGrantTag.tsx';
import type { User } from './types.ts';
import { UserStateTags } from './UserStateTags.tsx';

export function UsersTable({
  items,
  loading,
  pagination,
  showAgency,
}: {
  items: User[];
  loading: boolean;
  pagination: TablePaginationConfig;
  showAgency: boolean;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (username: string, user) => (
        <Link to="/users/$userId" params={{ userId: user.id }}>
          {username}
        </Link>
      ),
    },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      render: (name: string, user) => (
        <>
          {name}
          {user.official?.position ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {user.official.position}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  if (showAgency) {
    columns.push({
      title: t('users.agency'),
      key: 'agency',
      responsive: ['lg'],
      render: (_, user) => user.official?.agency.name ?? t('common.none'),
    });
  }
  columns.push(
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, user) => (
        <Flex gap={4} wrap>
          {user.roles.map((grant) => (
            <RoleGrantTag key={grant.id} grant={grant} />
          ))}
        </Flex>
      ),
    },
    { title: t('common.status'), key: 'state', render: (_, user) => <UserStateTags user={user} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      responsive: ['xl'],
      render: (at: string | null) => (at ? formatDateTime(at) : t('users.never')),
    },
  );
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('users.empty') }}
    />
  );
}
