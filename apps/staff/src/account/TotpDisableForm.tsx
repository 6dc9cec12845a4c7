import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../auth/api.ts';
import { ProblemAlert } from '../shared/ProblemAlert.tsx';
import { useFormProblem } from '../shared/useFormProblem.ts';

/** Turning two-factor off asks for the password again. */
export function TotpDisableForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const { problem, report, clear } = useFormProblem(form);
  const disable = useMutation({
    mutationFn: ({ password }: { password: string }) => authApi.totpDisable(password),
    onSuccess: onDisabled,
    onError: report,
  });
  return (
    <Form
      form={form}
      name="totp-disable"
      layout="vertical"
      onFinish={(values) => {
        clear();
        disable.mutate(values);
      }}
      style={{ maxWidth: 360 }}
    >
      <ProblemAlert problem={problem} />
      <Form.Item
        label={t('twoFactor.disablePassword')}
        name="password"
        rules={[
          { required: true, message: t('common.requiredField', { field: t('twoFactor.disablePassword') }) },
        ]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button danger htmlType="submit" loading={disable.isPending}>
        {t('twoFactor.disable')}
      </Button>
    </Form>
  );
}
