import { ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Card, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { SearchBox } from '../shared/SearchBox.tsx';
import { compact } from '../shared/search-params.ts';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { nationalPortalApi, nationalPortalKeys, syncOverviewQuery } from './api.ts';
import { SyncProblemsTable } from './SyncProblemsTable.tsx';
import { SyncRequestsTable } from './SyncRequestsTable.tsx';
import type { NationalPortalSearch } from './search.ts';

const route = getRouteApi('/_app/national-portal');

/** The sync is the province's: only system administrators see it (the server checks again). */
export function NationalPortalSyncPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  if (!permissions.isSystemAdmin)
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbiddenText')} />;
  return <SyncOverviewPage />;
}

/**
 * Đồng bộ Cổng Dịch vụ công quốc gia: whether the sync is on, the history lines it could not deliver (with a
 * resend), and the latest requests with what the portal answered, for one dossier code when one is given.
 */
function SyncOverviewPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setSearch = (patch: Partial<NationalPortalSearch>) =>
    void navigate({ to: '/national-portal', search: compact({ ...search, ...patch }) });
  const overview = useQuery(syncOverviewQuery(search.code));
  const retry = useActionMutation({
    mutationFn: (id: string) => nationalPortalApi.retry(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nationalPortalKeys.all }),
    success: t('nationalPortal.retried'),
  });

  const data = overview.data;
  return (
    <>
      <PageHeader
        title={t('nationalPortal.title')}
        subtitle={t('nationalPortal.intro')}
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={overview.isFetching}
            onClick={() => void overview.refetch()}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {data && !data.enabled ? (
            <Alert
              type="warning"
              showIcon
              title={t('nationalPortal.disabled')}
              description={t('nationalPortal.disabledHint')}
            />
          ) : null}
          <Card size="small" title={t('nationalPortal.problems', { count: data?.problems.length ?? 0 })}>
            <SyncProblemsTable
              problems={data?.problems ?? []}
              loading={!data}
              retrying={retry.isPending ? retry.variables : undefined}
              onRetry={(line) => retry.mutateAsync(line.id)}
            />
          </Card>
          <Card
            size="small"
            title={t('nationalPortal.requests')}
            extra={
              <SearchBox
                value={search.code}
                label={t('nationalPortal.codeSearch')}
                placeholder={t('nationalPortal.codePlaceholder')}
                width={280}
                onSearch={(code) => setSearch({ code })}
              />
            }
          >
            <SyncRequestsTable requests={data?.requests ?? []} loading={!data} />
          </Card>
        </Space>
      )}
    </>
  );
}
