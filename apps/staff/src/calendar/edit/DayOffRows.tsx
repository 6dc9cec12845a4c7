import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayOffKinds } from '../types.ts';
import { IsoDatePicker } from './IsoDatePicker.tsx';
import { type ColSpan, ListHeader } from './ListHeader.tsx';

const span = {
  date: { md: 6, lg: 5 },
  name: { md: 7, lg: 9 },
  kind: { md: 5, lg: 4 },
  basis: { md: 5, lg: 5 },
  remove: { md: 1, lg: 1 },
} satisfies Record<string, ColSpan>;

/** The year's days off, one row each: date, name, kind, basis; rows added and removed at will. */
export function DayOffRows({ year }: { year: number }) {
  const { t } = useTranslation();
  const field = (name: string, n: number) =>
    t('calendar.edit.rowField', { field: name, row: t('calendar.edit.dayOffRow', { n }) });
  const required = (name: string) => ({
    required: true,
    message: t('common.requiredField', { field: name }),
  });
  return (
    <Form.List name="daysOff">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('calendar.edit.noDaysOff')}</Typography.Paragraph>
          ) : (
            <ListHeader
              columns={[
                { title: t('calendar.date'), span: span.date },
                { title: t('calendar.name'), span: span.name },
                { title: t('calendar.kind'), span: span.kind },
                { title: t('calendar.basis'), span: span.basis },
              ]}
            />
          )}
          {fields.map((f, index) => {
            const n = index + 1;
            return (
              <Row key={f.key} gutter={8} data-testid="day-off-row">
                <Col xs={12} md={span.date.md} lg={span.date.lg}>
                  <Form.Item
                    name={[f.name, 'date']}
                    rules={[required(t('calendar.date'))]}
                    style={{ marginBottom: 8 }}
                  >
                    <IsoDatePicker year={year} aria-label={field(t('calendar.date'), n)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={span.name.md} lg={span.name.lg}>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[required(t('calendar.name'))]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input
                      maxLength={300}
                      aria-label={field(t('calendar.name'), n)}
                      placeholder={t('calendar.name')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={10} md={span.kind.md} lg={span.kind.lg}>
                  <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8 }}>
                    <Select
                      aria-label={field(t('calendar.kind'), n)}
                      options={dayOffKinds.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={span.basis.md} lg={span.basis.lg}>
                  <Form.Item name={[f.name, 'basis']} style={{ marginBottom: 8 }}>
                    <Input
                      maxLength={300}
                      aria-label={field(t('calendar.basis'), n)}
                      placeholder={t('calendar.basis')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={2} md={span.remove.md} lg={span.remove.lg}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('calendar.edit.removeDayOff', { n })}
                    onClick={() => remove(f.name)}
                  />
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ date: null, name: '', kind: 'other' })}
          >
            {t('calendar.edit.addDayOff')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
