import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { blankToNull } from '../../shared/format.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { documentApi } from '../api.ts';
import { CountField, SubjectField, SummaryField, UrgencyField } from '../fields.tsx';
import type { DocumentDetail, UpdateIssuedInput } from '../types.ts';
import type { DocumentDialogProps } from './dialog.ts';

type Values = Omit<UpdateIssuedInput, 'reason'> & { reason?: string };

const fieldsOf = (d: DocumentDetail): Values => ({
  subject: d.subject,
  summary: d.summary,
  signerName: d.signerName ?? '',
  signerPosition: d.signerPosition ?? '',
  urgency: d.urgency,
  pageCount: d.pageCount,
  recipientsText: d.recipientsText,
});

/**
 * Cập nhật an issued document: what may be corrected without a new number, and the reason (required). Only
 * the fields that changed are sent; the server says so when none did.
 */
export function UpdateIssuedModal({ document, onSaved, onClose }: DocumentDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const initial = fieldsOf(document);
  const save = (values: Values) => {
    const { reason, ...fields } = blankToNull(values);
    const changes: Partial<UpdateIssuedInput> = {};
    for (const [key, value] of Object.entries(fields))
      if ((value ?? null) !== (initial[key as keyof Values] ?? null))
        Object.assign(changes, { [key]: value });
    return documentApi.updateIssued(document.id, { ...changes, reason: reason?.trim() ?? '' });
  };
  return (
    <FormModal
      form={form}
      name="update-issued"
      title={t('documents.updateTitle', { reference: document.reference ?? '' })}
      okText={t('documents.update')}
      width={720}
      initialValues={initial}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{t('documents.updateIntro')}</p>}
    >
      <SubjectField />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('documents.signerName')}
            name="signerName"
            rules={[required.text(t('documents.signerName'))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('documents.signerPosition')}
            name="signerPosition"
            rules={[required.text(t('documents.signerPosition'))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12}>
          <UrgencyField />
        </Col>
        <Col xs={12}>
          <CountField name="pageCount" />
        </Col>
      </Row>
      <SummaryField />
      <Form.Item label={t('documents.recipientsText')} name="recipientsText">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
      <Form.Item
        label={t('documents.updateReason')}
        name="reason"
        rules={[required.text(t('documents.updateReason'))]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
