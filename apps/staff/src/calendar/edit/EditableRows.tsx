import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, type FormRule, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../shared/useRequired.ts';
import { type ColSpan, ListHeader } from './ListHeader.tsx';

/** A column's width on phones (xs), tablets (md) and laptops (lg), out of 24. */
export type RowSpan = ColSpan & { xs: number };

/** One field of a row: the row's key it edits and the control that edits it. */
export interface RowField {
  name: string;
  /** the column's title, also the field's name in its label and in the "required" message */
  title: string;
  required?: boolean;
  /** `checked` for a checkbox */
  valuePropName?: string;
  /** the control, given its accessible name ("Ngày – ngày nghỉ 2") */
  control: (label: string) => ReactNode;
}

export interface RowColumn extends RowField {
  span: RowSpan;
  /** false: no title over the column (the control says what it is) */
  header?: boolean;
}

/**
 * A Form.List edited as rows: column titles over them (or a note when there are none), each row's
 * fields with a remove button, the list's errors and an add button.
 */
export function EditableRows({
  name,
  columns,
  below = [],
  removeSpan,
  newRow,
  rowName,
  empty,
  addLabel,
  removeLabel,
  testId,
  className,
}: {
  /** the form field holding the list */
  name: string;
  columns: RowColumn[];
  /** fields under the columns, as wide as the row */
  below?: RowField[];
  removeSpan: RowSpan;
  /** what an added row starts with */
  newRow: object;
  /** "ngày nghỉ 2": the row in its fields' labels */
  rowName: (n: number) => string;
  empty: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  testId: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const item = (field: RowField, row: number, n: number) => {
    const rules: FormRule[] = field.required ? [required.field(field.title)] : [];
    return (
      <Form.Item
        key={field.name}
        name={[row, field.name]}
        {...(rules.length > 0 ? { rules } : {})}
        {...(field.valuePropName ? { valuePropName: field.valuePropName } : {})}
        style={{ marginBottom: 8 }}
      >
        {field.control(t('calendar.edit.rowField', { field: field.title, row: rowName(n) }))}
      </Form.Item>
    );
  };
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
          ) : (
            <ListHeader
              columns={columns
                .filter((c) => c.header !== false)
                .map((c) => ({ title: c.title, span: c.span }))}
            />
          )}
          {fields.map((f, index) => {
            const n = index + 1;
            return (
              <div key={f.key} className={className} data-testid={testId}>
                <Row gutter={8}>
                  {columns.map((c) => (
                    <Col key={c.name} xs={c.span.xs} md={c.span.md} lg={c.span.lg}>
                      {item(c, f.name, n)}
                    </Col>
                  ))}
                  <Col xs={removeSpan.xs} md={removeSpan.md} lg={removeSpan.lg}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={removeLabel(n)}
                      onClick={() => remove(f.name)}
                    />
                  </Col>
                </Row>
                {below.map((field) => item(field, f.name, n))}
              </div>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow)}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
