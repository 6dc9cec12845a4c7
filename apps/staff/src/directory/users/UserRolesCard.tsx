import { DeleteOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { App, Card, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { CreateButton } from '../../shared/CreateButton.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { localName } from '../roles/names.ts';
import { AssignRoleModal } from './AssignRoleModal.tsx';
import { userApi } from './api.ts';
import type { RoleGrant, User } from './types.ts';
import { useUserUpdate } from './useUserUpdate.ts';

/** The account's role assignments; assigning and revoking for those who manage it. */
export function UserRolesCard({ user, canManage }: { user: User; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const update = useUserUpdate();
  const [assigning, setAssigning] = useState(false);
  const revoke = useActionMutation({
    mutationFn: (grant: RoleGrant) => userApi.revokeRole(user.id, grant.id),
    onSuccess: update,
    success: t('users.roleRevoked'),
  });

  const columns: TableColumnsType<RoleGrant> = [
    { title: t('users.role'), key: 'role', render: (_, g) => localName(g, i18n.resolvedLanguage) },
    {
      title: t('users.roleAgency'),
      key: 'agency',
      render: (_, g) =>
        g.agency ? (
          <>
            <Link to="/agencies/$agencyId" params={{ agencyId: g.agency.id }}>
              {g.agency.name}
            </Link>
            {g.includeSubtree ? <Tag style={{ marginInlineStart: 8 }}>{t('users.subtree')}</Tag> : null}
          </>
        ) : (
          <Tag color="red">{t('users.globalRole')}</Tag>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, g) => {
        const name = localName(g, i18n.resolvedLanguage);
        return (
          <ConfirmButton
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('users.revokeAria', { role: name })}
            confirm={t('users.revokeConfirm', { role: name })}
            okText={t('users.revoke')}
            onConfirm={() => revoke.mutateAsync(g)}
          />
        );
      },
    });
  }

  return (
    <Card
      title={t('users.roles')}
      size="small"
      extra={
        canManage ? (
          <CreateButton size="small" onClick={() => setAssigning(true)}>
            {t('users.assignRole')}
          </CreateButton>
        ) : null
      }
    >
      <Table<RoleGrant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={user.roles}
        pagination={false}
        locale={{ emptyText: t('users.noRoles') }}
      />
      {assigning ? (
        <AssignRoleModal
          user={user}
          onClose={() => setAssigning(false)}
          onAssigned={(next) => {
            setAssigning(false);
            update(next);
            void message.success(t('users.roleAssigned'));
          }}
        />
      ) : null}
    </Card>
  );
}
