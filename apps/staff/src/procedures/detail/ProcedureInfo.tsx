import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { OnlineServiceTag, ProcessingDays } from '../labels.tsx';
import type { ProcedureDetail } from '../types.ts';

/** Text as published, its line breaks kept ("Ủy ban nhân dân cấp xã\nSở Tư pháp"). */
export function Published({ text, empty }: { text: string; empty?: string }) {
  const { t } = useTranslation();
  if (!text) return <Typography.Text type="secondary">{empty ?? t('common.none')}</Typography.Text>;
  return <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
}

/** Whether the time as published says more than the working days shown ("7", "60 Ngày làm việc" do not). */
function saysMore(p: ProcedureDetail): boolean {
  const text = p.processingTimeText.trim();
  const bare = /^([0-9]+(?:[.,][0-9]+)?)(?:\s*ngày làm việc)?$/i.exec(text);
  if (!text) return false;
  return !bare || Number(bare[1]!.replace(',', '.')) !== p.processingDays;
}

/** What a procedure is: its field and level, who applies and who decides, its legal time and conditions. */
export function ProcedureInfo({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const part = (key: keyof ProcedureDetail & string) =>
    t(`procedures.parts.${key}` as 'procedures.parts.code');
  const items = [
    { key: 'field', label: part('field'), children: <Published text={p.field} /> },
    { key: 'level', label: part('level'), children: <Published text={p.level} /> },
    { key: 'kind', label: part('kind'), children: <Published text={p.kind} /> },
    { key: 'decisionRef', label: part('decisionRef'), children: <Published text={p.decisionRef} /> },
    { key: 'applicantTypes', label: part('applicantTypes'), children: <Published text={p.applicantTypes} /> },
    {
      key: 'competentAuthority',
      label: part('competentAuthority'),
      children: <Published text={p.competentAuthority} />,
    },
    { key: 'issuingBody', label: part('issuingBody'), children: <Published text={p.issuingBody} /> },
    {
      key: 'implementingAgency',
      label: part('implementingAgency'),
      children: <Published text={p.implementingAgency} />,
    },
    {
      key: 'onlineService',
      label: part('onlineService'),
      children: <OnlineServiceTag value={p.onlineService} />,
    },
    {
      key: 'processingDays',
      label: part('processingDays'),
      children: (
        <div>
          <ProcessingDays days={p.processingDays} />
          {saysMore(p) ? (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
              {p.processingTimeText}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      key: 'conditions',
      label: part('conditions'),
      children: <Published text={p.conditions} empty={t('procedures.noConditions')} />,
      span: 'filled' as const,
    },
    {
      key: 'sourceUrl',
      label: part('sourceUrl'),
      children: p.sourceUrl ? (
        <Typography.Link href={p.sourceUrl} target="_blank" rel="noreferrer">
          {p.sourceUrl}
        </Typography.Link>
      ) : (
        t('common.none')
      ),
      span: 'filled' as const,
    },
  ];
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {p.updatedBy
          ? t('procedures.updatedBy', { at: formatDateTime(p.updatedAt), by: p.updatedBy })
          : t('procedures.updated', { at: formatDateTime(p.updatedAt) })}
      </Typography.Text>
    </>
  );
}
