import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { App, Button, Card, Col, Descriptions, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { RequirePermission } from '../../auth/RequirePermission.tsx';
import { formatDateTime } from '../../shared/format.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { agencyDetailQuery } from '../agencies/queries.ts';
import { userDetailQuery } from './api.ts';
import { EditEmailModal } from './EditEmailModal.tsx';
import { UserActions } from './UserActions.tsx';
import { UserRolesCard } from './UserRolesCard.tsx';
import { UserStateTags } from './UserStateTags.tsx';
import { useUserUpdate } from './useUserUpdate.ts';

const route = getRouteApi('/_app/users/$userId');

export function UserDetailPage() {
  return (
    <RequirePermission anyOf={['directory.users.read', 'directory.users.manage']}>
      <UserDetail />
    </RequirePermission>
  );
}

/** One account: who it belongs to, its state and roles, and the administrator's actions. */
function UserDetail() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const update = useUserUpdate();
  const [editingEmail, setEditingEmail] = useState(false);
  const user = useQuery(userDetailQuery(userId));
  const agencyId = user.data?.official?.agency.id;
  const agency = useQuery({ ...agencyDetailQuery(agencyId ?? ''), enabled: Boolean(agencyId) });

  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) return <Skeleton active />;
  const u = user.data;
  // the server decides per agency; the agency's `can` flags carry that decision
  const canManage = permissions.isSystemAdmin || Boolean(agency.data?.can.manageUsers);

  return (
    <>
      <PageHeader
        crumbs={[{ title: <Link to="/users">{t('users.title')}</Link> }, { title: u.username }]}
        title={t('users.detailTitle', { username: u.username })}
        subtitle={u.displayName}
        extra={canManage ? <UserActions user={u} /> : null}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('users.info')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'state', label: t('common.status'), children: <UserStateTags user={u} /> },
                { key: 'username', label: t('users.username'), children: u.username },
                { key: 'name', label: t('users.displayName'), children: u.displayName },
                {
                  key: 'agency',
                  label: t('users.agency'),
                  children: u.official ? (
                    <Link to="/agencies/$agencyId" params={{ agencyId: u.official.agency.id }}>
                      {u.official.agency.name}
                    </Link>
                  ) : (
                    t('common.none')
                  ),
                },
                {
                  key: 'position',
                  label: t('officials.position'),
                  children: u.official?.position ?? t('common.none'),
                },
                {
                  key: 'department',
                  label: t('officials.department'),
                  children: u.official?.department?.name ?? t('common.none'),
                },
                {
                  key: 'email',
                  label: t('users.email'),
                  children: (
                    <>
                      {u.email ?? t('common.none')}
                      {canManage ? (
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined aria-hidden />}
                          aria-label={t('users.editEmail')}
                          onClick={() => setEditingEmail(true)}
                        />
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'lastLogin',
                  label: t('users.lastLogin'),
                  children: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never'),
                },
                { key: 'failed', label: t('users.failedLogins'), children: u.failedLoginCount },
                ...(u.lockedUntil
                  ? [
                      {
                        key: 'locked',
                        label: t('users.lockedUntil'),
                        children: formatDateTime(u.lockedUntil),
                      },
                    ]
                  : []),
                {
                  key: 'created',
                  label: t('users.createdAt'),
                  children: formatDateTime(u.createdAt),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <UserRolesCard user={u} canManage={canManage} />
        </Col>
      </Row>
      {editingEmail ? (
        <EditEmailModal
          user={u}
          onClose={() => setEditingEmail(false)}
          onSaved={(next) => {
            setEditingEmail(false);
            update(next);
            void message.success(t('common.saved'));
          }}
        />
      ) : null}
    </>
  );
}
