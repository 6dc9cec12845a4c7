import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../directory/agencies/AgencyPicker.tsx';
import { departmentListQuery } from '../directory/departments/api.ts';
import { blankToNull } from '../shared/format.ts';
import { useRequired } from '../shared/useRequired.ts';
import { DocumentTypeField, MarkFields, SubjectField, SummaryField } from './fields.tsx';
import { useCodeOptions } from './labels.tsx';
import type { DocumentDetail, DraftInput, RecipientInput } from './types.ts';

/** The form values of an outgoing document or a draft: the recipients as the two fields that choose them. */
export type OutgoingValues = Omit<DraftInput, 'recipients' | 'note'> & {
  agencyRecipients?: string[];
  /** one recipient outside the platform a line */
  otherRecipients?: string | null;
};

/** The request's `recipients` errors show under the platform recipients. */
export const recipientsRename = { recipients: ['agencyRecipients'] };

/**
 * The request the form's values make: blanks as null, and the recipients the two fields name (agencies on
 * the platform, then the names outside it).
 */
export function outgoingInput<T extends OutgoingValues>(values: T) {
  const { agencyRecipients = [], otherRecipients, ...rest } = blankToNull(values);
  const recipients: RecipientInput[] = [
    ...agencyRecipients.map((agencyId) => ({ agencyId })),
    ...(otherRecipients ?? '')
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
  ];
  return { ...rest, recipients };
}

/**
 * The form's values for what document `d` says, with the given recipients (those chosen while drafting, or
 * where an issued document went) as the two fields: the agencies on the platform, and the names outside it
 * one a line. The inverse of `outgoingInput`.
 */
export function outgoingValuesOf(
  d: DocumentDetail,
  recipients: readonly { agencyId: string | null; name: string }[],
): OutgoingValues {
  return {
    documentType: d.documentType,
    subject: d.subject,
    summary: d.summary,
    departmentId: d.department?.id ?? null,
    signerName: d.signerName,
    signerPosition: d.signerPosition,
    signingCapacity: d.signingCapacity ?? 'direct',
    urgency: d.urgency,
    secrecy: d.secrecy,
    recipientsText: d.recipientsText,
    agencyRecipients: recipients.flatMap((r) => (r.agencyId ? [r.agencyId] : [])),
    otherRecipients: recipients
      .filter((r) => !r.agencyId)
      .map((r) => r.name)
      .join('\n'),
  };
}

const MAX = 100;

/**
 * What an outgoing document says, for issuing it or drafting it: type and marks, subject, drafting unit,
 * signer, recipients on the platform and outside it, summary; then the form's own `children`. The signer is
 * required when `signerRequired` (issuing), not while drafting.
 */
export function OutgoingFields({
  agencyId,
  signerRequired,
  children,
}: {
  /** whose departments may draft it; none without an agency */
  agencyId: string | null | undefined;
  signerRequired: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const codes = useCodeOptions();
  const departments = useQuery({
    ...departmentListQuery(agencyId ?? '', { pageSize: MAX }),
    enabled: Boolean(agencyId),
  });
  const signerRule = (label: string) => (signerRequired ? [required.text(label)] : []);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <DocumentTypeField />
        </Col>
        <MarkFields />
      </Row>
      <SubjectField />
      {agencyId ? (
        <Form.Item
          label={t('documents.draftingUnit')}
          name="departmentId"
          extra={t('documents.draftingUnitHint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={departments.isLoading}
            options={(departments.data?.items ?? [])
              .filter((d) => d.isActive)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('documents.signerName')}
            name="signerName"
            rules={signerRule(t('documents.signerName'))}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('documents.signerPosition')}
            name="signerPosition"
            rules={signerRule(t('documents.signerPosition'))}
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
      <SummaryField />
      <Form.Item label={t('documents.recipientsText')} name="recipientsText">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
      {children}
    </>
  );
}
