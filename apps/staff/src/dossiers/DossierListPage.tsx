import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { CreateButton } from '../shared/CreateButton.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging } from '../shared/pagination.ts';
import { compact } from '../shared/search-params.ts';
import { dossierListQuery } from './api.ts';
import { DossierFilters } from './DossierFilters.tsx';
import { DossierTable } from './DossierTable.tsx';
import type { DossiersSearch } from './search.ts';
import { type Queue, queues } from './types.ts';

const route = getRouteApi('/_app/dossiers');
const ALL = 'all';

/**
 * The dossiers the user may see, by queue: those waiting for me (a step I may act on), online ones waiting
 * for the counter, results to hand back, due within a working day, overdue; or all, with filters.
 */
export function DossierListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const search = route.useSearch();
  const setSearch = (patch: Partial<DossiersSearch>) =>
    void navigate({ to: '/dossiers', search: compact({ ...search, ...patch }) });
  const list = useQuery(dossierListQuery(search));
  return (
    <>
      <PageHeader
        title={t('nav.dossiers')}
        subtitle={t('dossiers.listIntro')}
        extra={
          permissions.has('dossiers.receive') ? (
            <CreateButton onClick={() => void navigate({ to: '/dossiers/receive' })}>
              {t('nav.dossierReceive')}
            </CreateButton>
          ) : null
        }
      />
      <Card size="small">
        <Tabs
          activeKey={search.queue ?? ALL}
          onChange={(key) => setSearch({ queue: key === ALL ? undefined : (key as Queue), page: undefined })}
          items={[ALL, ...queues].map((key) => ({ key, label: t(`dossiers.queue.${key as Queue | 'all'}`) }))}
        />
        <DossierFilters search={search} onChange={setSearch} />
        <DossierTable list={list} paging={searchPaging(search, setSearch)} />
      </Card>
    </>
  );
}
