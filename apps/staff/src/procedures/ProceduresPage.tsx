import { ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { CreateButton } from '../shared/CreateButton.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging } from '../shared/pagination.ts';
import { compact } from '../shared/search-params.ts';
import { procedureListQuery } from './api.ts';
import { ProcedureFilters } from './ProcedureFilters.tsx';
import { ProcedureFormModal } from './ProcedureFormModal.tsx';
import { ProcedureTable } from './ProcedureTable.tsx';
import type { ProceduresSearch } from './search.ts';
import type { ProcedureDetail } from './types.ts';

const route = getRouteApi('/_app/procedures');

/**
 * Thủ tục hành chính: the province's catalogue, searched by code or name with or without diacritics. Its
 * keepers (procedures.manage; the server checks it at the province's root) add, edit and import.
 */
export function ProceduresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const search = route.useSearch();
  const [creating, setCreating] = useState(false);
  const setSearch = (patch: Partial<ProceduresSearch>) =>
    void navigate({ to: '/procedures', search: compact({ ...search, ...patch }) });
  const { inactive, ...params } = search;
  const list = useQuery(procedureListQuery({ ...params, active: inactive ? undefined : true }));
  const keeper = permissions.has('procedures.manage');
  const created = (procedure: ProcedureDetail) => {
    setCreating(false);
    void message.success(t('procedures.created', { code: procedure.code }));
    void navigate({ to: '/procedures/$id', params: { id: procedure.id } });
  };
  return (
    <>
      <PageHeader
        title={t('nav.procedures')}
        subtitle={t('procedures.intro')}
        extra={
          keeper ? (
            <>
              <Button
                icon={<ImportOutlined aria-hidden />}
                onClick={() => void navigate({ to: '/procedures/imports' })}
              >
                {t('procedures.import')}
              </Button>
              <CreateButton onClick={() => setCreating(true)}>{t('procedures.create')}</CreateButton>
            </>
          ) : null
        }
      />
      <Card size="small">
        <ProcedureFilters search={search} onChange={setSearch} />
        <ProcedureTable list={list} paging={searchPaging(search, setSearch)} />
      </Card>
      {creating ? (
        <ProcedureFormModal mode={{ kind: 'create' }} onSaved={created} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}
