import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { RequirePermission } from '../../auth/RequirePermission.tsx';
import { useProfile } from '../../auth/session.ts';
import { CreateButton } from '../../shared/CreateButton.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { searchPaging } from '../../shared/pagination.ts';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { compact } from '../../shared/search-params.ts';
import { AgencyFilter } from '../agencies/AgencyFilter.tsx';
import { userListQuery } from './api.ts';
import type { UsersSearch } from './search.ts';
import { UsersTable } from './UsersTable.tsx';
import { useCreateUserFlow } from './useCreateUserFlow.tsx';

const route = getRouteApi('/_app/users');

export function UsersPage() {
  return (
    <RequirePermission anyOf={['directory.users.read', 'directory.users.manage']}>
      <UsersList />
    </RequirePermission>
  );
}

/** Accounts within the user's reach (the server limits the list to the agencies they may see). */
function UsersList() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const profile = useProfile();
  const creation = useCreateUserFlow(search.agencyId ?? profile.agency?.id);

  const setSearch = (patch: Partial<UsersSearch>) =>
    void navigate({ to: '/users', search: compact({ ...search, ...patch }) });
  const list = useQuery(
    userListQuery({
      q: search.q,
      agencyId: search.agencyId,
      includeInactive: true,
      page: search.page,
      pageSize: search.pageSize,
    }),
  );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          permissions.has('directory.users.manage') ? (
            <CreateButton onClick={creation.start}>{t('users.create')}</CreateButton>
          ) : null
        }
      />
      <Card size="small">
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <SearchBox
            value={search.q}
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(q) => setSearch({ q, page: undefined })}
          />
          <AgencyFilter
            label={t('users.agencyFilter')}
            value={search.agencyId}
            onChange={(agencyId) => setSearch({ agencyId, page: undefined })}
          />
        </Flex>
        <UsersTable list={list} paging={searchPaging(search, setSearch)} showAgency />
      </Card>
      {creation.element}
    </>
  );
}
