import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from './types.ts';

/** Active or disabled, plus what else an administrator should notice at a glance. */
export function UserStateTags({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {user.isActive ? (
        <Tag color="green">{t('users.stateActive')}</Tag>
      ) : (
        <Tag color="default">{t('users.stateDisabled')}</Tag>
      )}
      {user.locked ? <Tag color="red">{t('users.stateLocked')}</Tag> : null}
      {user.mustChangePassword ? <Tag color="gold">{t('users.stateMustChange')}</Tag> : null}
      {user.totpEnabled ? <Tag color="blue">{t('users.state2fa')}</Tag> : null}
      {user.ssoLinked ? <Tag color="purple">{t('users.stateSso')}</Tag> : null}
    </Flex>
  );
}
