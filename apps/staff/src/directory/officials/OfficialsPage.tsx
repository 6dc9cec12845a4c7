import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Button, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { tablePagination } from '../../shared/pagination.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { compact } from '../../shared/search-params.ts';
import { AgencyPicker } from '../agencies/AgencyPicker.tsx';
import { officialKeys, officialListQuery } from './api.ts';
import { OfficialFormModal } from './OfficialFormModal.tsx';
import { OfficialsTable } from './OfficialsTable.tsx';
import type { OfficialsSearch } from './search.ts';
import type { Official } from './types.ts';

const route = getRouteApi('/_app/officials');

/** The province's phone book of officials, filtered by agency and searched by name. */
export function OfficialsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const [editing, setEditing] = useState<Official | 'new' | null>(null);

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
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('officials.create')}
            </Button>
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
          <AgencyPicker
            aria-label={t('officials.agencyFilter')}
            placeholder={t('officials.agencyFilter')}
            value={search.agencyId}
            onChange={(agencyId) => setSearch({ agencyId, page: undefined })}
            style={{ width: 340, maxWidth: '100%' }}
          />
          {search.agencyId ? (
            <Flex gap={8} align="center">
              <Switch
                size="small"
                checked={Boolean(search.sub)}
                aria-label={t('officials.includeSubAgencies')}
                onChange={(sub) => setSearch({ sub: sub || undefined, page: undefined })}
              />
              <Typography.Text>{t('officials.includeSubAgencies')}</Typography.Text>
            </Flex>
          ) : null}
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <OfficialsTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            showAgency
            onEdit={setEditing}
            pagination={tablePagination(
              t,
              { page: search.page, pageSize: search.pageSize, total: list.data?.total },
              (page, pageSize) => setSearch({ page, pageSize }),
            )}
          />
        )}
      </Card>
      {editing ? (
        <OfficialFormModal
          official={editing === 'new' ? undefined : editing}
          agencyId={search.agencyId}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(editing === 'new' ? t('officials.created') : t('common.saved'));
            void queryClient.invalidateQueries({ queryKey: officialKeys.all });
          }}
        />
      ) : null}
    </>
  );
}
