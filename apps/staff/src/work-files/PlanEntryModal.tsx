import { AutoComplete, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { workFileApi } from './api.ts';
import type { FilePlan, PlanEntry } from './types.ts';
import {
  type DescriptionValues,
  descriptionInput,
  descriptionValuesOf,
  FileFields,
} from './WorkFileFields.tsx';

type Values = DescriptionValues & { heading?: string };

/** Adds an entry to the year's file plan, or corrects one; headings already used are offered again. */
export function PlanEntryModal({
  plan,
  entry,
  onSaved,
  onClose,
}: {
  plan: FilePlan;
  entry?: PlanEntry | undefined;
  onSaved: (entry: PlanEntry) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const headings = [...new Set(plan.entries.map((e) => e.heading).filter((h): h is string => Boolean(h)))];
  return (
    <FormModal<Values, PlanEntry>
      form={form}
      name="plan-entry"
      title={entry ? t('workFiles.editEntryTitle') : t('workFiles.addEntryTitle', { year: plan.year })}
      width={640}
      initialValues={
        entry
          ? { heading: entry.heading ?? '', ...descriptionValuesOf(entry) }
          : { heading: headings.at(-1) ?? '' }
      }
      submit={(values) => {
        const input = {
          heading: values.heading?.trim() || null,
          ...descriptionInput(values),
          ownerUserId: values.ownerUserId,
        };
        return entry ? workFileApi.updateEntry(entry.id, input) : workFileApi.createEntry(plan.year, input);
      }}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="heading" label={t('workFiles.heading')} extra={t('workFiles.headingHint')}>
        <AutoComplete options={headings.map((h) => ({ value: h }))} maxLength={300} />
      </Form.Item>
      <FileFields agencyId={plan.agency.id} />
    </FormModal>
  );
}
