import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Button, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { formatDateTime } from '../../shared/format.ts';
import { QueryError } from '../../shared/QueryError.tsx';
import { useActionMutation } from '../../shared/useActionMutation.ts';
import { calendarApi } from '../api.ts';
import { calendarKeys, workingHoursQuery } from '../queries.ts';
import type { AgencyWorkingHours } from '../types.ts';
import { describeWeekdays, formatMinutes, sessionName } from './describe.ts';
import { WorkingHoursFormModal } from './WorkingHoursFormModal.tsx';

/**
 * An agency's working hours as deadlines use them: its own, else inherited from the nearest agency above
 * that has some, else the platform default. Editing and resetting when the server's `can.edit` says so.
 */
export function WorkingHoursTab({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const hours = useQuery(workingHoursQuery(agencyId));

  // agencies below inherit: every agency's hours (and any deadline computed) may have changed
  const changed = (next: AgencyWorkingHours) => {
    queryClient.setQueryData(calendarKeys.hours(agencyId), next);
    void queryClient.invalidateQueries({ queryKey: ['calendar', 'hours'] });
    void queryClient.invalidateQueries({ queryKey: ['calendar', 'deadline'] });
  };
  const reset = useActionMutation({
    mutationFn: () => calendarApi.setWorkingHours(agencyId, null),
    onSuccess: changed,
    success: t('calendar.hours.resetDone'),
  });

  if (hours.isError) return <QueryError error={hours.error} onRetry={() => void hours.refetch()} />;
  if (!hours.data) return <Skeleton active />;
  const data = hours.data;
  const { effective } = data;

  const source =
    data.source === 'own' ? (
      <Tag color="blue">{t('calendar.hours.sourceOwn')}</Tag>
    ) : data.source === 'inherited' && data.inheritedFrom ? (
      <span>
        {t('calendar.hours.sourceInherited')}{' '}
        <Link to="/agencies/$agencyId" params={{ agencyId: data.inheritedFrom.id }} search={{ tab: 'hours' }}>
          {data.inheritedFrom.name}
        </Link>
      </span>
    ) : (
      <span>{t('calendar.hours.sourceDefault')}</span>
    );

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('calendar.hours.intro')}</Typography.Text>
        {data.can.edit ? (
          <Flex gap={8} wrap>
            {data.source === 'own' ? (
              <ConfirmButton
                confirm={t('calendar.hours.resetConfirm')}
                okText={t('calendar.hours.reset')}
                icon={<RollbackOutlined aria-hidden />}
                loading={reset.isPending}
                onConfirm={() => reset.mutateAsync()}
              >
                {t('calendar.hours.reset')}
              </ConfirmButton>
            ) : null}
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('calendar.hours.edit')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        data-testid="working-hours"
        items={[
          {
            key: 'sessions',
            label: t('calendar.hours.sessions'),
            children: (
              <Flex vertical gap={2}>
                {effective.sessions.map((s) => (
                  <span key={s.start}>
                    {sessionName(t, s)}: {s.start} – {s.end}
                  </span>
                ))}
              </Flex>
            ),
          },
          {
            key: 'weekdays',
            label: t('calendar.hours.weekdays'),
            children: describeWeekdays(t, effective.weekdays),
          },
          {
            key: 'perDay',
            label: t('calendar.hours.perDay'),
            children: formatMinutes(t, effective.minutesPerDay),
          },
          { key: 'source', label: t('calendar.hours.source'), children: source },
          ...(data.updatedAt
            ? [
                {
                  key: 'updated',
                  label: t('calendar.hours.updated'),
                  children: data.updatedBy
                    ? t('calendar.updatedBy', {
                        when: formatDateTime(data.updatedAt),
                        name: data.updatedBy.name,
                      })
                    : formatDateTime(data.updatedAt),
                },
              ]
            : []),
        ]}
      />
      {data.can.edit ? null : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('calendar.hours.readOnly')}
        </Typography.Paragraph>
      )}
      {editing ? (
        <WorkingHoursFormModal
          agencyId={agencyId}
          current={data}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            changed(next);
            void message.success(t('common.saved'));
          }}
        />
      ) : null}
    </>
  );
}
