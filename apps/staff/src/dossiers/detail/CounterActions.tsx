import { Button, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { dossierApi } from '../api.ts';
import { copyKindLabel } from '../labels.tsx';
import { expectedCopies } from '../receive/receipt-body.ts';
import { SupplementItemsModal } from '../SupplementItemsModal.tsx';
import { type CopyKind, copyKinds, type DossierDetail } from '../types.ts';

export type CounterDialog = 'request_supplement' | 'supplement' | 'refuse';

/**
 * The counter's buttons on a dossier, as the server allows them now (`actions`): accept an online dossier,
 * ask for a supplement (Mẫu 02), take in the supplement brought, refuse (Mẫu 03).
 */
export function CounterButtons({
  dossier,
  onChanged,
  onOpen,
}: {
  dossier: DossierDetail;
  onChanged: (next: DossierDetail) => void;
  onOpen: (dialog: CounterDialog) => void;
}) {
  const { t } = useTranslation();
  const may = (action: DossierDetail['actions'][number]) => dossier.actions.includes(action);
  const accept = useActionMutation({
    mutationFn: () => dossierApi.accept(dossier.id),
    onSuccess: onChanged,
    success: t('dossiers.accepted'),
  });
  return (
    <>
      {may('accept') ? (
        <ConfirmButton
          type="primary"
          confirm={t('dossiers.acceptConfirm')}
          okText={t('dossiers.event.accept')}
          onConfirm={() => accept.mutateAsync()}
        >
          {t('dossiers.event.accept')}
        </ConfirmButton>
      ) : null}
      {may('supplement') ? (
        <Button type="primary" onClick={() => onOpen('supplement')}>
          {t('dossiers.event.supplement')}
        </Button>
      ) : null}
      {may('request_supplement') ? (
        <Button onClick={() => onOpen('request_supplement')}>{t('dossiers.event.request_supplement')}</Button>
      ) : null}
      {may('refuse') ? (
        <Button danger onClick={() => onOpen('refuse')}>
          {t('dossiers.event.refuse')}
        </Button>
      ) : null}
    </>
  );
}

/** The dialog of a counter action. */
export function CounterDialogs({
  dossier,
  open,
  onSaved,
  onClose,
}: {
  dossier: DossierDetail;
  open: CounterDialog | null;
  onSaved: (message: string) => (next: DossierDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  switch (open) {
    case 'request_supplement':
      return (
        <SupplementItemsModal
          title={t('dossiers.requestSupplementTitle')}
          okText={t('dossiers.event.request_supplement')}
          intro={
            <p>
              {dossier.receivedAt
                ? t('dossiers.requestSupplementPauses')
                : t('dossiers.requestSupplementBefore')}
            </p>
          }
          initialItems={[]}
          submit={(input) => dossierApi.requestSupplement(dossier.id, input)}
          onSaved={onSaved(t('dossiers.supplementRequested'))}
          onClose={onClose}
        />
      );
    case 'supplement':
      return (
        <SupplementReceivedModal
          dossier={dossier}
          onSaved={onSaved(t('dossiers.supplementReceived'))}
          onClose={onClose}
        />
      );
    case 'refuse':
      return <RefuseModal dossier={dossier} onSaved={onSaved(t('dossiers.refused'))} onClose={onClose} />;
    default:
      return null;
  }
}

interface BroughtValues {
  brought: { handed: boolean; copyKind: CopyKind; quantity: number | null }[];
  note?: string;
}

/** The applicant brought the supplement: which required documents, as what, how many copies. */
function SupplementReceivedModal({
  dossier,
  onSaved,
  onClose,
}: {
  dossier: DossierDetail;
  onSaved: (next: DossierDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BroughtValues>();
  const documents = dossier.procedure.requiredDocuments;
  const asked = new Set(
    dossier.slips
      .filter((s) => s.form === '02')
      .at(-1)
      ?.items.map((i) => i.name) ?? [],
  );
  return (
    <FormModal<BroughtValues, DossierDetail>
      form={form}
      name="supplement"
      title={t('dossiers.supplementTitle')}
      okText={t('dossiers.event.supplement')}
      width={720}
      intro={<p>{dossier.receivedAt ? t('dossiers.supplementResumes') : t('dossiers.supplementReceives')}</p>}
      initialValues={{
        brought: documents.map((d) => ({ handed: asked.has(d.name), ...expectedCopies(d.quantity) })),
      }}
      submit={(values) =>
        dossierApi.supplement(dossier.id, {
          documents: documents.flatMap((d, i) => {
            const row = values.brought[i];
            return row?.handed
              ? [{ requirement: d.name, copyKind: row.copyKind, quantity: row.quantity ?? 0 }]
              : [];
          }),
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      {documents.map((d, i) => (
        <Flex key={d.name} gap={8} align="center" wrap style={{ marginBottom: 8 }}>
          <Form.Item name={['brought', i, 'handed']} valuePropName="checked" noStyle>
            <Checkbox style={{ flex: 1, minWidth: 260 }}>{d.name}</Checkbox>
          </Form.Item>
          <Form.Item name={['brought', i, 'copyKind']} noStyle>
            <Select
              aria-label={t('dossiers.checklist.copyKindOf', { name: d.name })}
              options={copyKinds.map((k) => ({ value: k, label: copyKindLabel(t, k) }))}
              style={{ width: 190 }}
            />
          </Form.Item>
          <Form.Item name={['brought', i, 'quantity']} noStyle>
            <InputNumber
              aria-label={t('dossiers.checklist.quantityOf', { name: d.name })}
              min={0}
              max={100}
              precision={0}
              style={{ width: 80 }}
            />
          </Form.Item>
        </Flex>
      ))}
      <Form.Item name="note" label={t('dossiers.note')} style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** Mẫu 03: the reasons, one a line, each citing the rule the dossier does not meet. */
function RefuseModal({
  dossier,
  onSaved,
  onClose,
}: {
  dossier: DossierDetail;
  onSaved: (next: DossierDetail) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<{ reasons: string; note?: string }>();
  return (
    <FormModal
      form={form}
      name="refuse"
      title={t('dossiers.refuseTitle')}
      okText={t('dossiers.event.refuse')}
      intro={<p>{t('dossiers.refuseIntro')}</p>}
      submit={(values) =>
        dossierApi.refuse(dossier.id, {
          reasons: values.reasons
            .split('\n')
            .map((r) => r.trim())
            .filter((r) => r !== ''),
          note: values.note?.trim() || null,
        })
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item
        name="reasons"
        label={t('dossiers.refuseReasons')}
        extra={t('dossiers.refuseReasonsHint')}
        rules={[required.text(t('dossiers.refuseReasons'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="note" label={t('dossiers.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
