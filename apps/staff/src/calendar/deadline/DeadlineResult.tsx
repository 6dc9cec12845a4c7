import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDayLong, formatInstantLong } from '../dates.ts';
import { describeHours, formatMinutes } from '../hours/describe.ts';
import type { Deadline } from '../types.ts';
import '../calendar.css';

/** The due instant, and what the count went around: days off and make-up days, the working hours used. */
export function DeadlineResult({ result }: { result: Deadline }) {
  const { t } = useTranslation();
  const duration = [
    result.duration.days ? t('calendar.deadline.days', { count: result.duration.days }) : null,
    result.duration.hours ? t('calendar.deadline.hours', { count: result.duration.hours }) : null,
  ]
    .filter(Boolean)
    .join(' + ');
  const moved = result.start !== result.from;
  return (
    <Flex vertical gap={12} role="status" aria-live="polite">
      <div>
        <Typography.Text type="secondary">{t('calendar.deadline.due')}</Typography.Text>
        <div style={{ fontSize: 20, fontWeight: 600, color: '#0f2a52' }} data-testid="deadline-due">
          {formatInstantLong(t, result.due)}
        </div>
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'start',
            label: t('calendar.deadline.start'),
            children: (
              <>
                {formatInstantLong(t, result.start)}
                {moved ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('calendar.deadline.startMoved', { from: formatInstantLong(t, result.from) })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'duration',
            label: t('calendar.deadline.duration'),
            children: `${duration} = ${formatMinutes(t, result.workingMinutes)}`,
          },
          {
            key: 'hours',
            label: t('calendar.deadline.workingHours'),
            children: (
              <>
                {describeHours(t, result.workingHours)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {result.agency ? result.agency.name : t('calendar.deadline.defaultHours')}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
      <div>
        <Typography.Text strong>{t('calendar.deadline.skipped')}</Typography.Text>
        {result.daysOff.length === 0 ? (
          <div>
            <Typography.Text type="secondary">{t('calendar.deadline.noneSkipped')}</Typography.Text>
          </div>
        ) : (
          <ul className="congso-deadline-days" aria-label={t('calendar.deadline.skipped')}>
            {result.daysOff.map((d) => (
              <li key={d.date}>
                <span className="congso-deadline-date">{formatDayLong(t, d.date)}</span> {d.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      {result.workingDays.length > 0 ? (
        <div>
          <Typography.Text strong>{t('calendar.deadline.makeUp')}</Typography.Text>
          <ul className="congso-deadline-days" aria-label={t('calendar.deadline.makeUp')}>
            {result.workingDays.map((d) => (
              <li key={d.date}>
                <span className="congso-deadline-date">{formatDayLong(t, d.date)}</span> {d.name}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Flex>
  );
}
