import { Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import type { ChannelKind, OnlineService } from './types.ts';

const onlineColours: Record<OnlineService, string> = { full: 'green', partial: 'blue', none: 'default' };

export function OnlineServiceTag({ value }: { value: OnlineService }) {
  const { t } = useTranslation();
  return <Tag color={onlineColours[value]}>{t(`procedures.online.${value}`)}</Tag>;
}

/** A number of working days as people write it here ("0,5" in Vietnamese). */
export const daysNumber = (days: number) => days.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');

/** The legal processing time, or a warning that it is not known (dossiers cannot be received then). */
export function ProcessingDays({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null)
    return (
      <Tooltip title={t('procedures.noDaysHint')}>
        <Typography.Text type="warning">{t('procedures.noDays')}</Typography.Text>
      </Tooltip>
    );
  return <>{t('procedures.days', { days: daysNumber(days) })}</>;
}

export const channelLabel = (t: TFunction, channel: ChannelKind) => t(`procedures.channels.${channel}`);

/** A part of a procedure named in a problem (a record key); the key itself for one the app does not know. */
export function partLabel(t: TFunction, part: string): string {
  const key = `procedures.parts.${part}`;
  return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : part;
}

/** The levels of the national list, as filter and form options (the values are the published words). */
export function useLevelOptions() {
  const { t } = useTranslation();
  return [
    { value: 'Cấp bộ', label: t('procedures.levels.ministry') },
    { value: 'Cấp tỉnh', label: t('procedures.levels.province') },
    { value: 'Cấp xã', label: t('procedures.levels.commune') },
    { value: 'Cơ quan khác', label: t('procedures.levels.other') },
  ];
}

export function useOnlineOptions() {
  const { t } = useTranslation();
  return (['full', 'partial', 'none'] as const).map((value) => ({
    value,
    label: t(`procedures.online.${value}`),
  }));
}

export type Keyed<T> = T & { key: number };

/** The rows of a list with their place as key (the lists of a procedure have no ids). */
export const keyed = <T extends object>(rows: T[]): Keyed<T>[] => rows.map((row, key) => ({ ...row, key }));

/** A count as people read it here ("2.640" in Vietnamese). */
export const countText = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');
