import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import type { Clearance } from '../../auth/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { blankToNull } from '../../shared/format.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { AgencyPicker } from '../agencies/AgencyPicker.tsx';
import { officialApi } from './api.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';
import { clearances, type Official } from './types.ts';

interface Values {
  agencyId: string;
  departmentId?: string | null;
  fullName: string;
  position?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  clearance?: Clearance;
  isActive?: boolean;
}

/** Add an official (to a given agency by default) or edit one (mounted only while open). */
export function OfficialFormModal({
  official,
  agencyId,
  onClose,
  onSaved,
}: {
  official?: Official | undefined;
  agencyId?: string | undefined;
  onClose: () => void;
  onSaved: (official: Official) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const chosenAgency = Form.useWatch('agencyId', form);
  const save = (values: Values) => {
    const input = blankToNull(values);
    return official ? officialApi.update(official.id, input) : officialApi.create(input);
  };
  const required = useRequired();
  // only those who hold the clearance permission may change it (the server refuses anyone else)
  const mayClear = usePermissions().has('directory.clearance.manage');

  const initial: Partial<Values> = official
    ? {
        agencyId: official.agency.id,
        departmentId: official.department?.id ?? null,
        fullName: official.fullName,
        position: official.position,
        title: official.title,
        email: official.email,
        phone: official.phone,
        clearance: official.clearance ?? 'none',
        isActive: official.isActive,
      }
    : { ...(agencyId ? { agencyId } : {}), clearance: 'none' };

  return (
    <FormModal
      form={form}
      name="official"
      title={official ? t('officials.editTitle') : t('officials.createTitle')}
      width={720}
      initialValues={initial}
      onValuesChange={(changed) => {
        if ('agencyId' in changed) form.setFieldValue('departmentId', null);
      }}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('officials.fullName')}
        name="fullName"
        rules={[required.field(t('officials.fullName'))]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('officials.agency')}
            name="agencyId"
            rules={[required.choice(t('officials.agency'))]}
          >
            <AgencyPicker allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('officials.department')} name="departmentId">
            <DepartmentSelect agencyId={chosenAgency} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('officials.position')} name="position">
            <Input maxLength={200} placeholder={t('officials.positionHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('officials.jobTitle')} name="title">
            <Input maxLength={200} placeholder={t('officials.jobTitleHint')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('officials.email')} name="email">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('officials.phone')} name="phone">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('officials.clearance')}
            name="clearance"
            {...(mayClear ? {} : { extra: t('officials.clearanceManagedElsewhere') })}
          >
            <Select
              disabled={!mayClear}
              options={clearances.map((c) => ({ value: c, label: t(`clearance.${c}`) }))}
            />
          </Form.Item>
        </Col>
        {official ? (
          <Col xs={24} md={12}>
            <Form.Item label={t('officials.isActive')} name="isActive" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormModal>
  );
}
