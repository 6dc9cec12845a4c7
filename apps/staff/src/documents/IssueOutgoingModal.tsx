import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { useRequired } from '../shared/useRequired.ts';
import { documentApi } from './api.ts';
import { CountField, MediumField } from './fields.tsx';
import {
  OutgoingFields,
  type OutgoingValues,
  outgoingInput,
  outgoingValuesOf,
  recipientsRename,
} from './OutgoingFields.tsx';
import type { DocumentDetail, IssueOutgoingInput } from './types.ts';

type Values = OutgoingValues &
  Pick<IssueOutgoingInput, 'medium' | 'copyCount' | 'pageCount'> & { reason?: string };

/**
 * What the replacement of `d` starts from: what it said, and where it went (not to a recipient that returned
 * it). The clerk adjusts it before issuing.
 */
const replacementOf = (d: DocumentDetail): Values => ({
  ...outgoingValuesOf(
    d,
    d.deliveries
      .filter((r) => r.status !== '02')
      .map((r) => ({ agencyId: r.recipientAgencyId, name: r.recipientName })),
  ),
  medium: d.medium,
  copyCount: d.copyCount,
  pageCount: d.pageCount,
});

/**
 * Cấp số và phát hành văn bản đi; or, given the issued document it `replaces`, its replacement (thay thế):
 * the form starts from the old document and asks why. Mounted only while open.
 */
export function IssueOutgoingModal({
  replaces,
  onClose,
  onSaved,
}: {
  replaces?: DocumentDetail | undefined;
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const profile = useProfile();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  // the signer's fields are required here
  const save = ({ reason, ...values }: Values) => {
    const input = outgoingInput(values) as IssueOutgoingInput;
    return replaces
      ? documentApi.replace(replaces.id, { ...input, reason: reason?.trim() ?? '' })
      : documentApi.issueOutgoing(input);
  };
  const reference = replaces?.reference ?? '';
  return (
    <FormModal
      form={form}
      name={replaces ? 'replace-outgoing' : 'issue-outgoing'}
      title={replaces ? t('documents.replaceTitle', { reference }) : t('documents.issueOutgoing')}
      okText={replaces ? t('documents.replaceOk') : t('documents.issueOutgoingOk')}
      width={760}
      initialValues={
        replaces
          ? replacementOf(replaces)
          : { urgency: 'normal', secrecy: 'none', medium: 'electronic', signingCapacity: 'direct' }
      }
      rename={recipientsRename}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={
        <p>{replaces ? t('documents.replaceIntro', { reference }) : t('documents.issueOutgoingIntro')}</p>
      }
    >
      {replaces ? (
        <Form.Item
          label={t('documents.replaceReason')}
          name="reason"
          rules={[required.text(t('documents.replaceReason'))]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      ) : null}
      <OutgoingFields agencyId={replaces?.agencyId ?? profile.agency?.id} signerRequired>
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
