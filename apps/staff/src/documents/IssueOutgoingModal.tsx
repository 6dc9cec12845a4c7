import { Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { documentApi } from './api.ts';
import { CountField, MediumField } from './fields.tsx';
import { OutgoingFields, type OutgoingValues, outgoingInput, recipientsRename } from './OutgoingFields.tsx';
import type { DocumentDetail, IssueOutgoingInput } from './types.ts';

type Values = OutgoingValues & Pick<IssueOutgoingInput, 'medium' | 'copyCount' | 'pageCount'>;

/** Cấp số và phát hành văn bản đi (mounted only while open). */
export function IssueOutgoingModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const profile = useProfile();
  const [form] = Form.useForm<Values>();
  // the signer's fields are required here
  const save = (values: Values) => documentApi.issueOutgoing(outgoingInput(values) as IssueOutgoingInput);
  return (
    <FormModal
      form={form}
      name="issue-outgoing"
      title={t('documents.issueOutgoing')}
      okText={t('documents.issueOutgoingOk')}
      width={760}
      initialValues={{ urgency: 'normal', secrecy: 'none', medium: 'electronic', signingCapacity: 'direct' }}
      rename={recipientsRename}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{t('documents.issueOutgoingIntro')}</p>}
    >
      <OutgoingFields agencyId={profile.agency?.id} signerRequired>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <MediumField />
          </Col>
          <Col xs={12} md={8}>
            <CountField name="copyCount" />
          </Col>
          <Col xs={12} md={8}>
            <CountField name="pageCount" />
          </Col>
        </Row>
      </OutgoingFields>
    </FormModal>
  );
}
