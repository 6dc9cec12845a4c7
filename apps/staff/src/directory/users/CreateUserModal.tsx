import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { AgencyPicker } from '../agencies/AgencyPicker.tsx';
import { agencyDetailQuery } from '../agencies/queries.ts';
import { rolesQuery } from '../roles/api.ts';
import { localName } from '../roles/names.ts';
import { userApi } from './api.ts';
import { OfficialWithoutAccountSelect } from './OfficialWithoutAccountSelect.tsx';
import { suggestUsername } from './suggest-username.ts';
import type { CreatedUser, CreateUserInput } from './types.ts';

interface Values {
  agencyId?: string;
  officialId: string;
  username: string;
  email?: string;
  password?: string;
  mustChangePassword: boolean;
  role?: string;
}

/** Where the server's pointers land in this form (password strength is reported on `newPassword`). */
const fieldOfPointer = {
  roles: ['role'],
  'roles.0.role': ['role'],
  'roles.0.agencyId': ['agencyId'],
  newPassword: ['password'],
};

/** An account for an official who has none; with no password given, the server makes a temporary one. */
export function CreateUserModal({
  agencyId,
  onClose,
  onCreated,
}: {
  agencyId?: string | undefined;
  onClose: () => void;
  onCreated: (user: CreatedUser) => void;
}) {
  const { t, i18n } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const chosenAgency = Form.useWatch('agencyId', form);
  const agency = useQuery({ ...agencyDetailQuery(chosenAgency ?? ''), enabled: Boolean(chosenAgency) });
  const roles = useQuery(rolesQuery);

  const create = (values: Values) => {
    const role = roles.data?.find((r) => r.key === values.role);
    const input: CreateUserInput = {
      officialId: values.officialId,
      username: values.username.trim(),
      mustChangePassword: values.mustChangePassword,
      ...(values.email?.trim() ? { email: values.email.trim() } : {}),
      ...(values.password ? { password: values.password } : {}),
      ...(role
        ? { roles: [{ role: role.key, agencyId: role.isGlobal ? null : (values.agencyId ?? null) }] }
        : {}),
    };
    return userApi.create(input);
  };

  return (
    <FormModal
      form={form}
      name="create-user"
      title={t('users.createTitle')}
      okText={t('users.create')}
      width={720}
      initialValues={{ agencyId, mustChangePassword: true }}
      onValuesChange={(changed) => {
        if ('agencyId' in changed) form.setFieldValue('officialId', undefined);
      }}
      rename={fieldOfPointer}
      submit={create}
      onSaved={onCreated}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('users.agency')} name="agencyId" rules={[required.choice(t('users.agency'))]}>
            <AgencyPicker allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.official')}
            name="officialId"
            extra={t('users.officialHint')}
            rules={[required.choice(t('users.official'))]}
          >
            <OfficialWithoutAccountSelect
              agencyId={chosenAgency}
              onChange={(officialId, official) => {
                form.setFieldValue('officialId', officialId);
                if (official && !form.isFieldTouched('username')) {
                  form.setFieldValue(
                    'username',
                    suggestUsername(official.fullName, agency.data?.abbreviation),
                  );
                }
                if (official?.email && !form.isFieldTouched('email'))
                  form.setFieldValue('email', official.email);
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.username')}
            name="username"
            extra={t('users.usernameHint')}
            rules={[required.text(t('users.username'))]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('users.email')} name="email">
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('users.password')} name="password" extra={t('users.passwordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('users.initialRole')} name="role" extra={t('users.initialRoleHint')}>
            <Select
              allowClear
              loading={roles.isLoading}
              options={(roles.data ?? []).map((r) => ({
                value: r.key,
                label: localName(r, i18n.resolvedLanguage),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="mustChangePassword" valuePropName="checked">
        <Checkbox>{t('users.mustChangePassword')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
