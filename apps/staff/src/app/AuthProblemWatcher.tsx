import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onAuthProblem } from '../api/client.ts';
import { meKey } from '../auth/session.ts';

/**
 * Any API answer saying the session is gone sends the user to the login page (and back here after);
 * one saying the password must be changed first sends them to that page.
 */
export function AuthProblemWatcher() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();

  useEffect(
    () =>
      onAuthProblem((problem) => {
        const location = router.state.location;
        if (location.pathname === '/login' || location.pathname === '/change-password') return;
        if (problem === 'unauthenticated') {
          void message.info({ content: t('auth.sessionExpired'), key: 'session' });
          // leave the signed-in pages first (they read the cached profile), then forget everything
          void router
            .navigate({ to: '/login', search: { redirect: location.href } })
            .then(() => queryClient.clear());
        } else {
          void queryClient.invalidateQueries({ queryKey: meKey });
          void router.navigate({ to: '/change-password', search: { redirect: location.href } });
        }
      }),
    [router, queryClient, message, t],
  );
  return null;
}
