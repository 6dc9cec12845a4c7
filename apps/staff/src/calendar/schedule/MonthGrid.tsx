import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isoDate, mondayFirst, monthWeeks, weekdayKeys } from '../dates.ts';
import { DayCell } from './DayCell.tsx';
import { type DayMark, dayRuns, markClass } from './day-index.ts';

/** One month, Monday first, with the month's named days listed under the grid. */
export function MonthGrid({
  year,
  month,
  marks,
  today,
}: {
  year: number;
  month: number;
  marks: Map<string, DayMark>;
  today: string;
}) {
  const { t } = useTranslation();
  const name = dayjs(isoDate(year, month, 1)).format('MMMM');
  const title = t('calendar.monthTitle', { month, name });
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const runs = dayRuns(marks, prefix);
  const dayMonth = (date: string) => dayjs(date).format(t('format.dayMonth'));
  return (
    <section className="congso-month" aria-label={t('calendar.monthOfYear', { month, name, year })}>
      <h2 className="congso-month-title">{title}</h2>
      <table className="congso-month-grid">
        <thead>
          <tr>
            {mondayFirst.map((d) => (
              <th key={d} scope="col" abbr={t(`calendar.weekdays.${weekdayKeys[d]}`)}>
                {t(`calendar.weekdaysShort.${weekdayKeys[d]}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, i) =>
                date ? (
                  <DayCell key={date} date={date} mark={marks.get(date)} today={date === today} />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have nothing else to tell them apart
                  <td key={`blank-${i}`} className="congso-day is-blank" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length > 0 ? (
        <ul className="congso-month-days">
          {runs.map((run) => (
            <li key={run.first}>
              <span className={`congso-dot ${markClass(run.mark)}`} aria-hidden />
              <span className="congso-month-day-date">
                {run.first === run.last
                  ? dayMonth(run.first)
                  : `${dayMonth(run.first)}–${dayMonth(run.last)}`}
              </span>
              <span>{run.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
