import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { formatDate } from '../dates.ts';
import type { Holidays, ScheduleRecord } from '../types.ts';
import '../calendar.css';

const sourceColors = { database: 'blue', bundled: 'cyan', file: 'cyan', generated: 'gold' } as const;

/** Where the year's days off come from: the notices, the kind of source, and who last edited it. */
export function SourceCard({
  year,
  holidays,
  record,
}: {
  year: number;
  holidays: Holidays | undefined;
  record: ScheduleRecord | undefined;
}) {
  const { t } = useTranslation();
  const notices = holidays?.notices ?? [];
  return (
    <Card size="small" title={t('calendar.sourceTitle')} loading={!holidays}>
      {holidays ? (
        <Flex vertical gap={10}>
          <div>
            <Tag color={sourceColors[holidays.source]}>{t(`calendar.sources.${holidays.source}`)}</Tag>
          </div>
          {holidays.official ? null : (
            <Alert type="warning" showIcon title={t('calendar.generatedWarning', { year })} />
          )}
          {notices.length > 0 ? (
            <ul className="congso-notices" aria-label={t('calendar.noticesLabel')}>
              {notices.map((notice) => (
                <li key={notice.number}>
                  <Flex gap={6} wrap align="baseline">
                    <Typography.Text strong>{notice.number}</Typography.Text>
                    {notice.date ? (
                      <Typography.Text type="secondary">
                        {t('calendar.noticeDated', { date: formatDate(t, notice.date) })}
                      </Typography.Text>
                    ) : null}
                    {notice.confirmed ? null : <Tag color="gold">{t('calendar.unconfirmed')}</Tag>}
                  </Flex>
                  <div>{notice.issuer}</div>
                  {notice.title ? (
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 2, expandable: 'collapsible' }}
                      style={{ margin: 0, fontSize: 12 }}
                    >
                      {notice.title}
                    </Typography.Paragraph>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">{t('calendar.noNotices')}</Typography.Text>
          )}
          {record?.updatedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="schedule-updated">
              {record.updatedBy
                ? t('calendar.updatedBy', {
                    when: formatDateTime(record.updatedAt),
                    name: record.updatedBy.name,
                  })
                : t('calendar.updatedBySystem', { when: formatDateTime(record.updatedAt) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
    </Card>
  );
}
