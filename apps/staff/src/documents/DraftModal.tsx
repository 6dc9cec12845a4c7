import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { documentApi } from './api.ts';
import { OutgoingFields, type OutgoingValues, outgoingInput, recipientsRename } from './OutgoingFields.tsx';
import type { DocumentDetail, DraftInput } from './types.ts';

type Values = OutgoingValues & { note?: string | null };

/** The form's values for a draft as it stands (its recipients are not shown back: they are kept unless chosen again). */
const valuesOf = (d: DocumentDetail): Values => ({
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
  note: d.note,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Soạn dự thảo văn bản đi, or (given the `document`) sửa dự thảo: then only the fields that changed are
 * sent, the recipients only when chosen again. Mounted only while open.
 */
export function DraftModal({
  document,
  onClose,
  onSaved,
}: {
  document?: DocumentDetail | undefined;
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const profile = useProfile();
  const [form] = Form.useForm<Values>();
  const initial: Values | Partial<Values> = document
    ? valuesOf(document)
    : { urgency: 'normal', secrecy: 'none', signingCapacity: 'direct' };
  const save = (values: Values) => {
    const input: DraftInput = outgoingInput(values);
    if (!document) return documentApi.createDraft(input);
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input))
      if (key !== 'recipients' && !same(value, initial[key as keyof Values])) changes[key] = value ?? null;
    if (form.isFieldsTouched(['agencyRecipients', 'otherRecipients'])) changes.recipients = input.recipients;
    return Object.keys(changes).length > 0
      ? documentApi.updateDraft(document.id, changes)
      : Promise.resolve(document);
  };
  return (
    <FormModal
      form={form}
      name={document ? 'edit-draft' : 'create-draft'}
      title={document ? t('documents.editDraft') : t('documents.createDraftTitle')}
      okText={document ? undefined : t('documents.createDraftOk')}
      width={760}
      initialValues={initial}
      rename={recipientsRename}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{document ? t('documents.editDraftIntro') : t('documents.createDraftIntro')}</p>}
    >
      <OutgoingFields agencyId={document?.agencyId ?? profile.agency?.id} signerRequired={false}>
        <Form.Item label={t('documents.note')} name="note">
          <Input maxLength={2000} />
        </Form.Item>
      </OutgoingFields>
    </FormModal>
  );
}
