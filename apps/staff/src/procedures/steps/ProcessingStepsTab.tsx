import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Form, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../auth/session.ts';
import { AgencyPicker } from '../../directory/agencies/AgencyPicker.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { stepsApi, stepsKeys } from './api.ts';
import { StepsEditor } from './StepsEditor.tsx';
import { StepsTable } from './StepsTable.tsx';
import { daysText } from './step-rows.ts';

/**
 * The processing steps (quy trình nội bộ) of a procedure: the agencies where it is offered, and the steps
 * at the receiving agency chosen — editable by those who keep the procedures of that agency.
 */
export function ProcessingStepsTab({ procedureId }: { procedureId: string }) {
  const { t, i18n } = useTranslation();
  const profile = useProfile();
  const offerings = useQuery({
    queryKey: stepsKeys.offerings(procedureId),
    queryFn: () => stepsApi.offerings(procedureId),
  });
  const [chosen, setChosen] = useState<string | undefined>();
  // until someone chooses: the first agency offering it, else the user's own
  const agencyId = chosen ?? offerings.data?.[0]?.agency.id ?? profile.agency?.id;
  const steps = useQuery({
    queryKey: stepsKeys.at(procedureId, agencyId ?? ''),
    queryFn: () => stepsApi.get(procedureId, agencyId!),
    enabled: Boolean(agencyId),
  });

  if (offerings.isError)
    return <QueryError error={offerings.error} onRetry={() => void offerings.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>{t('procedureSteps.offeredAt')}</Typography.Text>{' '}
        {offerings.data?.length === 0 ? (
          <Typography.Text type="secondary">{t('procedureSteps.offeredNowhere')}</Typography.Text>
        ) : (
          offerings.data?.map((o) => (
            <Tag.CheckableTag
              key={o.agency.id}
              checked={o.agency.id === agencyId}
              onChange={() => setChosen(o.agency.id)}
            >
              {o.agency.name} ·{' '}
              {t('procedureSteps.daysShort', { days: daysText(o.totalDays, i18n.language) })}
              {o.matchesLegalTime ? null : ` ⚠ ${t('procedureSteps.outOfDate')}`}
            </Tag.CheckableTag>
          ))
        )}
      </div>
      <Form layout="inline" component="div">
        <Form.Item label={t('procedureSteps.receivingAgency')} style={{ minWidth: 420 }}>
          <AgencyPicker value={agencyId} onChange={setChosen} allowClear={false} />
        </Form.Item>
      </Form>
      {!agencyId ? (
        <Empty description={t('procedureSteps.chooseAgency')} />
      ) : steps.isPending ? (
        <Spin />
      ) : steps.isError ? (
        <QueryError error={steps.error} onRetry={() => void steps.refetch()} />
      ) : (
        <>
          {steps.data.steps.length > 0 && !steps.data.matchesLegalTime ? (
            <Alert type="warning" showIcon title={t('procedureSteps.outOfDateHint')} />
          ) : null}
          {steps.data.can.manage ? (
            // a fresh editor per agency; a refetch in the background does not throw away what is being typed
            <StepsEditor key={agencyId} data={steps.data} />
          ) : steps.data.steps.length > 0 ? (
            <StepsTable steps={steps.data.steps} />
          ) : (
            <Empty description={t('procedureSteps.notOffered', { agency: steps.data.agency.name })} />
          )}
        </>
      )}
    </Space>
  );
}
