import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, tablePagination } from '../../shared/pagination.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { userListQuery } from './api.ts';
import { UsersTable } from './UsersTable.tsx';
import { useCreateUserFlow } from './useCreateUserFlow.tsx';

/** The accounts of one agency's officials, inside the agency's page. */
export function UsersTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const list = useQuery(userListQuery({ agencyId, q, includeInactive: true, ...page }));
  const creation = useCreateUserFlow(agencyId);
  return (
    <>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={q}
          label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          onSearch={(next) => {
            setQ(next);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={creation.start}>
            {t('users.create')}
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <UsersTable
          items={list.data?.items ?? []}
          loading={list.isFetching}
          showAgency={false}
          pagination={tablePagination(t, { ...page, total: list.data?.total }, (p, pageSize) =>
            setPage({ page: p, pageSize }),
          )}
        />
      )}
      {creation.element}
    </>
  );
}
