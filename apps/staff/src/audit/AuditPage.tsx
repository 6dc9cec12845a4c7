import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Card } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { RequirePermission } from '../auth/RequirePermission.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging } from '../shared/pagination.ts';
import { compact } from '../shared/search-params.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { auditListQuery } from './api.ts';
import type { AuditSearch } from './search.ts';
import { useVerifyChain } from './useVerifyChain.tsx';

const route = getRouteApi('/_app/audit');

export function AuditPage() {
  return (
    <RequirePermission anyOf={['audit.read']}>
      <AuditLog />
    </RequirePermission>
  );
}

/** The audit log, newest first, filtered by action prefix and period. */
function AuditLog() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const verify = useVerifyChain();
  const setSearch = (patch: Partial<AuditSearch>) =>
    void navigate({ to: '/audit', search: compact({ ...search, ...patch }) });
  const list = useQuery(
    auditListQuery({
      action: search.action,
      // whole days in the user's time zone
      from: search.from ? dayjs(search.from).startOf('day').toISOString() : undefined,
      to: search.to ? dayjs(search.to).endOf('day').toISOString() : undefined,
      page: search.page,
      pageSize: search.pageSize,
    }),
  );
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.intro')}
        extra={permissions.isSystemAdmin ? verify.button : null}
      />
      {verify.verdict ? <div style={{ marginBottom: 16 }}>{verify.verdict}</div> : null}
      <Card size="small">
        <div style={{ marginBottom: 16 }}>
          <AuditFilters search={search} onApply={(patch) => setSearch({ ...patch, page: undefined })} />
        </div>
        <AuditTable list={list} paging={searchPaging(search, setSearch)} />
      </Card>
    </>
  );
}
