import { DisconnectOutlined, KeyOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton.tsx';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { userApi } from './api.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';
import type { User } from './types.ts';
import { useUserUpdate } from './useUserUpdate.ts';

/** What an administrator does to an account: password reset, unlock, two-factor reset, enable/disable. */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUserUpdate();
  const [resetting, setResetting] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);

  const unlock = useActionMutation({
    mutationFn: () => userApi.unlock(user.id),
    onSuccess: update,
    success: t('users.unlocked'),
  });
  const resetTotp = useActionMutation({
    mutationFn: () => userApi.resetTotp(user.id),
    onSuccess: update,
    success: t('users.totpReset'),
  });
  const unlinkSso = useActionMutation({
    mutationFn: () => userApi.unlinkSso(user.id),
    onSuccess: update,
    success: t('users.ssoUnlinked'),
  });
  const setActive = useActionMutation({
    mutationFn: (isActive: boolean) => userApi.update(user.id, { isActive }),
    onSuccess: update,
    success: (next) => (next.isActive ? t('users.enabled') : t('users.disabled')),
  });

  return (
    <>
      <Button icon={<KeyOutlined aria-hidden />} onClick={() => setResetting(true)}>
        {t('users.resetPassword')}
      </Button>
      {user.locked ? (
        <Button
          icon={<UnlockOutlined aria-hidden />}
          loading={unlock.isPending}
          onClick={() => unlock.mutate()}
        >
          {t('users.unlock')}
        </Button>
      ) : null}
      {user.totpEnabled ? (
        <ConfirmButton
          confirm={t('users.resetTotpConfirm')}
          okText={t('common.confirm')}
          icon={<SafetyOutlined aria-hidden />}
          onConfirm={() => resetTotp.mutateAsync()}
        >
          {t('users.resetTotp')}
        </ConfirmButton>
      ) : null}
      {user.ssoLinked ? (
        <ConfirmButton
          confirm={t('users.unlinkSsoConfirm')}
          okText={t('common.confirm')}
          icon={<DisconnectOutlined aria-hidden />}
          onConfirm={() => unlinkSso.mutateAsync()}
        >
          {t('users.unlinkSso')}
        </ConfirmButton>
      ) : null}
      <ActiveToggleButton
        active={user.isActive}
        disable={{ label: t('users.disable'), confirm: t('users.disableConfirm') }}
        enable={{ label: t('users.enable'), confirm: t('users.enableConfirm') }}
        onChange={setActive.mutateAsync}
      />
      {resetting ? (
        <ResetPasswordModal
          user={user}
          onClose={() => setResetting(false)}
          onDone={(password) => {
            setResetting(false);
            void message.success(t('users.passwordReset'));
            update({ ...user, mustChangePassword: true });
            if (password) setTemporary(password);
          }}
        />
      ) : null}
      {temporary ? (
        <TemporaryPasswordModal
          username={user.username}
          password={temporary}
          onClose={() => setTemporary(null)}
        />
      ) : null}
    </>
  );
}
