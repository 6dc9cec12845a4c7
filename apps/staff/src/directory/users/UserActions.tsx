import {
  CheckCircleOutlined,
  DisconnectOutlined,
  KeyOutlined,
  SafetyOutlined,
  StopOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
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
  const fail = (error: unknown) => void message.error(problemText(error, t('common.unexpectedError')));

  const unlock = useMutation({
    mutationFn: () => userApi.unlock(user.id),
    onSuccess: (next) => {
      update(next);
      void message.success(t('users.unlocked'));
    },
    onError: fail,
  });
  const resetTotp = useMutation({
    mutationFn: () => userApi.resetTotp(user.id),
    onSuccess: (next) => {
      update(next);
      void message.success(t('users.totpReset'));
    },
    onError: fail,
  });
  const unlinkSso = useMutation({
    mutationFn: () => userApi.unlinkSso(user.id),
    onSuccess: (next) => {
      update(next);
      void message.success(t('users.ssoUnlinked'));
    },
    onError: fail,
  });
  const setActive = useMutation({
    mutationFn: (isActive: boolean) => userApi.update(user.id, { isActive }),
    onSuccess: (next) => {
      update(next);
      void message.success(next.isActive ? t('users.enabled') : t('users.disabled'));
    },
    onError: fail,
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
        <Popconfirm
          title={t('users.resetTotpConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => resetTotp.mutateAsync()}
        >
          <Button icon={<SafetyOutlined aria-hidden />}>{t('users.resetTotp')}</Button>
        </Popconfirm>
      ) : null}
      {user.ssoLinked ? (
        <Popconfirm
          title={t('users.unlinkSsoConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => unlinkSso.mutateAsync()}
        >
          <Button icon={<DisconnectOutlined aria-hidden />}>{t('users.unlinkSso')}</Button>
        </Popconfirm>
      ) : null}
      {user.isActive ? (
        <Popconfirm
          title={t('users.disableConfirm')}
          okText={t('users.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => setActive.mutateAsync(false)}
        >
          <Button danger icon={<StopOutlined aria-hidden />}>
            {t('users.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t('users.enableConfirm')}
          okText={t('users.enable')}
          cancelText={t('common.cancel')}
          onConfirm={() => setActive.mutateAsync(true)}
        >
          <Button icon={<CheckCircleOutlined aria-hidden />}>{t('users.enable')}</Button>
        </Popconfirm>
      )}
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
