import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { processingApi } from './api.ts';
import { activeStepOf, type DossierDialogProps } from './dialog.ts';

/** Trả lại bước trước: an earlier handling or approval step takes the dossier again, with the reason. */
export function SendBackModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toStep: number; reason: string }>();
  const required = useRequired();
  const current = activeStepOf(dossier)?.position ?? 0;
  const earlier = dossier.steps.filter(
    (s) => s.position < current && (s.role === 'handle' || s.role === 'approve'),
  );
  return (
    <FormModal
      form={form}
      name="dossier-send-back"
      title={t('dossierProcessing.sendBackTitle')}
      okText={t('dossierProcessing.sendBack')}
      initialValues={{ toStep: earlier.at(-1)?.position }}
      submit={(values) =>
        processingApi.sendBack(dossier.id, { toStep: values.toStep, reason: values.reason.trim() })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('dossierProcessing.toStep')}
        name="toStep"
        rules={[required.choice(t('dossierProcessing.toStep'))]}
      >
        <Select
          options={earlier.map((s) => ({
            value: s.position,
            label: `${s.position}. ${s.name} – ${s.handlerDepartment?.name ?? s.handlerAgency.name}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('dossierProcessing.reason')}
        name="reason"
        rules={[required.text(t('dossierProcessing.reason'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}
