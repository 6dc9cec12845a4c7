import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

/**
 * A dialog around a form whose values go to the server: OK submits, the server's field errors show under
 * their fields and the rest above the form. Mount it only while open, so every opening starts afresh.
 */
export function FormModal<Values, Result>({
  form,
  name,
  title,
  okText,
  width,
  initialValues,
  onValuesChange,
  rename,
  submit,
  onSaved,
  onClose,
  intro,
  children,
}: {
  form: FormInstance<Values>;
  /** the form's name, which prefixes its fields' ids */
  name: string;
  title: ReactNode;
  /** the OK button's text; "Lưu" unless told */
  okText?: string | undefined;
  width?: number | undefined;
  initialValues?: FormProps<Values>['initialValues'];
  onValuesChange?: FormProps<Values>['onValuesChange'];
  /** request field → the form field showing it, where they differ */
  rename?: Record<string, (string | number)[]> | undefined;
  submit: (values: Values) => Promise<Result>;
  onSaved: (result: Result) => void;
  onClose: () => void;
  /** above the problem and the form, e.g. what the form does */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { problem, pending, onFinish } = useFormSubmit(form, { submit, onDone: onSaved, rename });
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={width}
    >
      {intro}
      <ProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
      >
        {children}
      </Form>
    </Modal>
  );
}
