import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditDeleteButtons } from '../../shared/EditDeleteButtons.tsx';
import { ListToolbar } from '../../shared/ListToolbar.tsx';
import { PagedTable } from '../../shared/PagedTable.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { useEditing } from '../../shared/useEditing.ts';
import { useLocalListSearch } from '../../shared/useLocalListSearch.ts';
import { ActiveTag } from '../agencies/StatusTag.tsx';
import { departmentApi, departmentKeys, departmentListQuery } from './api.ts';
import { DepartmentFormModal } from './DepartmentFormModal.tsx';
import type { Department } from './types.ts';

/** The departments of one agency; adding, editing and deleting when the agency's `can` says so. */
export function DepartmentsTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { params, search, paging } = useLocalListSearch();

  const list = useQuery(departmentListQuery(agencyId, { includeInactive: true, ...params }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: departmentKeys.all });
  const editor = useEditing<Department>({ onSaved: refresh });
  const remove = useActionMutation({
    mutationFn: (department: Department) => departmentApi.remove(department.id),
    onSuccess: () => void refresh(),
    success: t('common.deleted'),
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
        <EditDeleteButtons
          editLabel={`${t('common.edit')} ${department.name}`}
          deleteLabel={`${t('common.delete')} ${department.name}`}
          deleteConfirm={t('departments.deleteConfirm', { name: department.name })}
          onEdit={() => editor.edit(department)}
          onDelete={() => remove.mutateAsync(department)}
        />
      ),
    });
  }

  return (
    <>
      <ListToolbar
        q={params.q}
        onSearch={search}
        searchLabel={t('departments.searchPlaceholder')}
        searchPlaceholder={t('departments.searchPlaceholder')}
        createLabel={t('departments.create')}
        onCreate={canManage ? editor.create : undefined}
      />
      <PagedTable<Department>
        list={list}
        paging={paging}
        columns={columns}
        scrollX={560}
        emptyText={t('departments.empty')}
      />
      {editor.open ? (
        <DepartmentFormModal
          agencyId={agencyId}
          department={editor.item}
          onClose={editor.close}
          onSaved={editor.saved}
        />
      ) : null}
    </>
  );
}
