import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from '../../calendar/edit/IsoDatePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { AssigneeSelect, toAssignee, toUserId } from '../AssigneeSelect.tsx';
import { documentApi } from '../api.ts';
import type { DocumentTask } from '../types.ts';
import type { DocumentDialogProps } from './dialog.ts';

interface Props extends DocumentDialogProps {
  task: DocumentTask;
}

/** Giao lại: a department's task passed on to one of its people. */
export function DelegateModal({ document, task, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ userId: string; instruction?: string; dueOn?: string | null }>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="delegate"
      title={t('documents.delegateTitle')}
      okText={t('documents.delegate')}
      submit={(values) =>
        documentApi.delegate(document.id, task.id, {
          userId: toUserId(values.userId),
          instruction: values.instruction?.trim() || null,
          ...(values.dueOn ? { dueOn: values.dueOn } : {}),
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('documents.delegateTo')}
        name="userId"
        rules={[required.choice(t('documents.delegateTo'))]}
      >
        <AssigneeSelect agencyId={document.agencyId} />
      </Form.Item>
      <Form.Item label={t('documents.instruction')} name="instruction">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('documents.dueOn')} name="dueOn">
        <IsoDatePicker />
      </Form.Item>
    </FormModal>
  );
}

/** Chuyển: someone else asked to help (phối hợp) or told (để biết). */
export function ForwardModal({ document, task, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ to: string; kind: 'collaborator' | 'informed'; note?: string }>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="forward"
      title={t('documents.forwardTitle')}
      okText={t('documents.forward')}
      initialValues={{ kind: 'informed' }}
      submit={(values) =>
        documentApi.forward(document.id, task.id, {
          to: toAssignee(values.to),
          kind: values.kind,
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('documents.forwardTo')}
        name="to"
        rules={[required.choice(t('documents.forwardTo'))]}
      >
        <AssigneeSelect agencyId={document.agencyId} departments />
      </Form.Item>
      <Form.Item label={t('documents.forwardKind')} name="kind">
        <Radio.Group
          options={[
            { value: 'informed', label: t('documents.taskKind.informed') },
            { value: 'collaborator', label: t('documents.taskKind.collaborator') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('documents.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** Xin gia hạn: a later date, and why. */
export function ExtensionModal({ document, task, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ until: string; reason: string }>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="extension"
      title={t('documents.extensionTitle')}
      okText={t('documents.requestExtension')}
      submit={(values) =>
        documentApi.requestExtension(document.id, task.id, {
          until: values.until,
          reason: values.reason.trim(),
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('documents.extensionUntil')}
        name="until"
        rules={[required.field(t('documents.extensionUntil'))]}
      >
        <IsoDatePicker />
      </Form.Item>
      <Form.Item label={t('documents.reason')} name="reason" rules={[required.text(t('documents.reason'))]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
