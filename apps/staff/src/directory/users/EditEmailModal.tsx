import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
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
  const { problem, report, clear } = useFormProblem(form);
  const save = useMutation({
    mutationFn: ({ email }: { email?: string }) => userApi.update(user.id, { email: email?.trim() || null }),
    onSuccess: onSaved,
    onError: report,
  });
  return (
    <Modal
      open
      title={t('users.editEmail')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <ProblemAlert problem={problem} />
      <Form
        form={form}
        name="user-email"
        layout="vertical"
        initialValues={{ email: user.email ?? '' }}
        onFinish={(values) => {
          clear();
          save.mutate(values);
        }}
      >
        <Form.Item label={t('users.email')} name="email">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
