import { Col, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../shared/useRequired.ts';
import { useCodeOptions } from './labels.tsx';

// The fields every document form has, each the form item of its request field.

export function DocumentTypeField() {
  const { t } = useTranslation();
  const required = useRequired();
  const codes = useCodeOptions();
  return (
    <Form.Item
      label={t('documents.documentType')}
      name="documentType"
      rules={[required.choice(t('documents.documentType'))]}
    >
      <Select showSearch={{ optionFilterProp: 'label' }} options={codes.documentTypes} />
    </Form.Item>
  );
}

export function UrgencyField() {
  const { t } = useTranslation();
  const codes = useCodeOptions();
  return (
    <Form.Item label={t('documents.urgencyLabel')} name="urgency">
      <Select options={codes.urgencies} />
    </Form.Item>
  );
}

function SecrecyField() {
  const { t } = useTranslation();
  const codes = useCodeOptions();
  return (
    <Form.Item label={t('documents.secrecyLabel')} name="secrecy">
      <Select options={codes.secrecyLevels} />
    </Form.Item>
  );
}

/** Độ khẩn and độ mật, side by side in a row of three. */
export function MarkFields() {
  return (
    <>
      <Col xs={12} md={8}>
        <UrgencyField />
      </Col>
      <Col xs={12} md={8}>
        <SecrecyField />
      </Col>
    </>
  );
}

export function SubjectField() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.Item label={t('documents.subject')} name="subject" rules={[required.text(t('documents.subject'))]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
    </Form.Item>
  );
}

export function MediumField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('documents.medium')} name="medium">
      <Radio.Group
        options={[
          { value: 'paper', label: t('documents.paper') },
          { value: 'electronic', label: t('documents.electronic') },
        ]}
      />
    </Form.Item>
  );
}

/** Số trang or số lượng bản. */
export function CountField({ name }: { name: 'pageCount' | 'copyCount' }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t(`documents.${name}`)} name={name}>
      <InputNumber min={1} max={100_000} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function SummaryField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('documents.summary')} name="summary">
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10_000} />
    </Form.Item>
  );
}
