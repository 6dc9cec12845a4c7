import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { AssigneeSelect, toUserId } from '../AssigneeSelect.tsx';
import { documentApi } from '../api.ts';
import type { DocumentDialogProps } from './dialog.ts';

interface Values {
  leaderUserId: string;
  note?: string;
}

/** Trình lãnh đạo: the clerk hands the registered document to a leader for a directive. */
export function SubmitModal({ document, onSaved, onClose }: DocumentDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="submit-document"
      title={t('documents.submitTitle')}
      okText={t('documents.submit')}
      submit={(values) =>
        documentApi.submit(document.id, {
          leaderUserId: toUserId(values.leaderUserId),
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('documents.leader')}
        name="leaderUserId"
        rules={[required.choice(t('documents.leader'))]}
      >
        <AssigneeSelect agencyId={document.agencyId} leaders />
      </Form.Item>
      <Form.Item label={t('documents.submitNote')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
