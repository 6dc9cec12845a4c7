import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../shared/ListToolbar.tsx';
import { useLocalListSearch } from '../../shared/useLocalListSearch.ts';
import { userListQuery } from './api.ts';
import { UsersTable } from './UsersTable.tsx';
import { useCreateUserFlow } from './useCreateUserFlow.tsx';

/** The accounts of one agency's officials, inside the agency's page. */
export function UsersTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { params, search, paging } = useLocalListSearch();
  const list = useQuery(userListQuery({ agencyId, includeInactive: true, ...params }));
  const creation = useCreateUserFlow(agencyId);
  return (
    <>
      <ListToolbar
        q={params.q}
        onSearch={search}
        searchLabel={t('users.searchLabel')}
        searchPlaceholder={t('users.searchPlaceholder')}
        createLabel={t('users.create')}
        onCreate={canManage ? creation.start : undefined}
      />
      <UsersTable list={list} paging={paging} showAgency={false} />
      {creation.element}
    </>
  );
}
