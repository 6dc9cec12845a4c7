import { Button, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from './search.ts';

interface Values {
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Action prefix and a date range; applied with the Filter button or Enter. */
export function AuditFilters({
  search,
  onApply,
}: {
  search: AuditSearch;
  onApply: (patch: Pick<AuditSearch, 'action' | 'from' | 'to'>) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({
      action: search.action ?? '',
      range:
        search.from || search.to
          ? [search.from ? dayjs(search.from) : null, search.to ? dayjs(search.to) : null]
          : null,
    });
  }, [form, search.action, search.from, search.to]);

  return (
    <Form<Values>
      form={form}
      name="audit-filters"
      layout="inline"
      onFinish={({ action, range }) =>
        onApply({
          action: action?.trim() || undefined,
          from: range?.[0]?.format('YYYY-MM-DD'),
          to: range?.[1]?.format('YYYY-MM-DD'),
        })
      }
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('audit.actionFilter')} name="action">
        <Input
          placeholder={t('audit.actionPlaceholder')}
          allowClear
          style={{ width: 260, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('audit.dateRange')} name="range">
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
          format={t('format.date')}
        />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {t('audit.filter')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({ action: undefined, from: undefined, to: undefined });
          }}
        >
          {t('audit.clear')}
        </Button>
      </Flex>
    </Form>
  );
}
