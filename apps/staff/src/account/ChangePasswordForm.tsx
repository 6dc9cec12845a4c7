import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '../auth/api.ts';
import { ProblemAlert } from '../shared/ProblemAlert.tsx';
import { useFormSubmit } from '../shared/useFormSubmit.ts';
import { useRequired } from '../shared/useRequired.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, new password twice; the server judges the strength and says why in Vietnamese. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const change = useFormSubmit(form, {
    submit: (values) =>
      authApi.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onDone: async () => {
      form.resetFields();
      await onChanged();
    },
  });

  return (
    <Form<Values>
      form={form}
      name="change-password"
      layout="vertical"
      requiredMark={false}
      onFinish={change.onFinish}
      disabled={change.pending}
      style={{ maxWidth: 420 }}
    >
      <ProblemAlert problem={change.problem} />
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[required.field(t('password.current'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={<Typography.Text type="secondary">{t('password.rules')}</Typography.Text>}
        rules={[required.field(t('password.new'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          required.field(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.pending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
