import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, tablePagination } from '../../shared/pagination.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { officialKeys, officialListQuery } from './api.ts';
import { OfficialFormModal } from './OfficialFormModal.tsx';
import { OfficialsTable } from './OfficialsTable.tsx';
import type { Official } from './types.ts';

/** The officials of one agency, inside its detail page. */
export function OfficialsTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Official | 'new' | null>(null);
  const list = useQuery(officialListQuery({ agencyId, q, includeInactive: true, ...page }));

  return (
    <>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={q}
          label={t('officials.searchLabel')}
          placeholder={t('officials.searchPlaceholder')}
          onSearch={(next) => {
            setQ(next);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('officials.create')}
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <OfficialsTable
          items={list.data?.items ?? []}
          loading={list.isFetching}
          showAgency={false}
          onEdit={canManage ? setEditing : undefined}
          pagination={tablePagination(t, { ...page, total: list.data?.total }, (p, pageSize) =>
            setPage({ page: p, pageSize }),
          )}
        />
      )}
      {editing ? (
        <OfficialFormModal
          official={editing === 'new' ? undefined : editing}
          agencyId={agencyId}
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
