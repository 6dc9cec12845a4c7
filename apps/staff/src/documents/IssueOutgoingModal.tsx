import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../directory/agencies/AgencyPicker.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { blankToNull } from '../shared/format.ts';
import { useRequired } from '../shared/useRequired.ts';
import { documentApi } from './api.ts';
import { useCodeOptions } from './labels.tsx';
import type { DocumentDetail, IssueOutgoingInput } from './types.ts';

interface Values extends Omit<IssueOutgoingInput, 'recipients'> {
  agencyRecipients?: string[];
  /** one recipient outside the platform a line */
  otherRecipients?: string | null;
}

/** Cấp số và phát hành văn bản đi (mounted only while open). */
export function IssueOutgoingModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const codes = useCodeOptions();
  const save = (values: Values) => {
    const { agencyRecipients = [], otherRecipients, ...rest } = blankToNull(values);
    const recipients = [
      ...agencyRecipients.map((agencyId) => ({ agencyId })),
      ...(otherRecipients ?? '')
        .split('\n')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
    ];
    return documentApi.issueOutgoing({ ...rest, recipients });
  };
  return (
    <FormModal
      form={form}
      name="issue-outgoing"
      title={t('documents.issueOutgoing')}
      okText={t('documents.issueOutgoingOk')}
      width={760}
      initialValues={{ urgency: 'normal', secrecy: 'none', medium: 'electronic', signingCapacity: 'direct' }}
      rename={{ recipients: ['agencyRecipients'] }}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{t('documents.issueOutgoingIntro')}</p>}
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
      <Form.Item
        label={t('documents.subject')}
        name="subject"
        rules={[required.text(t('documents.subject'))]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('documents.signerName')}
            name="signerName"
            rules={[required.text(t('documents.signerName'))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('documents.signerPosition')}
            name="signerPosition"
            rules={[required.text(t('documents.signerPosition'))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('documents.signingCapacity')} name="signingCapacity">
            <Select options={codes.signingCapacities} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('documents.agencyRecipients')}
        name="agencyRecipients"
        extra={t('documents.agencyRecipientsHint')}
      >
        <AgencyPicker multiple placeholder={t('documents.agencyRecipientsPlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('documents.otherRecipients')}
        name="otherRecipients"
        extra={t('documents.otherRecipientsHint')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
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
          <Form.Item label={t('documents.copyCount')} name="copyCount">
            <InputNumber min={1} max={100_000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.pageCount')} name="pageCount">
            <InputNumber min={1} max={100_000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('documents.summary')} name="summary">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item label={t('documents.recipientsText')} name="recipientsText">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
