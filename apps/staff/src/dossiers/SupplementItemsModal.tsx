import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useRequired } from '../shared/useRequired.ts';
import type { DossierDetail, SupplementItem } from './types.ts';

interface Values {
  items: SupplementItem[];
  note?: string;
}

/**
 * What the applicant must add or correct (Mẫu 02), one line each with its reason: the guidance given at the
 * counter for a dossier handed in incomplete, or a request to supplement one already recorded.
 */
export function SupplementItemsModal({
  title,
  okText,
  intro,
  initialItems,
  withNote = true,
  submit,
  onSaved,
  onClose,
}: {
  title: string;
  okText: string;
  intro?: ReactNode;
  initialItems: SupplementItem[];
  withNote?: boolean;
  submit: (input: { items: SupplementItem[]; note: string | null }) => Promise<DossierDetail>;
  onSaved: (dossier: DossierDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  return (
    <FormModal<Values, DossierDetail>
      form={form}
      name="supplement-items"
      title={title}
      okText={okText}
      width={720}
      intro={intro}
      initialValues={{ items: initialItems.length > 0 ? initialItems : [{ document: '', reason: '' }] }}
      rename={{ supplementItems: ['items'] }}
      submit={(values) =>
        submit({
          items: values.items.map((i) => ({ document: i.document.trim(), reason: i.reason.trim() })),
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'document']}
                  label={i === 0 ? t('dossiers.supplement.document') : undefined}
                  rules={[required.text(t('dossiers.supplement.document'))]}
                  style={{ flex: 1 }}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'reason']}
                  label={i === 0 ? t('dossiers.supplement.reason') : undefined}
                  rules={[required.text(t('dossiers.supplement.reason'))]}
                  style={{ flex: 1 }}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={2000} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('dossiers.supplement.removeItem')}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: i === 0 ? 30 : 0 }}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ document: '', reason: '' })}>
              {t('dossiers.supplement.addItem')}
            </Button>
          </>
        )}
      </Form.List>
      {withNote ? (
        <Form.Item name="note" label={t('dossiers.note')} style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
