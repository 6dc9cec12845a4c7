import { useQuery } from '@tanstack/react-query';
import { Form, InputNumber, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../auth/session.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { useRequired } from '../shared/useRequired.ts';
import { filePlanQuery, workFileApi } from './api.ts';
import { thisYear } from './search.ts';
import type { PlanEntry, WorkFileDetail } from './types.ts';
import { DepartmentField, DescriptionFields, NoteField, OwnerField } from './WorkFileFields.tsx';

interface Values {
  source: 'plan' | 'adHoc';
  year: number;
  planEntryId?: string;
  code?: string;
  title?: string;
  retentionYears?: number | null;
  ownerUserId?: string;
  departmentId?: string | null;
  note?: string;
}

/**
 * Lập hồ sơ: from an entry of the agency's file plan not opened yet (its code, title and retention come
 * with it), or outside the plan with its own. Keepers of the plan may open it for a colleague.
 */
export function OpenWorkFileModal({
  entry,
  onSaved,
  onClose,
}: {
  /** opened from this entry of the plan */
  entry?: PlanEntry | undefined;
  onSaved: (file: WorkFileDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const agencyId = useProfile().agency?.id ?? '';
  const source = Form.useWatch('source', form) ?? 'plan';
  const year = Form.useWatch('year', form) ?? entry?.year ?? thisYear();
  const plan = useQuery(filePlanQuery(year));
  const available = (plan.data?.entries ?? []).filter((e) => !e.workFile || e.id === entry?.id);
  const manage = plan.data?.can.manage ?? false;

  return (
    <FormModal<Values, WorkFileDetail>
      form={form}
      name="open-work-file"
      title={t('workFiles.openTitle')}
      okText={t('workFiles.open')}
      width={640}
      initialValues={{ source: 'plan', year: entry?.year ?? thisYear(), planEntryId: entry?.id }}
      submit={(values) =>
        workFileApi.open(
          values.source === 'plan'
            ? {
                ...(values.planEntryId ? { planEntryId: values.planEntryId } : {}),
                ...(values.ownerUserId ? { ownerUserId: values.ownerUserId } : {}),
                note: values.note?.trim() || null,
              }
            : {
                year: values.year,
                ...(values.code ? { code: values.code.trim() } : {}),
                ...(values.title ? { title: values.title.trim() } : {}),
                ...(values.retentionYears !== undefined ? { retentionYears: values.retentionYears } : {}),
                ...(values.ownerUserId ? { ownerUserId: values.ownerUserId } : {}),
                departmentId: values.departmentId ?? null,
                note: values.note?.trim() || null,
              },
        )
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="source" label={t('workFiles.source')}>
        <Segmented
          options={[
            { value: 'plan', label: t('workFiles.fromPlan') },
            { value: 'adHoc', label: t('workFiles.outsidePlan') },
          ]}
        />
      </Form.Item>
      <Form.Item name="year" label={t('workFiles.year')} rules={[required.field(t('workFiles.year'))]}>
        <InputNumber<number> min={2000} max={2999} precision={0} style={{ width: 120 }} />
      </Form.Item>
      {source === 'plan' ? (
        <Form.Item
          name="planEntryId"
          label={t('workFiles.planEntry')}
          rules={[required.choice(t('workFiles.planEntry'))]}
          extra={available.length === 0 && !plan.isLoading ? t('workFiles.planEmptyForYear') : undefined}
        >
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            loading={plan.isLoading}
            options={available.map((e) => ({
              value: e.id,
              label: `${e.code} – ${e.title} (${e.retentionText})`,
            }))}
          />
        </Form.Item>
      ) : (
        <>
          <DescriptionFields />
          <DepartmentField agencyId={agencyId} />
        </>
      )}
      {manage ? <OwnerField agencyId={agencyId} hint={t('workFiles.ownerHint')} /> : null}
      <NoteField />
    </FormModal>
  );
}
