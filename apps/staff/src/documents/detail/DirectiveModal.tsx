import { Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from '../../calendar/edit/IsoDatePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { AssigneeSelect, toAssignee } from '../AssigneeSelect.tsx';
import { documentApi } from '../api.ts';
import type { DocumentDialogProps } from './dialog.ts';

interface Values {
  directive: string;
  lead: string;
  collaborators?: string[];
  informed?: string[];
  deadline: 'none' | 'date' | 'days';
  dueOn?: string | null;
  dueInWorkingDays?: number | null;
}

/** Ý kiến chỉ đạo: who leads (a person or a department), who helps, who is told, and by when. */
export function DirectiveModal({ document, onSaved, onClose }: DocumentDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const deadline = Form.useWatch('deadline', form);
  const save = (values: Values) =>
    documentApi.directive(document.id, {
      directive: values.directive.trim(),
      lead: toAssignee(values.lead),
      collaborators: (values.collaborators ?? []).map(toAssignee),
      informed: (values.informed ?? []).map(toAssignee),
      ...(values.deadline === 'date' && values.dueOn ? { dueOn: values.dueOn } : {}),
      ...(values.deadline === 'days' && values.dueInWorkingDays
        ? { dueInWorkingDays: values.dueInWorkingDays }
        : {}),
    });
  return (
    <FormModal
      form={form}
      name="directive"
      title={t('documents.directiveTitle')}
      okText={t('documents.directiveOk')}
      width={720}
      initialValues={{ deadline: document.dueAt ? 'none' : 'days', dueInWorkingDays: 10 }}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('documents.directive')}
        name="directive"
        rules={[required.text(t('documents.directive'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Form.Item
        label={t('documents.lead')}
        name="lead"
        extra={t('documents.leadHint')}
        rules={[required.choice(t('documents.lead'))]}
      >
        <AssigneeSelect agencyId={document.agencyId} departments />
      </Form.Item>
      <Form.Item label={t('documents.collaborators')} name="collaborators">
        <AssigneeSelect agencyId={document.agencyId} departments mode="multiple" />
      </Form.Item>
      <Form.Item label={t('documents.informed')} name="informed">
        <AssigneeSelect agencyId={document.agencyId} departments mode="multiple" />
      </Form.Item>
      <Form.Item label={t('documents.deadline')} name="deadline">
        <Radio.Group
          options={[
            { value: 'days', label: t('documents.deadlineDays') },
            { value: 'date', label: t('documents.deadlineDate') },
            { value: 'none', label: t('documents.deadlineNone') },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        {deadline === 'days' ? (
          <Col xs={24} md={12}>
            <Form.Item
              label={t('documents.dueInWorkingDays')}
              name="dueInWorkingDays"
              rules={[required.field(t('documents.dueInWorkingDays'))]}
            >
              <InputNumber min={1} max={365} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ) : null}
        {deadline === 'date' ? (
          <Col xs={24} md={12}>
            <Form.Item
              label={t('documents.dueOn')}
              name="dueOn"
              rules={[required.field(t('documents.dueOn'))]}
            >
              <IsoDatePicker />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormModal>
  );
}
