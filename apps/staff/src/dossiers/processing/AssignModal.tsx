import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { processingApi } from './api.ts';
import { activeStepOf, type DossierDialogProps } from './dialog.ts';
import { HandlerSelect } from './HandlerSelect.tsx';

/** Phân công: a leader of the step's agency hands the step in progress to one of its people. */
export function AssignModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ assigneeId: string; note?: string }>();
  const required = useRequired();
  const step = activeStepOf(dossier);
  return (
    <FormModal
      form={form}
      name="dossier-assign"
      title={t('dossierProcessing.assignTitle', { step: step?.name ?? '' })}
      okText={t('dossierProcessing.assign')}
      initialValues={{ assigneeId: step?.assignee?.id }}
      submit={(values) =>
        processingApi.assign(dossier.id, { assigneeId: values.assigneeId, note: values.note?.trim() || null })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('dossierProcessing.assignee')}
        name="assigneeId"
        rules={[required.choice(t('dossierProcessing.assignee'))]}
      >
        {step ? <HandlerSelect dossierId={dossier.id} step={step.position} /> : null}
      </Form.Item>
      <Form.Item label={t('dossierProcessing.instruction')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
