import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDayLong, weekdayOf } from '../dates.ts';
import { type DayMark, markClass } from './day-index.ts';
import { LunarLine } from './LunarLine.tsx';

/**
 * One date of the month grid: coloured by what it is, the name and the lunar date in a tooltip (on hover, or
 * on focus for the marked dates, which the keyboard can reach).
 */
export function DayCell({ date, mark, today }: { date: string; mark: DayMark | undefined; today: boolean }) {
  const { t } = useTranslation();
  const weekday = weekdayOf(date);
  const weekend = weekday === 0 || weekday === 6;
  const long = formatDayLong(t, date);
  const kind = mark ? t(`calendar.kinds.${mark.type === 'makeUp' ? 'makeUp' : mark.kind}`) : null;
  const label = mark ? `${long}: ${mark.entry.name} (${kind})` : undefined;
  const classes = ['congso-day', weekend ? 'is-weekend' : '', markClass(mark), today ? 'is-today' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Tooltip
      mouseEnterDelay={0.25}
      trigger={mark ? ['hover', 'focus'] : ['hover']}
      title={
        <div>
          <div>
            <strong>{long}</strong>
          </div>
          {mark ? (
            <div>
              {mark.entry.name} · {kind}
            </div>
          ) : null}
          <LunarLine date={date} />
        </div>
      }
    >
      <td
        className={classes}
        data-date={date}
        data-mark={mark ? markClass(mark).slice(3) : undefined}
        aria-label={label}
        aria-current={today ? 'date' : undefined}
        tabIndex={mark ? 0 : undefined}
      >
        {Number(date.slice(8))}
      </td>
    </Tooltip>
  );
}
