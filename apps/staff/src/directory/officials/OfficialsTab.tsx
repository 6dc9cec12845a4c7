import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../shared/ListToolbar.tsx';
import { useLocalListSearch } from '../../shared/useLocalListSearch.ts';
import { officialListQuery } from './api.ts';
import { OfficialsTable } from './OfficialsTable.tsx';
import { useOfficialForm } from './useOfficialForm.tsx';

/** The officials of one agency, inside its detail page. */
export function OfficialsTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { params, search, paging } = useLocalListSearch();
  const list = useQuery(officialListQuery({ agencyId, includeInactive: true, ...params }));
  const officialForm = useOfficialForm(agencyId);

  return (
    <>
      <ListToolbar
        q={params.q}
        onSearch={search}
        searchLabel={t('officials.searchLabel')}
        searchPlaceholder={t('officials.searchPlaceholder')}
        createLabel={t('officials.create')}
        onCreate={canManage ? officialForm.create : undefined}
      />
      <OfficialsTable
        list={list}
        paging={paging}
        showAgency={false}
        onEdit={canManage ? officialForm.edit : undefined}
      />
      {officialForm.element}
    </>
  );
}
