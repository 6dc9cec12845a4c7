import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Form, Input, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/problem.ts';
import { JsonSchemaForm } from '../../shared/json-schema-form/JsonSchemaForm.tsx';
import type { PointedProblem } from '../../shared/json-schema-form/values.ts';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
import { useRequired } from '../../shared/useRequired.ts';
import { dossierApi } from '../api.ts';
import { deliveryLabel } from '../labels.tsx';
import { SupplementItemsModal } from '../SupplementItemsModal.tsx';
import type { DossierDetail, OfferedProcedure, ResultDelivery, SupplementItem } from '../types.ts';
import { ApplicantFields } from './ApplicantFields.tsx';
import { DocumentChecklist } from './DocumentChecklist.tsx';
import { initialChecklist, missingDocuments, type ReceiveFormValues, receiptBodyOf } from './receipt-body.ts';

const FORM_DATA = '/body/formData';
const deliveries: ResultDelivery[] = ['counter', 'post', 'online'];

/** The server's problems with the application form go to the form drawn from its schema; the rest stay. */
function splitFormDataProblems(error: unknown): { rest: unknown; formData: PointedProblem[] } {
  if (!isApiError(error) || !error.problem.errors) return { rest: error, formData: [] };
  const formData = error.problem.errors.filter((e) => e.pointer.startsWith(FORM_DATA));
  const others = error.problem.errors.filter((e) => !e.pointer.startsWith(FORM_DATA));
  if (formData.length === 0) return { rest: error, formData };
  return { rest: new ApiError({ ...error.problem, errors: others }), formData };
}

/**
 * The counter's form for one procedure: the applicant, the application form (tờ khai) drawn from the
 * procedure's schema, the documents handed in, how the result goes back; then either receive the dossier
 * (complete) or give the guidance to supplement it, listing what is missing and why.
 */
export function ReceiveForm({
  procedure,
  onReceived,
}: {
  procedure: OfferedProcedure;
  onReceived: (dossier: DossierDetail) => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<ReceiveFormValues>();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [formDataProblems, setFormDataProblems] = useState<PointedProblem[]>([]);
  const [guiding, setGuiding] = useState<SupplementItem[] | null>(null);
  const { problem, report, clear } = useFormProblem(form);
  const delivery = Form.useWatch<ResultDelivery | undefined>('resultDelivery', form);

  const send = (outcome: 'complete' | 'incomplete', items: SupplementItem[] = []) =>
    dossierApi.receive(receiptBodyOf(procedure, form.getFieldsValue(true), formData, outcome, items));
  const receive = useMutation({
    mutationFn: () => send('complete'),
    onSuccess: onReceived,
    onError: (error) => {
      const { rest, formData: problems } = splitFormDataProblems(error);
      setFormDataProblems(problems);
      report(rest);
    },
  });
  const start = async (outcome: 'complete' | 'incomplete') => {
    clear();
    setFormDataProblems([]);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    if (outcome === 'complete') receive.mutate();
    else
      setGuiding(
        missingDocuments(procedure, form.getFieldValue('checklist') ?? []).map((document) => ({
          document,
          reason: t('dossiers.receive.notHandedIn'),
        })),
      );
  };

  return (
    <Form<ReceiveFormValues>
      form={form}
      name="receive"
      layout="vertical"
      initialValues={{
        applicant: { kind: 'citizen' },
        checklist: initialChecklist(procedure),
        resultDelivery: 'counter',
      }}
    >
      <Flex vertical gap={16}>
        <ProblemAlert problem={problem} />
        <Card size="small" title={t('dossiers.receive.applicant')}>
          <ApplicantFields />
          <Form.Item name="summary" label={t('dossiers.summary')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
          </Form.Item>
        </Card>
        {procedure.formSchema ? (
          <Card size="small" title={t('dossiers.receive.applicationForm')}>
            <JsonSchemaForm
              schema={procedure.formSchema}
              value={formData}
              onChange={setFormData}
              errors={formDataProblems}
              pointerPrefix={FORM_DATA}
              showTitle
            />
          </Card>
        ) : null}
        <Card size="small" title={t('dossiers.receive.documents')}>
          <DocumentChecklist documents={procedure.requiredDocuments} />
        </Card>
        <Card size="small" title={t('dossiers.receive.delivery')}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="resultDelivery" label={t('dossiers.resultDelivery')}>
                <Radio.Group options={deliveries.map((d) => ({ value: d, label: deliveryLabel(t, d) }))} />
              </Form.Item>
            </Col>
            {delivery === 'post' ? (
              <Col xs={24} md={14}>
                <Form.Item
                  name="postalAddress"
                  label={t('dossiers.postalAddress')}
                  rules={[required.text(t('dossiers.postalAddress'))]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
          <Form.Item name="note" label={t('dossiers.note')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => void start('incomplete')} disabled={receive.isPending}>
            {t('dossiers.receive.guide')}
          </Button>
          <Button type="primary" onClick={() => void start('complete')} loading={receive.isPending}>
            {t('dossiers.receive.receive')}
          </Button>
        </Flex>
      </Flex>
      {guiding ? (
        <SupplementItemsModal
          title={t('dossiers.receive.guideTitle')}
          okText={t('dossiers.receive.guideOk')}
          intro={<p>{t('dossiers.receive.guideIntro')}</p>}
          initialItems={guiding}
          withNote={false}
          submit={({ items }) => send('incomplete', items)}
          onSaved={(dossier) => {
            setGuiding(null);
            onReceived(dossier);
          }}
          onClose={() => setGuiding(null)}
        />
      ) : null}
    </Form>
  );
}
