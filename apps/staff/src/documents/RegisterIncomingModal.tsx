import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from '../calendar/edit/IsoDatePicker.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { blankToNull } from '../shared/format.ts';
import { useRequired } from '../shared/useRequired.ts';
import { documentApi } from './api.ts';
import { useCodeOptions } from './labels.tsx';
import type { DocumentDetail, RegisterIncomingInput } from './types.ts';

/** Vào sổ văn bản đến: a document received on paper, by e-mail, … (mounted only while open). */
export function RegisterIncomingModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterIncomingInput>();
  const required = useRequired();
  const codes = useCodeOptions();
  return (
    <FormModal
      form={form}
      name="register-incoming"
      title={t('documents.registerIncoming')}
      okText={t('documents.registerIncomingOk')}
      width={760}
      initialValues={{ urgency: 'normal', secrecy: 'none', medium: 'paper' }}
      submit={(values) => documentApi.registerIncoming(blankToNull(values))}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('documents.documentType')}
            name="documentType"
            rules={[required.choice(t('documents.documentType'))]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={codes.documentTypes} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.number')} name="number">
            <InputNumber min={1} max={9_999_999} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.notation')} name="notation" extra={t('documents.notationHint')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('documents.subject')}
        name="subject"
        rules={[required.text(t('documents.subject'))]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('documents.issuer')}
            name="issuerName"
            rules={[required.text(t('documents.issuer'))]}
          >
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('documents.issuedOn')} name="issuedOn">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('documents.signerName')} name="signerName">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.urgencyLabel')} name="urgency">
            <Select options={codes.urgencies} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.secrecyLabel')} name="secrecy">
            <Select options={codes.secrecyLevels} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('documents.medium')} name="medium">
            <Radio.Group
              options={[
                { value: 'paper', label: t('documents.paper') },
                { value: 'electronic', label: t('documents.electronic') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.pageCount')} name="pageCount">
            <InputNumber min={1} max={100_000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.dueOn')} name="dueOn">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('documents.summary')} name="summary">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item label={t('documents.note')} name="note">
        <Input maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
