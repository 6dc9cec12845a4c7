import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatDateTime } from '../../shared/format.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { processingApi } from './api.ts';
import type { DossierDialogProps } from './dialog.ts';

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): why the result is late and the new appointment, later
 * than now and than the one it replaces. The due date does not move: the dossier stays overdue.
 */
export function ApologyModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string; newAppointmentAt: Dayjs }>();
  const required = useRequired();
  const current = dossier.appointmentAt ?? dossier.dueAt;
  const earliest = current && dayjs(current).isAfter(dayjs()) ? dayjs(current) : dayjs();
  return (
    <FormModal
      form={form}
      name="dossier-apology"
      title={t('dossierProcessing.apologyTitle')}
      okText={t('dossierProcessing.apologise')}
      intro={<p>{t('dossierProcessing.apologyIntro', { appointment: formatDateTime(current) })}</p>}
      submit={(values) =>
        processingApi.apologise(dossier.id, {
          reason: values.reason.trim(),
          newAppointmentAt: values.newAppointmentAt.toISOString(),
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('dossierProcessing.lateReason')}
        name="reason"
        rules={[required.text(t('dossierProcessing.lateReason'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item
        label={t('dossierProcessing.newAppointment')}
        name="newAppointmentAt"
        rules={[required.field(t('dossierProcessing.newAppointment'))]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={`${t('format.date')} HH:mm`}
          disabledDate={(d) => d.isBefore(earliest, 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
