import { type FormField, readApplicationForm } from '@congso/one-stop/application-form';
import { Alert, Card, Form, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldInput } from './FieldInput.tsx';
import { type FormValue, type PointedProblem, problemsByField, valueAt, withValue } from './values.ts';

export interface JsonSchemaFormProps {
  /** The application form as JSON Schema, in the subset `@congso/one-stop` reads. */
  schema: unknown;
  value: FormValue;
  onChange: (value: FormValue) => void;
  /** The server's field problems (`problem.errors`), shown under the fields they point at. */
  errors?: readonly PointedProblem[] | undefined;
  /** Where the form's value sits in the request the errors are about, e.g. `/body/formData`. */
  pointerPrefix?: string;
  disabled?: boolean;
  /** Show the form's title and description above the fields (a preview shows them; a page may have its own). */
  showTitle?: boolean;
}

/**
 * An application form (tờ khai) drawn with Ant Design from its JSON Schema: the receiving counter fills it
 * in for the applicant, the form editor previews it. The value is held by the caller; answers cleared are
 * removed from it. The rules are checked by the server (`checkFormData`), whose problems come back here.
 */
export function JsonSchemaForm({
  schema,
  value,
  onChange,
  errors = [],
  pointerPrefix = '',
  disabled,
  showTitle = false,
}: JsonSchemaFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const read = useMemo(() => readApplicationForm(schema), [schema]);
  if ('problems' in read)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('jsonSchemaForm.unreadable')}
        description={read.problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}
      />
    );
  const { form } = read;
  const { byField, other } = problemsByField(errors, form.fields, pointerPrefix);

  const item = (field: FormField) => {
    const fieldErrors = byField.get(field.pointer) ?? [];
    const id = `${baseId}${field.pointer.replace(/\//g, '-')}`;
    if (field.kind === 'group')
      return (
        <Card key={field.pointer} size="small" title={field.title} style={{ marginBottom: 16 }}>
          {field.description ? (
            <Typography.Paragraph type="secondary">{field.description}</Typography.Paragraph>
          ) : null}
          {fieldErrors.length > 0 ? (
            <Alert type="error" title={fieldErrors.join('; ')} style={{ marginBottom: 12 }} />
          ) : null}
          {(field.fields ?? []).map(item)}
        </Card>
      );
    return (
      <Form.Item
        key={field.pointer}
        label={field.title}
        htmlFor={id}
        required={field.required}
        extra={field.description}
        {...(fieldErrors.length > 0
          ? { validateStatus: 'error' as const, help: fieldErrors.join('; ') }
          : {})}
      >
        <FieldInput
          id={id}
          field={field}
          value={valueAt(value, field.pointer)}
          onChange={(next) => onChange(withValue(value, field.pointer, next))}
          disabled={disabled}
        />
      </Form.Item>
    );
  };

  return (
    <Form layout="vertical" component="div" disabled={disabled}>
      {showTitle ? (
        <>
          <Typography.Title level={5}>{form.title}</Typography.Title>
          {form.description ? (
            <Typography.Paragraph type="secondary">{form.description}</Typography.Paragraph>
          ) : null}
        </>
      ) : null}
      {other.length > 0 ? (
        <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} />
      ) : null}
      {form.fields.map(item)}
    </Form>
  );
}
