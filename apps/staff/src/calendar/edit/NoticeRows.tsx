import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from './IsoDatePicker.tsx';
import { type ColSpan, ListHeader } from './ListHeader.tsx';

const span = {
  number: { md: 6, lg: 5 },
  date: { md: 6, lg: 5 },
  issuer: { md: 12, lg: 8 },
  confirmed: { md: 22, lg: 5 },
  remove: { md: 2, lg: 1 },
} satisfies Record<string, ColSpan>;

/** The notices the year's schedule comes from: number, date, issuer, whether verified, title. */
export function NoticeRows() {
  const { t } = useTranslation();
  const field = (name: string, n: number) =>
    t('calendar.edit.rowField', { field: name, row: t('calendar.edit.noticeRow', { n }) });
  const required = (name: string) => ({
    required: true,
    message: t('common.requiredField', { field: name }),
  });
  return (
    <Form.List name="notices">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('calendar.noNotices')}</Typography.Paragraph>
          ) : (
            <ListHeader
              columns={[
                { title: t('calendar.edit.noticeNumber'), span: span.number },
                { title: t('calendar.edit.noticeDate'), span: span.date },
                { title: t('calendar.edit.issuer'), span: span.issuer },
              ]}
            />
          )}
          {fields.map((f, index) => {
            const n = index + 1;
            return (
              <div key={f.key} className="congso-notice-row" data-testid="notice-row">
                <Row gutter={8}>
                  <Col xs={12} md={span.number.md} lg={span.number.lg}>
                    <Form.Item
                      name={[f.name, 'number']}
                      rules={[required(t('calendar.edit.noticeNumber'))]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        maxLength={100}
                        aria-label={field(t('calendar.edit.noticeNumber'), n)}
                        placeholder="6150/TB-LĐTBXH"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={span.date.md} lg={span.date.lg}>
                    <Form.Item name={[f.name, 'date']} style={{ marginBottom: 8 }}>
                      <IsoDatePicker aria-label={field(t('calendar.edit.noticeDate'), n)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={span.issuer.md} lg={span.issuer.lg}>
                    <Form.Item
                      name={[f.name, 'issuer']}
                      rules={[required(t('calendar.edit.issuer'))]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        maxLength={300}
                        aria-label={field(t('calendar.edit.issuer'), n)}
                        placeholder={t('calendar.edit.issuer')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={span.confirmed.md} lg={span.confirmed.lg}>
                    <Form.Item
                      name={[f.name, 'confirmed']}
                      valuePropName="checked"
                      style={{ marginBottom: 8 }}
                    >
                      <Checkbox aria-label={field(t('calendar.edit.confirmed'), n)}>
                        {t('calendar.edit.confirmed')}
                      </Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={span.remove.md} lg={span.remove.lg}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('calendar.edit.removeNotice', { n })}
                      onClick={() => remove(f.name)}
                    />
                  </Col>
                </Row>
                <Form.Item name={[f.name, 'title']} style={{ marginBottom: 8 }}>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 3 }}
                    maxLength={1000}
                    aria-label={field(t('calendar.edit.noticeTitle'), n)}
                    placeholder={t('calendar.edit.noticeTitle')}
                  />
                </Form.Item>
              </div>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ number: '', date: null, issuer: '', confirmed: true })}
          >
            {t('calendar.edit.addNotice')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
