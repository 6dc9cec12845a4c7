import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
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
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const roles = useQuery(rolesQuery);
  const roleKey = Form.useWatch('role', form);
  const role = roles.data?.find((r) => r.key === roleKey);
  const assign = (values: Values) =>
    userApi.assignRole(user.id, {
      role: values.role,
      agencyId: role?.isGlobal ? null : (values.agencyId ?? null),
      includeSubtree: role?.isGlobal ? false : Boolean(values.includeSubtree),
    });
  return (
    <FormModal
      form={form}
      name="assign-role"
      title={t('users.assignRoleTitle', { username: user.username })}
      okText={t('users.assignRole')}
      initialValues={{ agencyId: user.official?.agency.id, includeSubtree: false }}
      submit={assign}
      onSaved={onAssigned}
      onClose={onClose}
    >
      <Form.Item label={t('users.role')} name="role" rules={[required.choice(t('users.role'))]}>
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
            rules={[required.choice(t('users.roleAgency'))]}
          >
            <AgencyPicker allowClear={false} />
          </Form.Item>
          <Form.Item name="includeSubtree" valuePropName="checked">
            <Checkbox>{t('users.includeSubtree')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
