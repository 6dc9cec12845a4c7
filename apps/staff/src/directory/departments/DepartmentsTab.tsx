import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { DEFAULT_PAGE_SIZE, tablePagination } from '../../shared/pagination.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { SearchBox } from '../../shared/SearchBox.tsx';
import { ActiveTag } from '../agencies/StatusTag.tsx';
import { departmentApi, departmentKeys } from './api.ts';
import { DepartmentFormModal } from './DepartmentFormModal.tsx';
import type { Department } from './types.ts';

/** The departments of one agency; adding, editing and deleting when the agency's `can` says so. */
export function DepartmentsTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  const params = { q, includeInactive: true, ...page };
  const list = useQuery({
    queryKey: departmentKeys.list(agencyId, params),
    queryFn: () => departmentApi.list(agencyId, params),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: departmentKeys.all });
  const remove = useMutation({
    mutationFn: (department: Department) => departmentApi.remove(department.id),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void refresh();
    },
    onError: (error) => void message.error(problemText(error, t('common.unexpectedError'))),
  });

  const columns: TableColumnsType<Department> = [
    { title: t('departments.name'), dataIndex: 'name' },
    { title: t('departments.abbreviation'), dataIndex: 'abbreviation', width: 110 },
    { title: t('departments.phone'), dataIndex: 'phone', width: 150, responsive: ['lg'] },
    { title: t('departments.email'), dataIndex: 'email', responsive: ['xl'] },
    { title: t('departments.officialCount'), dataIndex: 'officialCount', width: 100, align: 'right' },
    {
      title: t('common.status'),
      dataIndex: 'isActive',
      width: 150,
      render: (active: boolean) => <ActiveTag active={active} />,
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, department) => (
        <Flex gap={4}>
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={`${t('common.edit')} ${department.name}`}
            onClick={() => setEditing(department)}
          />
          <Popconfirm
            title={t('departments.deleteConfirm', { name: department.name })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(department)}
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`${t('common.delete')} ${department.name}`}
            />
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={q}
          label={t('departments.searchPlaceholder')}
          placeholder={t('departments.searchPlaceholder')}
          onSearch={(next) => {
            setQ(next);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('departments.create')}
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Department>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 560 }}
          locale={{ emptyText: t('departments.empty') }}
          pagination={tablePagination(t, { ...page, total: list.data?.total }, (p, pageSize) =>
            setPage({ page: p, pageSize }),
          )}
        />
      )}
      {editing ? (
        <DepartmentFormModal
          agencyId={agencyId}
          department={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(t('common.saved'));
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
