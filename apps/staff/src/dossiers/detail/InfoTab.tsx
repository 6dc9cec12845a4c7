import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueText } from '../../documents/DueText.tsx';
import { formatDateTime } from '../../shared/format.ts';
import { JsonSchemaForm } from '../../shared/json-schema-form/JsonSchemaForm.tsx';
import { channelLabel, daysText, deliveryLabel } from '../labels.tsx';
import type { DossierDetail } from '../types.ts';

const orNone = (text: string | null | undefined, none: string) => (text ? text : none);

/** The dossier itself: the applicant, the procedure, the clock (with the time held by the applicant), the form. */
export function InfoTab({ dossier: d }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const open = d.completedAt === null && d.endedAt === null;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={[
          {
            key: 'applicant',
            label:
              d.applicant.kind === 'business'
                ? t('dossiers.applicant.businessName')
                : t('dossiers.applicant.name'),
            children: d.applicant.name,
          },
          {
            key: 'id',
            label:
              d.applicant.kind === 'business'
                ? t('dossiers.applicant.taxCode')
                : t('dossiers.applicant.personalId'),
            children: d.applicant.idNumber,
          },
          { key: 'phone', label: t('dossiers.applicant.phone'), children: orNone(d.applicant.phone, none) },
          { key: 'email', label: t('dossiers.applicant.email'), children: orNone(d.applicant.email, none) },
          {
            key: 'address',
            label: t('dossiers.applicant.address'),
            span: 2,
            children: orNone(d.applicant.address, none),
          },
          { key: 'summary', label: t('dossiers.summary'), span: 2, children: orNone(d.summary, none) },
          {
            key: 'procedure',
            label: t('dossiers.procedure'),
            span: 2,
            children: `${d.procedure.code} – ${d.procedure.name}`,
          },
          { key: 'agency', label: t('dossiers.receivingAgency'), children: d.agency.name },
          { key: 'channel', label: t('dossiers.channelField'), children: channelLabel(t, d.channel) },
          { key: 'submitted', label: t('dossiers.submittedAt'), children: formatDateTime(d.submittedAt) },
          {
            key: 'received',
            label: t('dossiers.receivedAt'),
            children: d.receivedAt
              ? `${formatDateTime(d.receivedAt)}${d.receivedBy ? ` – ${d.receivedBy.name}` : ''}`
              : t('dossiers.notReceived'),
          },
          {
            key: 'processing',
            label: t('dossiers.processingTime'),
            children: d.procedure.processingTimeText || daysText(t, d.processingDays),
          },
          {
            key: 'due',
            label: t('dossiers.dueAt'),
            children: <DueText dueAt={d.dueAt} open={open} overdue={d.timeliness === 'overdue'} />,
          },
          {
            key: 'appointment',
            label: t('dossiers.appointmentAt'),
            children: formatDateTime(d.appointmentAt) || none,
          },
          {
            key: 'completed',
            label: t('dossiers.completedAt'),
            children: formatDateTime(d.completedAt ?? d.endedAt) || none,
          },
          {
            key: 'delivery',
            label: t('dossiers.resultDelivery'),
            span: 2,
            children:
              d.resultDelivery === 'post'
                ? `${deliveryLabel(t, d.resultDelivery)}: ${d.postalAddress ?? ''}`
                : deliveryLabel(t, d.resultDelivery),
          },
        ]}
      />
      {d.pauses.length > 0 ? (
        <div>
          <Typography.Title level={5}>{t('dossiers.pauses')}</Typography.Title>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {d.pauses.map((p) => (
              <li key={p.startedAt}>
                {t(`dossiers.pauseReason.${p.reason}`)}: {formatDateTime(p.startedAt)} –{' '}
                {p.endedAt ? formatDateTime(p.endedAt) : t('dossiers.pauseOpen')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {d.procedure.formSchema ? (
        <div>
          <Typography.Title level={5}>{t('dossiers.receive.applicationForm')}</Typography.Title>
          <JsonSchemaForm
            schema={d.procedure.formSchema}
            value={d.formData}
            onChange={() => undefined}
            disabled
          />
        </div>
      ) : null}
    </Flex>
  );
}
