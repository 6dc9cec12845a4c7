import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { Alert, App, Button, Card, Flex, Form, Result, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../auth/RequirePermission.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { ProblemAlert } from '../../shared/ProblemAlert.tsx';
import { QueryError } from '../../shared/QueryError.tsx';
import { useFormProblem } from '../../shared/useFormProblem.ts';
import { calendarApi } from '../api.ts';
import { calendarKeys, holidaysQuery, scheduleQuery } from '../queries.ts';
import { yearParam } from '../search.ts';
import type { Holidays, ScheduleRecord } from '../types.ts';
import '../calendar.css';
import { ChangesSummary } from './ChangesSummary.tsx';
import { DayOffRows } from './DayOffRows.tsx';
import { MakeUpRows } from './MakeUpRows.tsx';
import { NoticeRows } from './NoticeRows.tsx';
import {
  changesOf,
  initialValues,
  isCompleteList,
  type ScheduleValues,
  toSchedule,
} from './schedule-form.ts';

const route = getRouteApi('/_app/calendar/$year/edit');

export function ScheduleEditPage() {
  return (
    <RequirePermission anyOf={['calendar.schedules.manage']}>
      <ScheduleEditLoader />
    </RequirePermission>
  );
}

function ScheduleEditLoader() {
  const { t } = useTranslation();
  const year = yearParam(route.useParams().year);
  const record = useQuery({ ...scheduleQuery(year ?? 0), enabled: year !== undefined });
  const holidays = useQuery({ ...holidaysQuery(year ?? 0), enabled: year !== undefined });
  if (year === undefined) {
    return <Result status="404" title={t('common.notFoundTitle')} subTitle={t('calendar.badYear')} />;
  }
  const failed = record.error ?? holidays.error;
  if (failed)
    return (
      <QueryError error={failed} onRetry={() => void Promise.all([record.refetch(), holidays.refetch()])} />
    );
  // the holidays query keeps the previous year's answer while loading: wait for this year's
  if (!record.data || !holidays.data || holidays.data.year !== year) return <Skeleton active />;
  if (!record.data.can.edit) {
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('calendar.edit.forbidden')} />;
  }
  return <ScheduleEditor key={year} year={year} record={record.data} holidays={holidays.data} />;
}

/**
 * A year's official schedule, edited by a system administrator: the notices, the days off and the make-up
 * days. Saved whole with PUT after a confirmation that lists what changes; the server's field errors show
 * under the row they are about.
 */
function ScheduleEditor({
  year,
  record,
  holidays,
}: {
  year: number;
  record: ScheduleRecord;
  holidays: Holidays;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ScheduleValues>();
  const { problem, report, clear } = useFormProblem(form);
  const initial = useMemo(() => initialValues(record, holidays), [record, holidays]);
  const back = () => void navigate({ to: '/calendar', search: { year } });

  const save = useMutation({
    mutationFn: (values: ScheduleValues) => calendarApi.saveSchedule(year, toSchedule(year, record, values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(calendarKeys.schedule(year), saved);
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      void message.success(t('calendar.edit.saved', { year }));
      back();
    },
    onError: (error) => {
      report(error);
      const first = form.getFieldsError().find((f) => f.errors.length > 0);
      if (first) form.scrollToField(first.name, { block: 'center' });
    },
  });

  const confirm = () => {
    clear();
    // every value of the form, also the fields it does not show (a row's note, a notice's source)
    const values = form.getFieldsValue(true) as ScheduleValues;
    const schedule = toSchedule(year, record, values);
    modal.confirm({
      title: t('calendar.edit.confirmTitle', { year }),
      content: <ChangesSummary year={year} changes={changesOf(initial, schedule)} />,
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      width: 520,
      onOk: () => save.mutate(values),
    });
  };

  const actions = (
    <>
      <Button onClick={back}>{t('common.cancel')}</Button>
      <Button
        type="primary"
        icon={<SaveOutlined aria-hidden />}
        loading={save.isPending}
        onClick={() => form.submit()}
      >
        {t('calendar.edit.save')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        crumbs={[
          {
            title: (
              <Link to="/calendar" search={{ year }}>
                {t('calendar.title')}
              </Link>
            ),
          },
          { title: t('calendar.edit.crumb') },
        ]}
        title={t('calendar.edit.title', { year })}
        subtitle={t('calendar.edit.intro')}
        extra={actions}
      />
      {isCompleteList(record) ? null : (
        <Alert type="info" showIcon title={t('calendar.edit.convertNote')} style={{ marginBottom: 16 }} />
      )}
      <ProblemAlert problem={problem} />
      <Form<ScheduleValues>
        form={form}
        name="schedule"
        layout="vertical"
        initialValues={initial}
        onFinish={confirm}
      >
        <Flex vertical gap={16}>
          <Card size="small" title={t('calendar.edit.daysOffTitle')}>
            <DayOffRows year={year} />
          </Card>
          <Card size="small" title={t('calendar.edit.makeUpTitle')}>
            <MakeUpRows year={year} />
          </Card>
          <Card size="small" title={t('calendar.edit.noticesTitle')}>
            <NoticeRows />
          </Card>
          <Flex justify="flex-end" gap={8} wrap>
            {actions}
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
