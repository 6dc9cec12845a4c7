import { useMutation, useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
import { AgencyPicker } from '../agencies/AgencyPicker.tsx';
import { rolesQuery } from '../roles/api.ts';
import { localName } from '../roles/names.ts';
import { userApi } from './api.ts';
import type { User } from './types.ts';

interface Values {
  role: string;
  agencyId?: string;
  includeSubtree?: boolean;
}

/** A role at an agency (optionally its whole sub-tree); platform-wide roles take no agency. */
export function AssignRoleModal({
  user,
  onClose,
  onAssigned,
}: {
  user: User;
  onClose: () => void;
  onAssigned: (user: User) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const roles = useQuery(rolesQuery);
  const roleKey = Form.useWatch('role', form);
  const role = roles.data?.find((r) => r.key === roleKey);
  const assign = useMutation({
    mutationFn: (values: Values) =>
      userApi.assignRole(user.id, {
        role: values.role,
        agencyId: role?.isGlobal ? null : (values.agencyId ?? null),
        includeSubtree: role?.isGlobal ? false : Boolean(values.includeSubtree),
      }),
    onSuccess: onAssigned,
    onError: report,
  });
  return (
    <Modal
      open
      title={t('users.assignRoleTitle', { username: user.username })}
      okText={t('users.assignRole')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
    >
      <ProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        name="assign-role"
        layout="vertical"
        initialValues={{ agencyId: user.official?.agency.id, includeSubtree: false }}
        onFinish={(values) => {
          clear();
          assign.mutate(values);
        }}
      >
        <Form.Item
          label={t('users.role')}
          name="role"
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('users.role') }) }]}
        >
          <Select
            loading={roles.isLoading}
            options={(roles.data ?? []).map((r) => ({
              value: r.key,
              label: localName(r, i18n.resolvedLanguage),
            }))}
          />
        </Form.Item>
        {role?.isGlobal ? null : (
          <>
            <Form.Item
              label={t('users.roleAgency')}
              name="agencyId"
              rules={[
                { required: true, message: t('common.requiredChoice', { field: t('users.roleAgency') }) },
              ]}
            >
              <AgencyPicker allowClear={false} />
            </Form.Item>
            <Form.Item name="includeSubtree" valuePropName="checked">
              <Checkbox>{t('users.includeSubtree')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
