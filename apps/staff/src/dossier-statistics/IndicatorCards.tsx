import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import type { Indicator, IndicatorGroup, Indicators } from './types.ts';

type IndicatorKey = 'early_or_on_time';
type GroupNumber = '2';

/** The value of an indicator as shown: a share, working days, or why there is none. */
function IndicatorValue({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  if (indicator.status !== 'computed')
    return (
      <Typography.Text type="secondary">{t(`dossierStatistics.status.${indicator.status}`)}</Typography.Text>
    );
  const value =
    indicator.unit === 'share'
      ? formatShare(indicator.value)
      : indicator.value === null
        ? '—'
        : t('dossierStatistics.workingDays', { days: formatDays(indicator.value) });
  return (
    <Flex gap={8} align="baseline" wrap>
      <Typography.Text strong style={{ fontSize: 22 }}>
        {value}
      </Typography.Text>
      {indicator.unit === 'share' && indicator.numerator !== null && indicator.denominator !== null ? (
        <Typography.Text type="secondary">
          {t('dossierStatistics.fraction', {
            numerator: formatCount(indicator.numerator),
            denominator: formatCount(indicator.denominator),
          })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function IndicatorItem({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const key = indicator.key as IndicatorKey;
  const note = t(`dossierStatistics.indicators.${key}.note`, { defaultValue: indicator.note });
  return (
    <li className="congso-indicator">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          {t(`dossierStatistics.indicators.${key}.name`, { defaultValue: indicator.name })}
        </Typography.Text>
        {indicator.unconfirmed ? (
          <Tooltip title={`${t('dossierStatistics.unconfirmedHint')} ${note}`}>
            <Tag icon={<ExclamationCircleOutlined aria-hidden />} color="warning" tabIndex={0}>
              {t('dossierStatistics.unconfirmed')}
            </Tag>
          </Tooltip>
        ) : null}
        {indicator.maxPoints !== null ? (
          <Tag>{t('dossierStatistics.points', { count: indicator.maxPoints })}</Tag>
        ) : null}
      </Flex>
      <IndicatorValue indicator={indicator} />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {t('dossierStatistics.formula', {
          formula: t(`dossierStatistics.indicators.${key}.formula`, { defaultValue: indicator.formula }),
        })}
      </Typography.Text>
      {indicator.unconfirmed ? null : (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {note}
        </Typography.Text>
      )}
    </li>
  );
}

function GroupCard({ group }: { group: IndicatorGroup }) {
  const { t } = useTranslation();
  const headingId = `congso-indicator-group-${group.number}`;
  return (
    <Card
      size="small"
      title={
        <span id={headingId}>
          {group.number}.{' '}
          {t(`dossierStatistics.groups.${String(group.number) as GroupNumber}`, { defaultValue: group.name })}
        </span>
      }
      extra={<Tag>{t('dossierStatistics.points', { count: group.maxPoints })}</Tag>}
    >
      <ul className="congso-indicators" aria-labelledby={headingId}>
        {group.indicators.map((indicator) => (
          <IndicatorItem key={indicator.key} indicator={indicator} />
        ))}
      </ul>
    </Card>
  );
}

/**
 * The QĐ 766/QĐ-TTg indicators as a dashboard: a card per group with its points, and in it each indicator with
 * its value, its formula and whether that formula is confirmed. The province's own view, not the official score.
 */
export function IndicatorCards({ indicators }: { indicators: Indicators }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="congso-indicators-heading">
      <Typography.Title level={4} id="congso-indicators-heading" style={{ marginTop: 0 }}>
        {t('dossierStatistics.indicatorsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dossierStatistics.indicatorsIntro')}</Typography.Paragraph>
      <div className="congso-indicator-groups">
        {indicators.groups.map((group) => (
          <GroupCard key={group.number} group={group} />
        ))}
      </div>
    </section>
  );
}
