import { ApartmentOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { App, Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { WorkingHoursTab } from '../../calendar/hours/WorkingHoursTab.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { DepartmentsTab } from '../departments/DepartmentsTab.tsx';
import { OfficialsTab } from '../officials/OfficialsTab.tsx';
import { UsersTab } from '../users/UsersTab.tsx';
import { AgencyActiveButton } from './AgencyActiveButton.tsx';
import { AgencyFormModal, type AgencyFormMode } from './AgencyFormModal.tsx';
import { AgencyInfo } from './AgencyInfo.tsx';
import { agencyDetailQuery, useInvalidateAgencies } from './queries.ts';
import type { AgencyTab } from './search.ts';

const route = getRouteApi('/_app/agencies/$agencyId');

/** One agency: its information, departments, officials, accounts and working hours; buttons follow its `can` flags. */
export function AgencyDetailPage() {
  const { t } = useTranslation();
  const { agencyId } = route.useParams();
  const { tab = 'info' } = route.useSearch();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const invalidate = useInvalidateAgencies();
  const [form, setForm] = useState<AgencyFormMode | null>(null);
  const detail = useQuery(agencyDetailQuery(agencyId));

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const agency = detail.data;
  const mayReadAccounts = permissions.hasAny('directory.users.read', 'directory.users.manage');

  const setTab = (next: string) =>
    void navigate({
      to: '/agencies/$agencyId',
      params: { agencyId },
      search: next === 'info' ? {} : { tab: next as AgencyTab },
      replace: true,
    });

  return (
    <>
      <PageHeader
        crumbs={[
          { title: <Link to="/agencies">{t('agencies.title')}</Link> },
          ...agency.ancestors.map((a) => ({
            title: (
              <Link to="/agencies/$agencyId" params={{ agencyId: a.id }}>
                {a.name}
              </Link>
            ),
          })),
          { title: agency.abbreviation },
        ]}
        title={agency.name}
        subtitle={
          <Flex gap={6} wrap component="span">
            <Tag>{agency.abbreviation}</Tag>
            {agency.code ? <Tag color="blue">{agency.code}</Tag> : null}
            <Tag>{t(`levels.${agency.level}`)}</Tag>
            {agency.isActive ? null : <Tag>{t('common.inactive')}</Tag>}
          </Flex>
        }
        extra={
          <>
            {agency.can.createChildren ? (
              <Button
                icon={<ApartmentOutlined aria-hidden />}
                onClick={() => setForm({ kind: 'create', parentId: agency.id })}
              >
                {t('agencies.createChild')}
              </Button>
            ) : null}
            {agency.can.manage ? (
              <Button
                type="primary"
                icon={<EditOutlined aria-hidden />}
                onClick={() => setForm({ kind: 'edit', agency })}
              >
                {t('common.edit')}
              </Button>
            ) : null}
            {agency.can.manage ? <AgencyActiveButton agency={agency} /> : null}
          </>
        }
      />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'info', label: t('agencies.tabInfo'), children: <AgencyInfo agency={agency} /> },
            {
              key: 'departments',
              label: t('agencies.tabDepartments'),
              children: <DepartmentsTab agencyId={agency.id} canManage={agency.can.manageDepartments} />,
            },
            {
              key: 'officials',
              label: t('agencies.tabOfficials'),
              children: <OfficialsTab agencyId={agency.id} canManage={agency.can.manageOfficials} />,
            },
            ...(mayReadAccounts
              ? [
                  {
                    key: 'accounts',
                    label: t('agencies.tabAccounts'),
                    children: <UsersTab agencyId={agency.id} canManage={agency.can.manageUsers} />,
                  },
                ]
              : []),
            {
              key: 'hours',
              label: t('agencies.tabHours'),
              children: <WorkingHoursTab agencyId={agency.id} />,
            },
          ]}
          destroyOnHidden
        />
      </Card>
      {agency.childCount > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          <Link to="/agencies" search={{ parentId: agency.id }}>
            {t('agencies.childCount', { count: agency.childCount })}
          </Link>
        </Typography.Paragraph>
      ) : null}
      {form ? (
        <AgencyFormModal
          mode={form}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            setForm(null);
            void invalidate();
            if (form.kind === 'create') {
              void message.success(t('agencies.created'));
              void navigate({ to: '/agencies/$agencyId', params: { agencyId: saved.id } });
            } else {
              void message.success(t('common.saved'));
            }
          }}
        />
      ) : null}
    </>
  );
}
