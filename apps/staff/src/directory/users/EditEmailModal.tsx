import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { userApi } from './api.ts';
import type { User } from './types.ts';

export function EditEmailModal({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email?: string }>();
  return (
    <FormModal
      form={form}
      name="user-email"
      title={t('users.editEmail')}
      initialValues={{ email: user.email ?? '' }}
      submit={({ email }) => userApi.update(user.id, { email: email?.trim() || null })}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={t('users.email')} name="email">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
