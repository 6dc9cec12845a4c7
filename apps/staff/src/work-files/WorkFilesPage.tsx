import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { CreateButton } from '../shared/CreateButton.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging } from '../shared/pagination.ts';
import { compact } from '../shared/search-params.ts';
import { workFileKeys, workFileListQuery } from './api.ts';
import { OpenWorkFileModal } from './OpenWorkFileModal.tsx';
import type { WorkFilesSearch } from './search.ts';
import type { WorkFileDetail } from './types.ts';
import { WorkFileFilters } from './WorkFileFilters.tsx';
import { WorkFileTable } from './WorkFileTable.tsx';

const route = getRouteApi('/_app/work-files');

/**
 * Hồ sơ công việc: the files the user keeps, and for the agency's readers and plan keepers all of its files
 * (the server decides); open files first. Anyone working in an agency opens (lập) files here.
 */
export function WorkFilesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const profile = useProfile();
  const search = route.useSearch();
  const [opening, setOpening] = useState(false);
  const setSearch = (patch: Partial<WorkFilesSearch>) =>
    void navigate({ to: '/work-files', search: compact({ ...search, ...patch }) });
  const list = useQuery(workFileListQuery(search));
  const opened = (file: WorkFileDetail) => {
    setOpening(false);
    void queryClient.invalidateQueries({ queryKey: workFileKeys.all });
    void message.success(t('workFiles.opened', { code: file.code }));
    void navigate({ to: '/work-files/$id', params: { id: file.id } });
  };
  return (
    <>
      <PageHeader
        title={t('nav.workFiles')}
        subtitle={t('workFiles.intro')}
        extra={
          profile.agency && profile.official ? (
            <CreateButton onClick={() => setOpening(true)}>{t('workFiles.open')}</CreateButton>
          ) : null
        }
      />
      <Card size="small">
        <WorkFileFilters search={search} onChange={setSearch} />
        <WorkFileTable list={list} paging={searchPaging(search, setSearch)} />
      </Card>
      {opening ? <OpenWorkFileModal onSaved={opened} onClose={() => setOpening(false)} /> : null}
    </>
  );
}
