import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { usePermissions } from '../../auth/permissions.ts';
import { RequirePermission } from '../../auth/RequirePermission.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
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
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const canDefine = permissions.isSystemAdmin && permissions.has('directory.roles.manage');
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const roles = useQuery(rolesQuery);
  const catalogue = useQuery(permissionsQuery);
  const permissionName = useMemo(() => {
    const names = new Map((catalogue.data ?? []).map((p) => [p.key, localName(p, i18n.resolvedLanguage)]));
    return (key: string) => names.get(key) ?? key;
  }, [catalogue.data, i18n.resolvedLanguage]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: roleKeys.all });
  const remove = useMutation({
    mutationFn: (role: Role) => roleApi.remove(role.key),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void refresh();
    },
    onError: (error) => void message.error(problemText(error, t('common.unexpectedError'))),
  });

  const columns: TableColumnsType<Role> = [
    {
      title: t('roles.name'),
      key: 'name',
      minWidth: 170,
      render: (_, role) => (
        <>
          <Typography.Text strong>{localName(role, i18n.resolvedLanguage)}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {role.key}
          </Typography.Text>
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
          <Flex gap={4}>
            <Button
              type="text"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('roles.editAria', { name })}
              onClick={() => setEditing(role)}
            />
            <Popconfirm
              title={t('roles.deleteConfirm', { name })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync(role)}
            >
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('roles.deleteAria', { name })}
              />
            </Popconfirm>
          </Flex>
        );
      },
    });
  }

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        subtitle={t('roles.intro')}
        extra={
          canDefine ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('roles.create')}
            </Button>
          ) : null
        }
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
      {editing ? (
        <RoleFormModal
          role={editing === 'new' ? undefined : editing}
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
