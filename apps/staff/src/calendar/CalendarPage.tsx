import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button, Card, Col, Flex, Row, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/permissions.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryError } from '../shared/QueryError.tsx';
import { compact } from '../shared/search-params.ts';
import { DeadlinePanel } from './deadline/DeadlinePanel.tsx';
import { holidaysQuery, scheduleQuery, schedulesQuery } from './queries.ts';
import { DaysTable } from './schedule/DaysTable.tsx';
import { Legend } from './schedule/Legend.tsx';
import { SourceCard } from './schedule/SourceCard.tsx';
import { YearGrid } from './schedule/YearGrid.tsx';
import { YearPicker } from './schedule/YearPicker.tsx';
import type { CalendarSearch, CalendarView } from './search.ts';

const route = getRouteApi('/_app/calendar');

/**
 * "Lịch làm việc": a year's days off and make-up days as twelve month grids or as a list, where they come
 * from, and the deadline calculator. System administrators edit the year from here.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const year = search.year ?? new Date().getFullYear();
  const view = search.view ?? 'calendar';
  const holidays = useQuery(holidaysQuery(year));
  const record = useQuery(scheduleQuery(year));
  const schedules = useQuery(schedulesQuery());
  const setSearch = (patch: Partial<CalendarSearch>) =>
    void navigate({ to: '/calendar', search: compact({ ...search, ...patch }), replace: true });
  const shown = holidays.data?.year === year ? holidays.data : undefined;
  const mayEdit = permissions.has('calendar.schedules.manage') && record.data?.can.edit === true;

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.intro')}
        extra={
          <>
            <YearPicker
              year={year}
              schedules={schedules.data}
              onChange={(next) => setSearch({ year: next })}
            />
            {mayEdit ? (
              <Button
                type="primary"
                icon={<EditOutlined aria-hidden />}
                onClick={() => void navigate({ to: '/calendar/$year/edit', params: { year: String(year) } })}
              >
                {t('calendar.editYear', { year })}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('calendar.yearTitle', { year })}
            extra={
              <Segmented<CalendarView>
                aria-label={t('calendar.view')}
                size="small"
                value={view}
                onChange={(next) => setSearch({ view: next === 'calendar' ? undefined : next })}
                options={[
                  { value: 'calendar', label: t('calendar.viewCalendar') },
                  { value: 'list', label: t('calendar.viewList') },
                ]}
              />
            }
          >
            {holidays.isError ? (
              <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />
            ) : (
              <Flex vertical gap={12}>
                <Legend />
                {view === 'calendar' ? (
                  <YearGrid year={year} holidays={shown} />
                ) : (
                  <DaysTable holidays={shown} loading={!shown} />
                )}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <SourceCard year={year} holidays={shown} record={record.data} />
            <DeadlinePanel />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
