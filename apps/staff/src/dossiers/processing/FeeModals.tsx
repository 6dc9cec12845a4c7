import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import { processingApi } from './api.ts';
import type { DossierDialogProps } from './dialog.ts';

/** Yêu cầu thực hiện nghĩa vụ tài chính: how much, for what; the clock stops until it is paid. */
export function RequestFeeModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ amount: number; purpose: string }>();
  const required = useRequired();
  return (
    <FormModal
      form={form}
      name="dossier-fee"
      title={t('dossierProcessing.requestFeeTitle')}
      okText={t('dossierProcessing.requestFee')}
      intro={<p>{t('dossierProcessing.requestFeeIntro')}</p>}
      submit={(values) =>
        processingApi.requestFee(dossier.id, { amount: values.amount, purpose: values.purpose.trim() })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        label={t('dossierProcessing.amount')}
        name="amount"
        rules={[required.field(t('dossierProcessing.amount'))]}
      >
        <InputNumber<number>
          min={0}
          step={1000}
          style={{ width: '100%' }}
          suffix="đ"
          formatter={(v) => (v === undefined || v === null ? '' : Number(v).toLocaleString('vi-VN'))}
          parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
        />
      </Form.Item>
      <Form.Item
        label={t('dossierProcessing.purpose')}
        name="purpose"
        rules={[required.text(t('dossierProcessing.purpose'))]}
      >
        <Input maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

/** Đã thực hiện nghĩa vụ tài chính: the receipt, if any; the clock runs again, the due moves on. */
export function FeePaidModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ receipt?: string; note?: string }>();
  return (
    <FormModal
      form={form}
      name="dossier-fee-paid"
      title={t('dossierProcessing.feePaidTitle')}
      okText={t('dossierProcessing.feePaid')}
      intro={<p>{t('dossierProcessing.feePaidIntro')}</p>}
      submit={(values) =>
        processingApi.feePaid(dossier.id, {
          receipt: values.receipt?.trim() || null,
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={t('dossierProcessing.receipt')} name="receipt">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('dossierProcessing.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
