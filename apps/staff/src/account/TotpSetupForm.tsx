import { Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../auth/api.ts';
import type { TotpSetup } from '../auth/types.ts';
import { ProblemAlert } from '../shared/ProblemAlert.tsx';
import { useFormSubmit } from '../shared/useFormSubmit.ts';

/** Step 2 of turning two-factor on: scan the QR code (or type the secret), then prove it with a code. */
export function TotpSetupForm({ setup, onEnabled }: { setup: TotpSetup; onEnabled: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const enable = useFormSubmit(form, { submit: ({ code }) => authApi.totpEnable(code), onDone: onEnabled });
  return (
    <>
      <Typography.Paragraph>{t('twoFactor.scan')}</Typography.Paragraph>
      <Flex gap={24} wrap align="flex-start">
        <QRCode value={setup.otpauthUri} size={184} aria-label={t('twoFactor.qrLabel')} />
        <div style={{ minWidth: 240, flex: 1 }}>
          <Typography.Text type="secondary">{t('twoFactor.secret')}</Typography.Text>
          <div style={{ marginBottom: 16 }}>
            <Typography.Text
              code
              copyable={{ text: setup.secret, tooltips: [t('common.copy'), t('common.copied')] }}
              style={{ wordBreak: 'break-all' }}
              data-testid="totp-secret"
            >
              {setup.secret}
            </Typography.Text>
          </div>
          <ProblemAlert problem={enable.problem} />
          <Form form={form} name="totp-enable" layout="vertical" onFinish={enable.onFinish}>
            <Form.Item
              label={t('twoFactor.code')}
              name="code"
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpCodeInvalid') }]}
            >
              <Input
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                style={{ maxWidth: 180 }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={enable.pending}>
              {t('twoFactor.enable')}
            </Button>
          </Form>
        </div>
      </Flex>
    </>
  );
}
