import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useRequired } from '../../shared/useRequired.ts';
import type { ResultDelivery } from '../types.ts';
import { processingApi } from './api.ts';
import type { DossierDialogProps } from './dialog.ts';
import type { ReturnInput } from './types.ts';

interface Values {
  delivery: ResultDelivery;
  receivedBy?: string;
  identityNote?: string;
  address?: string;
  tracking?: string;
  note?: string;
}

function inputOf(values: Values): ReturnInput {
  const note = values.note?.trim() || null;
  if (values.delivery === 'counter')
    return {
      delivery: 'counter',
      receivedBy: values.receivedBy?.trim() ?? '',
      identityNote: values.identityNote?.trim() ?? '',
      note,
    };
  if (values.delivery === 'post')
    return {
      delivery: 'post',
      address: values.address?.trim() ?? '',
      tracking: values.tracking?.trim() ?? '',
      note,
    };
  return { delivery: 'online', note };
}

/**
 * Trả kết quả: at the counter (who took it, the identity paper checked), by public post (the address and
 * the tracking number), or online (the result file is made available to the applicant).
 */
export function ReturnModal({ dossier, onSaved, onClose }: DossierDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const delivery = Form.useWatch('delivery', form) ?? dossier.resultDelivery;
  return (
    <FormModal
      form={form}
      name="dossier-return"
      title={t('dossierProcessing.returnTitle')}
      okText={t('dossierProcessing.return')}
      initialValues={{
        delivery: dossier.resultDelivery,
        receivedBy: dossier.applicant.name,
        address: dossier.postalAddress ?? undefined,
      }}
      submit={(values) => processingApi.returnResult(dossier.id, inputOf(values))}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label={t('dossierProcessing.delivery')} name="delivery">
        <Radio.Group
          optionType="button"
          options={(['counter', 'post', 'online'] as const).map((value) => ({
            value,
            label: t(`dossierProcessing.deliveries.${value}`),
          }))}
        />
      </Form.Item>
      {delivery === 'counter' ? (
        <>
          <Form.Item
            label={t('dossierProcessing.receivedBy')}
            name="receivedBy"
            rules={[required.text(t('dossierProcessing.receivedBy'))]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            label={t('dossierProcessing.identityNote')}
            name="identityNote"
            extra={t('dossierProcessing.identityNoteHint')}
            rules={[required.text(t('dossierProcessing.identityNote'))]}
          >
            <Input maxLength={500} />
          </Form.Item>
        </>
      ) : null}
      {delivery === 'post' ? (
        <>
          <Form.Item
            label={t('dossierProcessing.postalAddress')}
            name="address"
            rules={[required.text(t('dossierProcessing.postalAddress'))]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            label={t('dossierProcessing.tracking')}
            name="tracking"
            rules={[required.text(t('dossierProcessing.tracking'))]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </>
      ) : null}
      {delivery === 'online' ? <p>{t('dossierProcessing.onlineHint')}</p> : null}
      <Form.Item label={t('dossierProcessing.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
