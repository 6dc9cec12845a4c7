import { SafetyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem.ts';
import { authApi } from '../auth/api.ts';
import { meKey, useProfile } from '../auth/session.ts';
import type { TotpSetup } from '../auth/types.ts';
import { TotpDisableForm } from './TotpDisableForm.tsx';
import { TotpSetupForm } from './TotpSetupForm.tsx';

/** Two-factor authentication: on or off, setting it up with a QR code, turning it off with the password. */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const profile = useProfile();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const refreshProfile = () => queryClient.invalidateQueries({ queryKey: meKey });
  const start = useMutation({
    mutationFn: authApi.totpSetup,
    onSuccess: setSetup,
    onError: (error) => void message.error(problemText(error, t('common.unexpectedError'))),
  });

  return (
    <Card
      title={t('twoFactor.title')}
      size="small"
      extra={
        profile.totpEnabled ? (
          <Tag color="green">{t('twoFactor.enabledState')}</Tag>
        ) : (
          <Tag>{t('twoFactor.disabledState')}</Tag>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('twoFactor.intro')}</Typography.Paragraph>
      {profile.totpEnabled ? (
        <TotpDisableForm
          onDisabled={() => {
            void message.success(t('twoFactor.disabled'));
            void refreshProfile();
          }}
        />
      ) : setup ? (
        <TotpSetupForm
          setup={setup}
          onEnabled={() => {
            setSetup(null);
            void message.success(t('twoFactor.enabled'));
            void refreshProfile();
          }}
        />
      ) : (
        <Button
          type="primary"
          icon={<SafetyOutlined aria-hidden />}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('twoFactor.setup')}
        </Button>
      )}
    </Card>
  );
}
