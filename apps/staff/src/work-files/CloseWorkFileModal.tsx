import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useRequired } from '../shared/useRequired.ts';
import { workFileApi } from './api.ts';
import type { WorkFileDialogProps } from './dialog.ts';
import { vietnamToday } from './search.ts';
import type { WorkFileDetail } from './types.ts';

interface Values {
  closedOn: Dayjs;
  pageCount?: number | null;
  note?: string;
}

/**
 * Kết thúc hồ sơ: the closing date, the number of sheets (left empty: the sum of the documents' page counts)
 * and a note. Afterwards the file no longer changes; a keeper of the plan can reopen it.
 */
export function CloseWorkFileModal({ file, onSaved, onClose }: WorkFileDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const knownPages = file.documents.reduce((sum, d) => sum + (d.pageCount ?? 0), 0);
  return (
    <FormModal<Values, WorkFileDetail>
      form={form}
      name="close-work-file"
      title={t('workFiles.closeTitle')}
      okText={t('workFiles.close')}
      intro={<p>{t('workFiles.closeIntro', { count: file.documentCount })}</p>}
      initialValues={{ closedOn: dayjs(vietnamToday()) }}
      submit={(values) =>
        workFileApi.close(file.id, {
          closedOn: values.closedOn.format('YYYY-MM-DD'),
          ...(values.pageCount ? { pageCount: values.pageCount } : {}),
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        name="closedOn"
        label={t('workFiles.closedOn')}
        rules={[required.field(t('workFiles.closedOn'))]}
      >
        <DatePicker format={t('format.date')} />
      </Form.Item>
      <Form.Item
        name="pageCount"
        label={t('workFiles.pageCount')}
        extra={knownPages > 0 ? t('workFiles.pageCountHint', { count: knownPages }) : undefined}
      >
        <InputNumber<number> min={1} max={1_000_000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={t('workFiles.closingNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
