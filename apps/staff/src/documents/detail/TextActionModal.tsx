import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import type { DocumentDetail } from '../types.ts';

/**
 * An action on a document (or another record: `Result` is what the server answers) that needs one text: a
 * reason, an opinion, a result (or, when `optional`, may have one: a comment). `field` is the request's
 * field, so the server's error on it shows under the text box.
 */
export function TextActionModal<Result = DocumentDetail>({
  name,
  title,
  okText,
  field,
  label,
  intro,
  maxLength = 2000,
  optional = false,
  submit,
  onSaved,
  onClose,
}: {
  name: string;
  title: string;
  okText: string;
  field: string;
  label: string;
  intro?: ReactNode;
  maxLength?: number;
  optional?: boolean;
  submit: (text: string) => Promise<Result>;
  onSaved: (result: Result) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, string>>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name={name}
      title={title}
      okText={okText}
      intro={intro}
      submit={(values) => submit(values[field]?.trim() ?? '')}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={label} name={field} rules={optional ? [] : [required.text(label)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={maxLength} showCount />
      </Form.Item>
    </FormModal>
  );
}
