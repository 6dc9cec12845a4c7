import { useMutation } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { blankToNull } from '../../shared/format.ts';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
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
  const { problem, report, clear } = useFormProblem(form);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const { sortOrder, isActive, ...rest } = blankToNull(values);
      const input = { ...rest, ...(sortOrder != null ? { sortOrder } : {}) };
      return department
        ? departmentApi.update(department.id, { ...input, ...(isActive !== undefined ? { isActive } : {}) })
        : departmentApi.create(agencyId, input);
    },
    onSuccess: onSaved,
    onError: report,
  });
  const required = (field: string) => ({ required: true, message: t('common.requiredField', { field }) });

  return (
    <Modal
      open
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={620}
    >
      <ProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        name="department"
        layout="vertical"
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
        onFinish={(values) => {
          clear();
          save.mutate(values);
        }}
      >
        <Form.Item label={t('departments.name')} name="name" rules={[required(t('departments.name'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('departments.abbreviation')}
              name="abbreviation"
              extra={t('departments.abbreviationHint')}
              rules={[required(t('departments.abbreviation'))]}
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
      </Form>
    </Modal>
  );
}
