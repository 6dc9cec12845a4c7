import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { App, Card, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { dossierDetailQuery, dossierKeys } from '../api.ts';
import { StatusTag, TimelinessTag } from '../labels.tsx';
import { ProcessingActions } from '../processing/ProcessingActions.tsx';
import type { DossierDetail } from '../types.ts';
import { ApplicantRating } from './ApplicantRating.tsx';
import { CounterButtons, type CounterDialog, CounterDialogs } from './CounterActions.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { InfoTab } from './InfoTab.tsx';
import { PaymentsTab } from './PaymentsTab.tsx';
import { SlipsTab } from './SlipsTab.tsx';
import { StepsTab } from './StepsTab.tsx';

const route = getRouteApi('/_app/dossiers/$id');

/**
 * One dossier: its information, documents, steps with their due dates, history and slips, with the actions
 * the server says the user may take now (the counter's here; processing ones next to them).
 */
export function DossierDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery(dossierDetailQuery(id));
  const [dialog, setDialog] = useState<CounterDialog | null>(null);

  /** The dossier as an action left it: shown at once, the lists read again. */
  const changed = (next: DossierDetail) => {
    queryClient.setQueryData(dossierKeys.detail(id), next);
    void queryClient.invalidateQueries({
      queryKey: dossierKeys.all,
      predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== id,
    });
  };
  const saved = (text: string) => (next: DossierDetail) => {
    setDialog(null);
    changed(next);
    void message.success(text);
  };

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  if (!d) return <Skeleton active />;
  return (
    <>
      <PageHeader
        title={d.code}
        subtitle={`${d.applicant.name} · ${d.procedure.name}`}
        crumbs={[{ title: <Link to="/dossiers">{t('nav.dossiers')}</Link> }, { title: d.code }]}
        extra={
          <>
            <CounterButtons dossier={d} onChanged={changed} onOpen={setDialog} />
            <ProcessingActions dossier={d} onChanged={changed} />
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
          <StatusTag status={d.status} />
          <TimelinessTag timeliness={d.timeliness} />
          {d.currentStep ? (
            <span>
              {t('dossiers.currentStepIs', {
                step: d.currentStep.name,
                agency: d.currentStep.handlerAgency.name,
              })}
            </span>
          ) : null}
        </Flex>
        <ApplicantRating rating={d.rating} />
        <Tabs
          items={[
            { key: 'info', label: t('dossiers.tabs.info'), children: <InfoTab dossier={d} /> },
            {
              key: 'documents',
              label: t('dossiers.tabs.documents'),
              children: <DocumentsTab dossier={d} onChanged={() => void detail.refetch()} />,
            },
            { key: 'steps', label: t('dossiers.tabs.steps'), children: <StepsTab steps={d.steps} /> },
            { key: 'history', label: t('dossiers.tabs.history'), children: <HistoryTab events={d.events} /> },
            { key: 'slips', label: t('dossiers.tabs.slips'), children: <SlipsTab dossier={d} /> },
            { key: 'payments', label: t('payments.tab'), children: <PaymentsTab dossierId={d.id} /> },
          ]}
        />
      </Card>
      <CounterDialogs dossier={d} open={dialog} onSaved={saved} onClose={() => setDialog(null)} />
    </>
  );
}
