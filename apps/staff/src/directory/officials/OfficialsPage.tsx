import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { CreateButton } from '../../shared/CreateButton.tsx';
import { FilterSwitch } from '../../shared/FilterSwitch.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { searchPaging } from '../../shared/pagination.ts';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { compact } from '../../shared/search-params.ts';
import { AgencyFilter } from '../agencies/AgencyFilter.tsx';
import { officialListQuery } from './api.ts';
import { OfficialsTable } from './OfficialsTable.tsx';
import type { OfficialsSearch } from './search.ts';
import { useOfficialForm } from './useOfficialForm.tsx';

const route = getRouteApi('/_app/officials');

/** The province's phone book of officials, filtered by agency and searched by name. */
export function OfficialsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const officialForm = useOfficialForm(search.agencyId);

  const setSearch = (patch: Partial<OfficialsSearch>) =>
    void navigate({ to: '/officials', search: compact({ ...search, ...patch }) });

  const list = useQuery(
    officialListQuery({
      q: search.q,
      agencyId: search.agencyId,
      includeSubAgencies: search.agencyId ? search.sub : undefined,
      page: search.page,
      pageSize: search.pageSize,
    }),
  );
  const canManage = permissions.has('directory.officials.manage');

  return (
    <>
      <PageHeader
        title={t('officials.title')}
        extra={
          canManage ? (
            <CreateButton onClick={officialForm.create}>{t('officials.create')}</CreateButton>
          ) : null
        }
      />
      <Card size="small">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <SearchBox
            value={search.q}
            label={t('officials.searchLabel')}
            placeholder={t('officials.searchPlaceholder')}
            onSearch={(q) => setSearch({ q, page: undefined })}
          />
          <AgencyFilter
            label={t('officials.agencyFilter')}
            value={search.agencyId}
            onChange={(agencyId) => setSearch({ agencyId, page: undefined })}
          />
          {search.agencyId ? (
            <FilterSwitch
              label={t('officials.includeSubAgencies')}
              checked={Boolean(search.sub)}
              onChange={(sub) => setSearch({ sub: sub || undefined, page: undefined })}
            />
          ) : null}
        </Flex>
        <OfficialsTable
          list={list}
          paging={searchPaging(search, setSearch)}
          showAgency
          onEdit={officialForm.edit}
        />
      </Card>
      {officialForm.element}
    </>
  );
}
