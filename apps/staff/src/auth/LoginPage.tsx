import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { AuthCard } from './AuthCard.tsx';
import { authApi } from './api.ts';
import { LoginError } from './LoginError.tsx';
import { type Credentials, PasswordStep } from './PasswordStep.tsx';
import { safeRedirect } from './redirect.ts';
import { SsoButton } from './SsoButton.tsx';
import { SsoFailure } from './SsoFailure.tsx';
import { meKey } from './session.ts';
import { TotpStep } from './TotpStep.tsx';
import type { LoginInput } from './types.ts';

const route = getRouteApi('/login');

/** Username and password, then (when the account has it on) the two-factor code. */
export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, error, reason } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [credentials, setCredentials] = useState<Credentials>();
  const [step, setStep] = useState<'password' | 'totp'>('password');

  const login = useMutation({
    mutationFn: (input: LoginInput) => authApi.login(input),
    onSuccess: async (profile) => {
      queryClient.clear();
      queryClient.setQueryData(meKey, profile);
      if (profile.mustChangePassword) {
        await navigate({ to: '/change-password', search: { redirect } });
      } else {
        await navigate({ href: safeRedirect(redirect) });
      }
    },
    onError: (error) => {
      if (isApiError(error) && error.problem.totpRequired) setStep('totp');
    },
  });
  const needsCode = isApiError(login.error) && login.error.problem.totpRequired;

  return (
    <AuthCard title={t('auth.title')} intro={t('auth.intro')}>
      {error === 'sso' && !login.error ? <SsoFailure reason={reason} /> : null}
      {needsCode ? null : <LoginError error={login.error} />}
      {step === 'password' ? (
        <>
          <PasswordStep
            initial={credentials}
            pending={login.isPending}
            onSubmit={(values) => {
              setCredentials(values);
              login.mutate(values);
            }}
          />
          <SsoButton returnTo={safeRedirect(redirect)} />
        </>
      ) : (
        <TotpStep
          pending={login.isPending}
          onSubmit={(code) => credentials && login.mutate({ ...credentials, totp: code })}
          onBack={() => {
            login.reset();
            setCredentials(undefined);
            setStep('password');
          }}
        />
      )}
    </AuthCard>
  );
}
