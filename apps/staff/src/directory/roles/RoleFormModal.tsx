import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { permissionsQuery, roleApi } from './api.ts';
import { localName } from './names.ts';
import type { Role } from './types.ts';

interface Values {
  key: string;
  nameVi: string;
  nameEn: string;
  description?: string;
  permissions: string[];
}

/** A custom role: its key, names in both languages, and the permissions ticked from the catalogue. */
export function RoleFormModal({
  role,
  onClose,
  onSaved,
}: {
  role?: Role | undefined;
  onClose: () => void;
  onSaved: (role: Role) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const catalogue = useQuery(permissionsQuery);
  const save = (values: Values) => {
    const input = {
      nameVi: values.nameVi,
      nameEn: values.nameEn,
      description: values.description?.trim() || null,
      permissions: values.permissions ?? [],
    };
    return role ? roleApi.update(role.key, input) : roleApi.create({ key: values.key, ...input });
  };
  const required = useRequired();

  return (
    <FormModal
      form={form}
      name="role"
      title={role ? t('roles.editTitle') : t('roles.createTitle')}
      width={680}
      initialValues={
        role
          ? {
              key: role.key,
              nameVi: role.nameVi,
              nameEn: role.nameEn,
              description: role.description ?? '',
              permissions: role.permissions,
            }
          : { permissions: [] }
      }
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('roles.key')}
        name="key"
        extra={t('roles.keyHint')}
        rules={[required.text(t('roles.key'))]}
      >
        <Input disabled={Boolean(role)} maxLength={41} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('roles.nameVi')} name="nameVi" rules={[required.text(t('roles.nameVi'))]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('roles.nameEn')} name="nameEn" rules={[required.text(t('roles.nameEn'))]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('roles.description')} name="description">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item label={t('roles.permissions')} name="permissions">
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {(catalogue.data ?? []).map((p) => (
              <Checkbox key={p.key} value={p.key}>
                {localName(p, i18n.resolvedLanguage)}{' '}
                <span style={{ color: '#8c8c8c', fontSize: 12 }}>({p.key})</span>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
    </FormModal>
  );
}
