import { useMemo } from 'react';
import { todayIso } from '../dates.ts';
import type { Holidays } from '../types.ts';
import { dayIndex } from './day-index.ts';
import { MonthGrid } from './MonthGrid.tsx';
import '../calendar.css';

const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The twelve months of a year side by side, as many per row as the width allows. */
export function YearGrid({ year, holidays }: { year: number; holidays: Holidays | undefined }) {
  const marks = useMemo(() => dayIndex(holidays), [holidays]);
  const today = todayIso();
  return (
    <div className="congso-year-grid">
      {months.map((month) => (
        <MonthGrid key={month} year={year} month={month} marks={marks} today={today} />
      ))}
    </div>
  );
}
