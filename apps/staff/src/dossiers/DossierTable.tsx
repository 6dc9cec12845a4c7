import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { DueText } from '../documents/DueText.tsx';
import { formatDateTime } from '../shared/format.ts';
import { PagedTable } from '../shared/PagedTable.tsx';
import type { Paging } from '../shared/pagination.ts';
import { SecondLine } from '../shared/SecondLine.tsx';
import { channelLabel, StatusTag, TimelinessTag } from './labels.tsx';
import type { DossierSummary } from './types.ts';

const open = (d: DossierSummary) => d.completedAt === null && d.endedAt === null;

/** A page of dossiers: code and applicant, procedure, step in progress, dates, status and timeliness. */
export function DossierTable({
  list,
  paging,
}: {
  list: UseQueryResult<Page<DossierSummary>>;
  paging: Paging;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DossierSummary> = [
    {
      title: t('dossiers.code'),
      key: 'code',
      width: 230,
      render: (_, d) => (
        <>
          <Link to="/dossiers/$id" params={{ id: d.id }} style={{ whiteSpace: 'nowrap' }}>
            {d.code}
          </Link>
          <SecondLine>{d.applicantName}</SecondLine>
        </>
      ),
    },
    {
      title: t('dossiers.procedure'),
      key: 'procedure',
      render: (_, d) => (
        <>
          {d.procedure.name}
          <SecondLine>
            {d.procedure.code} · {channelLabel(t, d.channel)}
          </SecondLine>
        </>
      ),
    },
    {
      title: t('dossiers.currentStep'),
      key: 'step',
      width: 220,
      responsive: ['lg'],
      render: (_, d) =>
        d.currentStep ? (
          <>
            {d.currentStep.name}
            <SecondLine>{d.currentStep.handlerAgency.name}</SecondLine>
          </>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('dossiers.receivedAt'),
      key: 'received',
      width: 130,
      render: (_, d) => formatDateTime(d.receivedAt ?? d.submittedAt),
    },
    {
      title: t('dossiers.dueAt'),
      key: 'due',
      width: 150,
      render: (_, d) => (
        <DueText dueAt={d.appointmentAt ?? d.dueAt} open={open(d)} overdue={d.timeliness === 'overdue'} />
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 170,
      render: (_, d) => (
        <>
          <StatusTag status={d.status} />
          {d.supplementSent ? <Tag color="purple">{t('dossiers.supplementSent')}</Tag> : null}
          <TimelinessTag timeliness={d.timeliness} />
        </>
      ),
    },
  ];
  return (
    <PagedTable<DossierSummary>
      list={list}
      paging={paging}
      columns={columns}
      scrollX={1000}
      emptyText={t('dossiers.empty')}
    />
  );
}
