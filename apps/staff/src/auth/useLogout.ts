import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from './api.ts';

/** Ends the session on the server, forgets everything cached, and shows the login page. */
export function useLogout() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    // leave the signed-in pages first (they read the cached profile), then forget everything
    await router.navigate({ to: '/login', search: {} });
    queryClient.clear();
    void message.success(t('header.loggedOut'));
  }, [router, queryClient, message, t]);
}
