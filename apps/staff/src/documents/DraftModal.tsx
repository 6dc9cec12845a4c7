import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { documentApi } from './api.ts';
import {
  OutgoingFields,
  type OutgoingValues,
  outgoingInput,
  outgoingValuesOf,
  recipientsRename,
} from './OutgoingFields.tsx';
import type { DocumentDetail, DraftInput } from './types.ts';

type Values = OutgoingValues & { note?: string | null };

/** The form's values for a draft as it stands, with the recipients chosen for it. */
const valuesOf = (d: DocumentDetail): Values => ({
  ...outgoingValuesOf(d, d.plannedRecipients ?? []),
  note: d.note,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Soạn dự thảo văn bản đi, or (given the `document`) sửa dự thảo, its recipients shown back: then only what
 * changed is sent (the recipients only when they differ, so a code kept with a name outside the platform
 * stays). Mounted only while open.
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
    if (!same(input.recipients, outgoingInput(initial as Values).recipients))
      changes.recipients = input.recipients;
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
