import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../directory/officials/DepartmentSelect.tsx';
import { useRequired } from '../shared/useRequired.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { RetentionInput, retentionRule } from './RetentionInput.tsx';
import type { PlanEntry } from './types.ts';

/**
 * The fields of a work file that an entry of the file plan has too, for the forms that open, edit or plan
 * one: each under the name the requests use.
 */

/** The values of those fields in a form. */
export interface DescriptionValues {
  code: string;
  title: string;
  retentionYears: number | null;
  ownerUserId: string;
  departmentId?: string | null;
  note?: string;
}

/** The form's values for an entry or a file as it stands. */
export const descriptionValuesOf = (
  x: Pick<PlanEntry, 'code' | 'title' | 'retentionYears' | 'owner' | 'department' | 'note'>,
): DescriptionValues => ({
  code: x.code,
  title: x.title,
  retentionYears: x.retentionYears,
  ownerUserId: x.owner.id,
  departmentId: x.department?.id ?? null,
  note: x.note ?? '',
});

/**
 * What the form sends of them, trimmed, blanks as null; not the owner, which each form sends its own way
 * (who may change it differs).
 */
export const descriptionInput = (values: DescriptionValues) => ({
  code: values.code.trim(),
  title: values.title.trim(),
  retentionYears: values.retentionYears,
  departmentId: values.departmentId ?? null,
  note: values.note?.trim() || null,
});

/** Số và ký hiệu, tiêu đề and thời hạn bảo quản: what an entry or a file says it is. */
export function DescriptionFields() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Form.Item
        name="code"
        label={t('workFiles.code')}
        rules={[required.text(t('workFiles.code'))]}
        extra={t('workFiles.codeHint')}
      >
        <Input maxLength={40} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="title" label={t('workFiles.title')} rules={[required.text(t('workFiles.title'))]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="retentionYears" label={t('workFiles.retention')} rules={[retentionRule(t)]}>
        <RetentionInput />
      </Form.Item>
    </>
  );
}

/** Người lập hồ sơ, an official of the agency: required, unless a `hint` says who it is when left empty. */
export function OwnerField({ agencyId, hint }: { agencyId: string; hint?: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.Item
      name="ownerUserId"
      label={t('workFiles.owner')}
      rules={hint ? [] : [required.choice(t('workFiles.owner'))]}
      extra={hint}
    >
      <OwnerSelect agencyId={agencyId} />
    </Form.Item>
  );
}

/** The unit of the agency the file belongs to (optional). */
export function DepartmentField({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="departmentId" label={t('workFiles.department')}>
      <DepartmentSelect agencyId={agencyId} />
    </Form.Item>
  );
}

/** A note of the person who plans or keeps the file. */
export function NoteField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('workFiles.note')}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
    </Form.Item>
  );
}

/**
 * All of them, as the forms that plan an entry or correct a file ask them; without the owner when it is not
 * the person's to change (`owner` false).
 */
export function FileFields({ agencyId, owner = true }: { agencyId: string; owner?: boolean }) {
  return (
    <>
      <DescriptionFields />
      {owner ? <OwnerField agencyId={agencyId} /> : null}
      <DepartmentField agencyId={agencyId} />
      <NoteField />
    </>
  );
}
