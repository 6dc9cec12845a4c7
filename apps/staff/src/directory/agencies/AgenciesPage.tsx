import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { CreateButton } from '../../shared/CreateButton.tsx';
import { FilterSwitch } from '../../shared/FilterSwitch.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { searchPaging } from '../../shared/pagination.ts';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { compact } from '../../shared/search-params.ts';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { AgencyTable } from './AgencyTable.tsx';
import { AgencyTree } from './AgencyTree.tsx';
import { agencyDetailQuery, agencyListQuery, useInvalidateAgencies } from './queries.ts';
import type { AgenciesSearch } from './search.ts';

const route = getRouteApi('/_app/agencies');

/** The organisation tree beside a searchable, paged table of agencies. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const invalidate = useInvalidateAgencies();
  const [creating, setCreating] = useState(false);

  const setSearch = (patch: Partial<AgenciesSearch>) =>
    void navigate({ to: '/agencies', search: compact({ ...search, ...patch }) });

  const params = {
    q: search.q,
    // a search looks everywhere; otherwise the table shows what lies under the picked agency
    parentId: search.q ? undefined : search.parentId,
    includeInactive: search.inactive,
    page: search.page,
    pageSize: search.pageSize,
  };
  const list = useQuery(agencyListQuery(params));
  const parent = useQuery({ ...agencyDetailQuery(search.parentId ?? ''), enabled: Boolean(search.parentId) });

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        extra={
          permissions.has('directory.agencies.manage') ? (
            <CreateButton onClick={() => setCreating(true)}>{t('agencies.create')}</CreateButton>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card title={t('agencies.tree')} size="small">
            <AgencyTree
              selected={search.parentId}
              includeInactive={Boolean(search.inactive)}
              onSelect={(parentId) => setSearch({ parentId, q: undefined, page: undefined })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <Card size="small">
            <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
              <SearchBox
                value={search.q}
                label={t('agencies.searchLabel')}
                placeholder={t('agencies.searchPlaceholder')}
                onSearch={(q) => setSearch({ q, page: undefined })}
              />
              <FilterSwitch
                label={t('common.showInactive')}
                checked={Boolean(search.inactive)}
                onChange={(inactive) => setSearch({ inactive: inactive || undefined, page: undefined })}
              />
            </Flex>
            {!search.q && parent.data ? (
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
                {t('agencies.childrenOf', { name: parent.data.name })}
              </Typography.Title>
            ) : null}
            <AgencyTable list={list} paging={searchPaging(search, setSearch)} />
          </Card>
        </Col>
      </Row>
      {creating ? (
        <AgencyFormModal
          mode={{ kind: 'create', parentId: search.parentId }}
          onClose={() => setCreating(false)}
          onSaved={(agency) => {
            setCreating(false);
            void invalidate();
            void message.success(t('agencies.created'));
            void navigate({ to: '/agencies/$agencyId', params: { agencyId: agency.id } });
          }}
        />
      ) : null}
    </>
  );
}
