import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lunarQuery } from '../queries.ts';

/** The lunar date of a day, fetched when first shown (in a tooltip). */
export function LunarLine({ date }: { date: string }) {
  const { t } = useTranslation();
  const lunar = useQuery(lunarQuery(date));
  if (lunar.isError) return <div>{t('calendar.lunarUnavailable')}</div>;
  if (!lunar.data) return <div>{t('common.loading')}</div>;
  const { lunar: l, lunarText, canChi } = lunar.data;
  return (
    <div data-testid="lunar-date">
      {t('calendar.lunar', {
        text: lunarText,
        day: l.day,
        month: l.month,
        leap: l.leap ? t('calendar.leapMonth') : '',
        yearName: canChi.year,
      })}
    </div>
  );
}
