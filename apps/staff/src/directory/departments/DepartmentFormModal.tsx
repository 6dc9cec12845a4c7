import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { blankToNull } from '../../shared/format.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { departmentApi } from './api.ts';
import type { Department } from './types.ts';

interface Values {
  name: string;
  abbreviation: string;
  phone?: string | null;
  email?: string | null;
  sortOrder?: number | null;
  isActive?: boolean;
}

/** Add a department to an agency or edit one (mounted only while open). */
export function DepartmentFormModal({
  agencyId,
  department,
  onClose,
  onSaved,
}: {
  agencyId: string;
  department?: Department | undefined;
  onClose: () => void;
  onSaved: (department: Department) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = (values: Values) => {
    const { sortOrder, isActive, ...rest } = blankToNull(values);
    const input = { ...rest, ...(sortOrder != null ? { sortOrder } : {}) };
    return department
      ? departmentApi.update(department.id, { ...input, ...(isActive !== undefined ? { isActive } : {}) })
      : departmentApi.create(agencyId, input);
  };
  const required = useRequired();

  return (
    <FormModal
      form={form}
      name="department"
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
      width={620}
      initialValues={
        department
          ? {
              name: department.name,
              abbreviation: department.abbreviation,
              phone: department.phone,
              email: department.email,
              sortOrder: department.sortOrder,
              isActive: department.isActive,
            }
          : {}
      }
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={t('departments.name')} name="name" rules={[required.field(t('departments.name'))]}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('departments.abbreviation')}
            name="abbreviation"
            extra={t('departments.abbreviationHint')}
            rules={[required.field(t('departments.abbreviation'))]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('departments.sortOrder')} name="sortOrder">
            <InputNumber min={0} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('departments.phone')} name="phone">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('departments.email')} name="email">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      {department ? (
        <Form.Item label={t('common.active')} name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
