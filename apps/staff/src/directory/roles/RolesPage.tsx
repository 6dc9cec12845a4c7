import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { RequirePermission } from '../../auth/RequirePermission.tsx';
import { CreateButton } from '../../shared/CreateButton.tsx';
import { EditDeleteButtons } from '../../shared/EditDeleteButtons.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { useEditing } from '../../shared/useEditing.ts';
import { permissionsQuery, roleApi, roleKeys, rolesQuery } from './api.ts';
import { localName } from './names.ts';
import { RoleFormModal } from './RoleFormModal.tsx';
import type { Role } from './types.ts';

export function RolesPage() {
  return (
    <RequirePermission anyOf={['directory.roles.manage', 'directory.users.manage']}>
      <RolesList />
    </RequirePermission>
  );
}

/** Built-in and custom roles with their permissions; system administrators define custom ones. */
function RolesList() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const canDefine = permissions.isSystemAdmin && permissions.has('directory.roles.manage');
  const roles = useQuery(rolesQuery);
  const catalogue = useQuery(permissionsQuery);
  const permissionName = useMemo(() => {
    const names = new Map((catalogue.data ?? []).map((p) => [p.key, localName(p, i18n.resolvedLanguage)]));
    return (key: string) => names.get(key) ?? key;
  }, [catalogue.data, i18n.resolvedLanguage]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: roleKeys.all });
  const editor = useEditing<Role>({ onSaved: refresh });
  const remove = useActionMutation({
    mutationFn: (role: Role) => roleApi.remove(role.key),
    onSuccess: () => void refresh(),
    success: t('common.deleted'),
  });

  const columns: TableColumnsType<Role> = [
    {
      title: t('roles.name'),
      key: 'name',
      minWidth: 170,
      render: (_, role) => (
        <>
          <Typography.Text strong>{localName(role, i18n.resolvedLanguage)}</Typography.Text>
          <SecondLine>{role.key}</SecondLine>
        </>
      ),
    },
    { title: t('roles.description'), dataIndex: 'description', responsive: ['xxl'], width: 260 },
    {
      title: t('roles.permissions'),
      key: 'permissions',
      render: (_, role) =>
        role.permissions.length === 0 ? (
          <Typography.Text type="secondary">{t('roles.noPermissions')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {role.permissions.map((p) => (
              <Tag key={p}>{permissionName(p)}</Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t('common.status'),
      key: 'kind',
      width: 150,
      render: (_, role) => (
        <Flex gap={4} wrap>
          {role.isBuiltin ? (
            <Tag color="geekblue">{t('roles.builtin')}</Tag>
          ) : (
            <Tag color="cyan">{t('roles.custom')}</Tag>
          )}
          {role.isGlobal ? <Tag color="red">{t('roles.global')}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('roles.holders'), dataIndex: 'holders', width: 100, align: 'right' },
  ];
  if (canDefine) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, role) => {
        if (role.isBuiltin) return null;
        const name = localName(role, i18n.resolvedLanguage);
        return (
          <EditDeleteButtons
            editLabel={t('roles.editAria', { name })}
            deleteLabel={t('roles.deleteAria', { name })}
            deleteConfirm={t('roles.deleteConfirm', { name })}
            onEdit={() => editor.edit(role)}
            onDelete={() => remove.mutateAsync(role)}
          />
        );
      },
    });
  }

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        subtitle={t('roles.intro')}
        extra={canDefine ? <CreateButton onClick={editor.create}>{t('roles.create')}</CreateButton> : null}
      />
      <Card size="small">
        {roles.isError ? (
          <QueryError error={roles.error} onRetry={() => void roles.refetch()} />
        ) : (
          <Table<Role>
            rowKey="key"
            size="middle"
            columns={columns}
            dataSource={roles.data ?? []}
            loading={roles.isLoading}
            pagination={false}
            scroll={{ x: 640 }}
          />
        )}
      </Card>
      {editor.open ? (
        <RoleFormModal role={editor.item} onClose={editor.close} onSaved={editor.saved} />
      ) : null}
    </>
  );
}
