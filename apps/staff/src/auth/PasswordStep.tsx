import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../shared/useRequired.ts';

export interface Credentials {
  username: string;
  password: string;
}

export function PasswordStep({
  onSubmit,
  pending,
  initial,
}: {
  onSubmit: (values: Credentials) => void;
  pending: boolean;
  initial?: Credentials | undefined;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form<Credentials>
      name="login"
      layout="vertical"
      requiredMark={false}
      initialValues={initial}
      onFinish={onSubmit}
      disabled={pending}
    >
      <Form.Item label={t('auth.username')} name="username" rules={[required.text(t('auth.username'))]}>
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[required.field(t('auth.password'))]}>
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
