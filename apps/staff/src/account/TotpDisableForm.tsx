import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../auth/api.ts';
import { ProblemAlert } from '../shared/ProblemAlert.tsx';
import { useFormSubmit } from '../shared/useFormSubmit.ts';
import { useRequired } from '../shared/useRequired.ts';

/** Turning two-factor off asks for the password again. */
export function TotpDisableForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<{ password: string }>();
  const disable = useFormSubmit(form, {
    submit: ({ password }) => authApi.totpDisable(password),
    onDone: onDisabled,
  });
  return (
    <Form
      form={form}
      name="totp-disable"
      layout="vertical"
      onFinish={disable.onFinish}
      style={{ maxWidth: 360 }}
    >
      <ProblemAlert problem={disable.problem} />
      <Form.Item
        label={t('twoFactor.disablePassword')}
        name="password"
        rules={[required.field(t('twoFactor.disablePassword'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button danger htmlType="submit" loading={disable.pending}>
        {t('twoFactor.disable')}
      </Button>
    </Form>
  );
}
