import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../shared/useRequired.ts';

/** A column of a list edited as rows: its key in the row, what it is called, how it is entered. */
export interface RowColumn {
  name: string;
  label: string;
  kind?: 'text' | 'longText' | 'amount' | 'check' | 'hidden';
  /** flex basis of the cell; the text cells share the rest */
  width?: number;
  required?: boolean;
  maxLength?: number;
}

/**
 * A list of a procedure (fees, documents to prepare, results, legal basis) edited as rows of the same
 * columns, added and removed one by one. The server's errors land on the cell they name.
 */
export function RowsField({
  name,
  columns,
  blank,
}: {
  name: string;
  columns: RowColumn[];
  /** the values of a new row */
  blank: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Flex vertical gap={4}>
          {rows.map((row, i) => (
            <Flex key={row.key} gap={8} align="start" wrap>
              {columns.map((column) => (
                <Form.Item
                  key={column.name}
                  name={[row.name, column.name]}
                  hidden={column.kind === 'hidden'}
                  valuePropName={column.kind === 'check' ? 'checked' : 'value'}
                  rules={column.required ? [required.text(column.label)] : []}
                  style={{
                    marginBottom: 4,
                    flex: column.width ? `0 0 ${column.width}px` : '1 1 200px',
                    minWidth: 0,
                  }}
                >
                  {column.kind === 'amount' ? (
                    <InputNumber<number>
                      aria-label={`${column.label} ${i + 1}`}
                      placeholder={column.label}
                      min={0}
                      step={1000}
                      style={{ width: '100%' }}
                    />
                  ) : column.kind === 'check' ? (
                    <Checkbox aria-label={`${column.label} ${i + 1}`}>{column.label}</Checkbox>
                  ) : column.kind === 'longText' ? (
                    <Input.TextArea
                      aria-label={`${column.label} ${i + 1}`}
                      placeholder={column.label}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={column.maxLength}
                    />
                  ) : (
                    <Input
                      aria-label={`${column.label} ${i + 1}`}
                      placeholder={column.label}
                      maxLength={column.maxLength}
                    />
                  )}
                </Form.Item>
              ))}
              <Button
                type="text"
                aria-label={t('procedures.removeRow', { n: i + 1 })}
                icon={<MinusCircleOutlined aria-hidden />}
                onClick={() => remove(row.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ ...blank })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('procedures.addRow')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
