import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Col, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useRequired } from '../shared/useRequired.ts';
import { fieldsQuery, procedureApi } from './api.ts';
import { blankProcedure, changesOf, formValuesOf, inputOf, type ProcedureFormValues } from './form-values.ts';
import { useLevelOptions, useOnlineOptions } from './labels.tsx';
import { RowsField } from './RowsField.tsx';
import type { ProcedureDetail } from './types.ts';

export type ProcedureFormMode = { kind: 'create' } | { kind: 'edit'; procedure: ProcedureDetail };

/**
 * Adds a procedure by hand or edits one: name, field, level, online service, legal time, fees, documents
 * to prepare, results, legal basis, conditions, whether in use. The ways to apply and the sequence of
 * steps stay as imported from the national database.
 */
export function ProcedureFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: ProcedureFormMode;
  onClose: () => void;
  onSaved: (procedure: ProcedureDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ProcedureFormValues>();
  const required = useRequired();
  const fields = useQuery(fieldsQuery);
  const levels = useLevelOptions();
  const online = useOnlineOptions();
  const part = (key: string) => t(`procedures.parts.${key}` as 'procedures.parts.code');
  const initial = mode.kind === 'create' ? { ...blankProcedure, code: '' } : formValuesOf(mode.procedure);
  const save = (values: ProcedureFormValues) => {
    const { code, ...input } = inputOf(values);
    if (mode.kind === 'create') return procedureApi.create({ ...input, code: code ?? '' });
    // only what was changed: what the national import brought stays as it is, whatever its length
    return procedureApi.update(mode.procedure.id, changesOf(inputOf(initial), input));
  };

  return (
    <FormModal
      form={form}
      name="procedure"
      title={
        mode.kind === 'create'
          ? t('procedures.createTitle')
          : t('procedures.editTitle', { code: mode.procedure.code })
      }
      width={1000}
      initialValues={initial}
      submit={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Row gutter={16}>
        {mode.kind === 'create' ? (
          <Col xs={24} md={6}>
            <Form.Item label={part('code')} name="code" rules={[required.text(part('code'))]}>
              <Input placeholder="1.000948" maxLength={20} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={mode.kind === 'create' ? 18 : 24}>
          <Form.Item label={part('name')} name="name" rules={[required.text(part('name'))]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={part('field')} name="field">
            <AutoComplete
              options={(fields.data ?? []).map((f) => ({ value: f.name }))}
              filterOption={(input, option) =>
                (option?.value ?? '').toLowerCase().includes(input.toLowerCase())
              }
              maxLength={300}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={part('level')} name="level">
            <AutoComplete options={levels.map((l) => ({ value: l.value }))} maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={part('issuingBody')} name="issuingBody">
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={part('decisionRef')} name="decisionRef">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={part('implementingAgency')} name="implementingAgency">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={part('applicantTypes')} name="applicantTypes">
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={part('kind')} name="kind">
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('procedures.sections.time')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={part('processingDays')} name="processingDays" extra={t('procedures.daysHint')}>
            <InputNumber<number>
              min={0}
              max={1000}
              decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={part('onlineService')} name="onlineService" extra={t('procedures.fullNote')}>
            <Select options={online} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={part('active')} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={part('processingTimeText')} name="processingTimeText">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
      <Form.Item label={part('conditions')} name="conditions">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20_000} />
      </Form.Item>

      <Divider titlePlacement="start">{t('procedures.sections.fees')}</Divider>
      <RowsField
        name="fees"
        blank={{ name: '', amount: null, text: '' }}
        columns={[
          { name: 'name', label: t('procedures.feeName'), required: true, maxLength: 300 },
          { name: 'amount', label: t('procedures.amount'), kind: 'amount', width: 160 },
          { name: 'text', label: t('procedures.feeText'), kind: 'longText', maxLength: 2000 },
        ]}
      />
      <Divider titlePlacement="start">{t('procedures.sections.documents')}</Divider>
      <RowsField
        name="requiredDocuments"
        blank={{ name: '', template: '', quantity: '1 bản chính', required: true, group: '' }}
        columns={[
          {
            name: 'name',
            label: t('procedures.documentName'),
            kind: 'longText',
            required: true,
            maxLength: 10_000,
          },
          { name: 'template', label: t('procedures.template'), width: 180, maxLength: 300 },
          { name: 'quantity', label: t('procedures.quantity'), width: 160, maxLength: 200 },
          { name: 'required', label: t('procedures.required'), kind: 'check', width: 110 },
          { name: 'group', label: t('procedures.group'), kind: 'hidden' },
        ]}
      />
      <Divider titlePlacement="start">{t('procedures.sections.results')}</Divider>
      <RowsField
        name="results"
        blank={{ name: '', code: '' }}
        columns={[
          { name: 'name', label: t('procedures.resultName'), required: true, maxLength: 2000 },
          { name: 'code', label: t('procedures.resultCode'), width: 200, maxLength: 100 },
        ]}
      />
      <Divider titlePlacement="start">{t('procedures.sections.legalBasis')}</Divider>
      <RowsField
        name="legalBasis"
        blank={{ title: '', reference: '' }}
        columns={[
          { name: 'title', label: t('procedures.legalTitle'), kind: 'longText', maxLength: 2000 },
          { name: 'reference', label: t('procedures.legalReference'), width: 200, maxLength: 200 },
        ]}
      />
    </FormModal>
  );
}
