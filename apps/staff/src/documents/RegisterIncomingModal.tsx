import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Row, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem.ts';
import { IsoDatePicker } from '../calendar/edit/IsoDatePicker.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { blankToNull } from '../shared/format.ts';
import { useRequired } from '../shared/useRequired.ts';
import { ATTACHMENT_TYPES, documentApi } from './api.ts';
import {
  CountField,
  DocumentTypeField,
  MarkFields,
  MediumField,
  SubjectField,
  SummaryField,
} from './fields.tsx';
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
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  // registered first, then its files: a file that fails to upload is reported, and the document (already in
  // the register) is not registered a second time by trying again
  const register = async (values: RegisterIncomingInput) => {
    const document = await documentApi.registerIncoming(blankToNull(values));
    for (const file of files) {
      await documentApi.upload(document.id, file.originFileObj as File).catch((error: unknown) => {
        void message.error(
          t('documents.fileNotAdded', {
            name: file.name,
            reason: problemText(error, t('common.unexpectedError')),
          }),
        );
      });
    }
    return document;
  };
  return (
    <FormModal
      form={form}
      name="register-incoming"
      title={t('documents.registerIncoming')}
      okText={t('documents.registerIncomingOk')}
      width={760}
      initialValues={{ urgency: 'normal', secrecy: 'none', medium: 'paper' }}
      submit={register}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <DocumentTypeField />
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
      <SubjectField />
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
        <MarkFields />
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <MediumField />
        </Col>
        <Col xs={12} md={8}>
          <CountField name="pageCount" />
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('documents.dueOn')} name="dueOn">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <SummaryField />
      <Form.Item label={t('documents.files')} extra={t('documents.registerFilesHint')}>
        <Upload
          multiple
          accept={ATTACHMENT_TYPES}
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button icon={<UploadOutlined aria-hidden />}>{t('documents.upload')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item label={t('documents.note')} name="note">
        <Input maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
