import { Link } from '@tanstack/react-router';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RemoteSearchSelect } from '../../shared/RemoteSearchSelect.tsx';
import { offeredProceduresQuery } from '../api.ts';
import { daysText, stepRoleLabel } from '../labels.tsx';
import type { DossierDetail, OfferedProcedure } from '../types.ts';
import { ReceivedResult } from './ReceivedResult.tsx';
import { ReceiveForm } from './ReceiveForm.tsx';

/**
 * The one-stop counter: choose a procedure offered at the agency, fill in what the applicant brings, and
 * receive the dossier (Mẫu 01) or guide the applicant to complete it (Mẫu 02).
 */
export function ReceivePage() {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState<OfferedProcedure | undefined>();
  const [done, setDone] = useState<DossierDetail | null>(null);
  const next = () => {
    setDone(null);
    setProcedure(undefined);
  };
  return (
    <>
      <PageHeader
        title={t('nav.dossierReceive')}
        subtitle={t('dossiers.receive.intro')}
        crumbs={[
          { title: <Link to="/dossiers">{t('nav.dossiers')}</Link> },
          { title: t('nav.dossierReceive') },
        ]}
      />
      {done ? (
        <ReceivedResult dossier={done} onNext={next} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small" title={t('dossiers.receive.procedure')}>
            <RemoteSearchSelect<OfferedProcedure>
              aria-label={t('dossiers.receive.procedure')}
              placeholder={t('dossiers.receive.procedurePlaceholder')}
              query={offeredProceduresQuery}
              toOption={(p) => ({ value: p.id, label: `${p.code} – ${p.name}` })}
              pinned={
                procedure ? { value: procedure.id, label: `${procedure.code} – ${procedure.name}` } : null
              }
              value={procedure?.id}
              onChange={(_, item) => setProcedure(item)}
            />
            {procedure ? <ProcedureFacts procedure={procedure} /> : null}
          </Card>
          {procedure ? <ReceiveForm key={procedure.id} procedure={procedure} onReceived={setDone} /> : null}
        </Flex>
      )}
    </>
  );
}

/** What the counter tells the applicant about the procedure: its field, legal time and steps. */
function ProcedureFacts({ procedure }: { procedure: OfferedProcedure }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      style={{ marginTop: 12 }}
      items={[
        { key: 'field', label: t('dossiers.field'), children: procedure.field || t('common.none') },
        {
          key: 'time',
          label: t('dossiers.processingTime'),
          children: procedure.processingTimeText || daysText(t, procedure.processingDays),
        },
        {
          key: 'steps',
          label: t('dossiers.steps'),
          span: 2,
          children: (
            <Typography.Text type="secondary">
              {procedure.steps
                .map(
                  (s) =>
                    `${s.position}. ${s.name} (${stepRoleLabel(t, s.role)}, ${s.handlerAgency.name}, ${daysText(t, s.days)})`,
                )
                .join(' → ')}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
