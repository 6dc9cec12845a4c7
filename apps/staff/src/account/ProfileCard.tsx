import { Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { ClearanceTag } from '../directory/officials/ClearanceTag.tsx';
import { localName } from '../directory/roles/names.ts';

export function ProfileCard() {
  const { t, i18n } = useTranslation();
  const profile = useProfile();
  const none = t('common.none');
  return (
    <Card title={t('account.profile')} size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('account.fullName'), children: profile.displayName },
          { key: 'username', label: t('account.username'), children: profile.username },
          { key: 'email', label: t('account.email'), children: profile.email ?? none },
          { key: 'agency', label: t('account.agency'), children: profile.agency?.name ?? none },
          {
            key: 'department',
            label: t('account.department'),
            children: profile.official?.department?.name ?? none,
          },
          { key: 'position', label: t('account.position'), children: profile.official?.position ?? none },
          ...(profile.official
            ? [
                {
                  key: 'clearance',
                  label: t('account.clearance'),
                  children: <ClearanceTag clearance={profile.official.clearance} />,
                },
              ]
            : []),
          {
            key: 'roles',
            label: t('account.roles'),
            children:
              profile.roles.length === 0 ? (
                t('account.noRoles')
              ) : (
                <Flex gap={4} wrap>
                  {profile.roles.map((r) => (
                    <Tag key={`${r.role}:${r.agency?.id ?? ''}`} color="blue">
                      {localName(r, i18n.resolvedLanguage)}
                      {r.agency ? ` · ${r.agency.name}` : ''}
                      {r.includeSubtree ? ` (${t('users.subtree')})` : ''}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
