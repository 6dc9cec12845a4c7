import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../account/ChangePasswordForm.tsx';
import { AuthCard } from './AuthCard.tsx';
import { safeRedirect } from './redirect.ts';
import { meQuery } from './session.ts';
import { useLogout } from './useLogout.ts';

const route = getRouteApi('/change-password');

/** A password set by an administrator must be replaced before anything else. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const logout = useLogout();

  return (
    <AuthCard title={t('password.forcedTitle')} intro={t('password.forcedIntro')}>
      <ChangePasswordForm
        onChanged={async () => {
          await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
          void message.success(t('password.changed'));
          await navigate({ href: safeRedirect(redirect) });
        }}
      />
      <Button type="link" onClick={() => void logout()} style={{ paddingInline: 0, marginTop: 12 }}>
        {t('header.logout')}
      </Button>
    </AuthCard>
  );
}
