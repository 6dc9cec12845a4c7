import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { processingApi } from './api.ts';
import type { DossierDialogProps } from './dialog.ts';

/** What the post reported about a result sent: delivered, or it could not be delivered. */
export function PostalModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ status: 'delivered' | 'failed'; note?: string }>();
  return (
    <FormModal
      form={form}
      name="dossier-postal"
      title={t('dossierProcessing.postalTitle', { tracking: dossier.postalTracking ?? '' })}
      initialValues={{ status: 'delivered' }}
      submit={(values) =>
        processingApi.postal(dossier.id, { status: values.status, note: values.note?.trim() || null })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={t('dossierProcessing.postalStatus')} name="status">
        <Radio.Group
          options={(['delivered', 'failed'] as const).map((value) => ({
            value,
            label: t(`dossierProcessing.postalStatuses.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('dossierProcessing.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
