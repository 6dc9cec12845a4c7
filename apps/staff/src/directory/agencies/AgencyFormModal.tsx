import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { blankToNull } from '../../shared/format.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { AdminUnitPicker } from './AdminUnitPicker.tsx';
import { AgencyPicker } from './AgencyPicker.tsx';
import { agencyApi } from './api.ts';
import { type Agency, type AgencyInput, type AgencyLevel, agencyLevels } from './types.ts';

interface Values {
  parentId?: string | null;
  level: AgencyLevel;
  code?: string | null;
  name: string;
  abbreviation: string;
  adminUnitCode?: string | null;
  sortOrder?: number | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  fax?: string | null;
}

export type AgencyFormMode =
  | { kind: 'create'; parentId?: string | undefined }
  | { kind: 'edit'; agency: Agency };

function initialValues(mode: AgencyFormMode): Partial<Values> {
  if (mode.kind === 'create') return { parentId: mode.parentId ?? null, level: 'province' };
  const a = mode.agency;
  return {
    level: a.level,
    code: a.code,
    name: a.name,
    abbreviation: a.abbreviation,
    adminUnitCode: a.adminUnit?.code ?? null,
    sortOrder: a.sortOrder,
    address: a.address,
    phone: a.phone,
    email: a.email,
    website: a.website,
    fax: a.fax,
  };
}

/**
 * Create an agency (under a parent) or edit one; field errors come from the server, in Vietnamese.
 * Mounted only while open, so every opening starts from fresh values.
 */
export function AgencyFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: AgencyFormMode;
  onClose: () => void;
  onSaved: (agency: Agency) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = (values: Values) => {
    const { sortOrder, parentId, ...rest } = blankToNull(values);
    const input: AgencyInput = { ...rest, ...(sortOrder != null ? { sortOrder } : {}) };
    return mode.kind === 'create'
      ? agencyApi.create({ ...input, parentId: parentId ?? null })
      : agencyApi.update(mode.agency.id, input);
  };
  const required = useRequired();

  return (
    <FormModal
      form={form}
      name="agency"
      title={mode.kind === 'create' ? t('agencies.createTitle') : t('agencies.editTitle')}
      width={760}
      initialValues={initialValues(mode)}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      {mode.kind === 'create' ? (
        <Form.Item label={t('agencies.parent')} name="parentId">
          <AgencyPicker placeholder={t('agencies.noParent')} />
        </Form.Item>
      ) : null}
      <Form.Item label={t('agencies.name')} name="name" rules={[required.field(t('agencies.name'))]}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('agencies.abbreviation')}
            name="abbreviation"
            tooltip={t('agencies.abbreviationHint')}
            rules={[required.field(t('agencies.abbreviation'))]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.code')} name="code" extra={t('agencies.codeHint')}>
            <Input placeholder="000.00.00.H38" maxLength={20} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.level')} name="level" rules={[required.field(t('agencies.level'))]}>
            <Select options={agencyLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item label={t('agencies.adminUnit')} name="adminUnitCode">
            <AdminUnitPicker current={mode.kind === 'edit' ? mode.agency.adminUnit : null} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.sortOrder')} name="sortOrder">
            <InputNumber min={0} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('agencies.address')} name="address">
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.phone')} name="phone">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.fax')} name="fax">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('agencies.email')} name="email">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('agencies.website')} name="website">
        <Input maxLength={300} placeholder="https://" />
      </Form.Item>
    </FormModal>
  );
}
