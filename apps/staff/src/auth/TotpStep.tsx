import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The second step when the account has two-factor authentication on. */
export function TotpStep({
  onSubmit,
  onBack,
  pending,
}: {
  onSubmit: (code: string) => void;
  onBack: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form<{ code: string }>
      name="login-totp"
      layout="vertical"
      requiredMark={false}
      onFinish={({ code }) => onSubmit(code)}
      disabled={pending}
    >
      <Typography.Title level={2} style={{ fontSize: 17 }}>
        {t('auth.totpTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.totpIntro')}</Typography.Paragraph>
      <Form.Item
        label={t('auth.totpCode')}
        name="code"
        rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpCodeInvalid') }]}
      >
        <Input
          prefix={<SafetyOutlined aria-hidden />}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          size="large"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {t('auth.totpSubmit')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('auth.totpBack')}
      </Button>
    </Form>
  );
}
