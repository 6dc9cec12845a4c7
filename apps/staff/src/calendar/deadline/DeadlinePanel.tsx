import { CalculatorOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../directory/agencies/AgencyPicker.tsx';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { deadlineQuery } from '../queries.ts';
import type { DeadlineParams } from '../types.ts';
import { DeadlineResult } from './DeadlineResult.tsx';

interface Values {
  from: Dayjs | null;
  amount: number | null;
  unit: 'days' | 'hours';
  agencyId?: string | undefined;
}

/**
 * "Tính hạn xử lý": a start, a number of working days (fractions allowed) or hours, optionally an agency's
 * working hours → the due instant and the days off on the way. Times are Vietnam time.
 */
export function DeadlinePanel() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const [params, setParams] = useState<DeadlineParams | null>(null);
  const result = useQuery({
    ...deadlineQuery(params ?? { from: '' }),
    enabled: params !== null,
  });

  useEffect(() => {
    if (result.isError) report(result.error);
  }, [result.isError, result.error, report]);

  const required = useRequired();

  return (
    <Card size="small" title={t('calendar.deadline.title')}>
      <ProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        name="deadline"
        layout="vertical"
        initialValues={{ from: dayjs().startOf('minute'), amount: 5, unit: 'days' }}
        onFinish={(values) => {
          clear();
          if (!values.from || values.amount == null) return;
          const next: DeadlineParams = {
            from: values.from.format('YYYY-MM-DDTHH:mm'),
            ...(values.unit === 'days' ? { days: values.amount } : { hours: values.amount }),
            ...(values.agencyId ? { agencyId: values.agencyId } : {}),
          };
          if (JSON.stringify(next) === JSON.stringify(params)) void result.refetch();
          else setParams(next);
        }}
      >
        <Form.Item
          label={t('calendar.deadline.from')}
          name="from"
          extra={t('calendar.deadline.fromHint')}
          rules={[required.field(t('calendar.deadline.from'))]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={t('format.dateTime')}
            needConfirm={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('calendar.deadline.amount')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="amount" noStyle rules={[required.field(t('calendar.deadline.amount'))]}>
              <InputNumber
                min={0}
                max={10000}
                step={1}
                aria-label={t('calendar.deadline.amount')}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name="unit" noStyle>
              <Select
                aria-label={t('calendar.deadline.unit')}
                style={{ width: 170 }}
                options={[
                  { value: 'days', label: t('calendar.deadline.unitDays') },
                  { value: 'hours', label: t('calendar.deadline.unitHours') },
                ]}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          label={t('calendar.deadline.agency')}
          name="agencyId"
          extra={t('calendar.deadline.agencyHint')}
        >
          <AgencyPicker placeholder={t('calendar.deadline.defaultHours')} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<CalculatorOutlined aria-hidden />}
          loading={result.isFetching}
        >
          {t('calendar.deadline.compute')}
        </Button>
      </Form>
      {result.data && params ? (
        <div style={{ marginTop: 16 }}>
          <DeadlineResult result={result.data} />
        </div>
      ) : null}
    </Card>
  );
}
