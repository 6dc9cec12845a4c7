import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { formatDateTime } from '../../shared/format.ts';
import { PagedTable } from '../../shared/PagedTable.tsx';
import type { Paging } from '../../shared/pagination.ts';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { RoleGrantTag } from './RoleGrantTag.tsx';
import type { User } from './types.ts';
import { UserStateTags } from './UserStateTags.tsx';

export function UsersTable({
  list,
  paging,
  showAgency,
}: {
  list: UseQueryResult<Page<User>>;
  paging: Paging;
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
          <SecondLine>{user.official?.position}</SecondLine>
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
  return <PagedTable<User> list={list} paging={paging} columns={columns} emptyText={t('users.empty')} />;
}
