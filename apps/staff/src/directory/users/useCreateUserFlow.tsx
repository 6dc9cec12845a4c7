import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officialKeys } from '../officials/api.ts';
import { userKeys } from './api.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';
import type { CreatedUser } from './types.ts';

/**
 * Creating an account: the form, then (when the server generated it) the temporary password shown once,
 * then the new account's page.
 */
export function useCreateUserFlow(agencyId: string | undefined) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);

  const openUser = (user: CreatedUser) =>
    void navigate({ to: '/users/$userId', params: { userId: user.id } });

  const element = (
    <>
      {open ? (
        <CreateUserModal
          agencyId={agencyId}
          onClose={() => setOpen(false)}
          onCreated={(user) => {
            setOpen(false);
            void message.success(t('users.created'));
            void queryClient.invalidateQueries({ queryKey: userKeys.all });
            void queryClient.invalidateQueries({ queryKey: officialKeys.all });
            if (user.temporaryPassword) setCreated(user);
            else openUser(user);
          }}
        />
      ) : null}
      {created?.temporaryPassword ? (
        <TemporaryPasswordModal
          username={created.username}
          password={created.temporaryPassword}
          onClose={() => {
            const user = created;
            setCreated(null);
            openUser(user);
          }}
        />
      ) : null}
    </>
  );
  return { start: () => setOpen(true), element };
}
