import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueText } from '../../documents/DueText.tsx';
import { formatDateTime } from '../../shared/format.ts';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { daysText, stepRoleLabel } from '../labels.tsx';
import type { DossierStep } from '../types.ts';

const stepColours = { pending: 'default', active: 'processing', done: 'success' } as const;

/** The processing steps (quy trình nội bộ) the dossier goes through, with who handles each and when it is due. */
export function StepsTab({ steps }: { steps: DossierStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p>{t('dossiers.noSteps')}</p>;
  return (
    <Table<DossierStep>
      rowKey="position"
      size="small"
      pagination={false}
      dataSource={steps}
      scroll={{ x: 900 }}
      columns={[
        { title: '#', dataIndex: 'position', width: 40 },
        {
          title: t('dossiers.step'),
          key: 'name',
          render: (_, s) => (
            <>
              {s.name}
              <SecondLine>
                {stepRoleLabel(t, s.role)} · {daysText(t, s.days)}
              </SecondLine>
            </>
          ),
        },
        {
          title: t('dossiers.handler'),
          key: 'handler',
          render: (_, s) => (
            <>
              {s.handlerAgency.name}
              <SecondLine>
                {[s.handlerDepartment?.name, s.assignee?.name].filter(Boolean).join(' · ')}
              </SecondLine>
            </>
          ),
        },
        {
          title: t('dossiers.stepStarted'),
          key: 'started',
          width: 130,
          render: (_, s) => formatDateTime(s.startedAt) || t('common.none'),
        },
        {
          title: t('dossiers.stepDue'),
          key: 'due',
          width: 170,
          render: (_, s) =>
            s.dueAt ? (
              <DueText dueAt={s.dueAt} open={s.status === 'active'} overdue={s.overdue} />
            ) : (
              t('common.none')
            ),
        },
        {
          title: t('dossiers.stepFinished'),
          key: 'finished',
          width: 170,
          render: (_, s) => (
            <>
              {formatDateTime(s.finishedAt) || t('common.none')}
              {s.status === 'done' && s.overdue ? (
                <Tag color="red">{t('dossiers.timeliness.overdue')}</Tag>
              ) : null}
              <SecondLine>{s.finishedBy?.name}</SecondLine>
            </>
          ),
        },
        {
          title: t('common.status'),
          key: 'status',
          width: 120,
          render: (_, s) => <Tag color={stepColours[s.status]}>{t(`dossiers.stepStatus.${s.status}`)}</Tag>,
        },
      ]}
    />
  );
}
