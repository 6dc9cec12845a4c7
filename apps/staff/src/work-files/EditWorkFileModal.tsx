import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { workFileApi } from './api.ts';
import type { WorkFileDialogProps } from './dialog.ts';
import type { WorkFileDetail } from './types.ts';
import {
  type DescriptionValues,
  descriptionInput,
  descriptionValuesOf,
  FileFields,
} from './WorkFileFields.tsx';

/** Corrects what an open file says about itself; only a keeper of the plan gives it to someone else. */
export function EditWorkFileModal({ file, onSaved, onClose }: WorkFileDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DescriptionValues>();
  return (
    <FormModal<DescriptionValues, WorkFileDetail>
      form={form}
      name="edit-work-file"
      title={t('workFiles.editTitle')}
      width={640}
      initialValues={descriptionValuesOf(file)}
      submit={(values) =>
        workFileApi.update(file.id, {
          ...descriptionInput(values),
          ...(file.can.changeOwner ? { ownerUserId: values.ownerUserId } : {}),
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <FileFields agencyId={file.agencyId} owner={file.can.changeOwner} />
    </FormModal>
  );
}
