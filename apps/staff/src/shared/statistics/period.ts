import dayjs from 'dayjs';

/** How the period is chosen: a calendar month, quarter or year, or any range of days. */
export type PeriodUnit = 'month' | 'quarter' | 'year' | 'range';
export const periodUnits: PeriodUnit[] = ['month', 'quarter', 'year', 'range'];

export interface Period {
  from: string;
  to: string;
}

/** Vietnam's date today (UTC+7), whatever the browser's time zone. */
export function vietnamToday(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The month, quarter or year containing `day`. A period that is still running ends today: the figures are
 * "so far", and the monthly series does not run into months that have not come yet.
 */
export function periodContaining(
  unit: Exclude<PeriodUnit, 'range'>,
  day: string,
  today = vietnamToday(),
): Period {
  const date = dayjs(day);
  const start =
    unit === 'year'
      ? date.startOf('year')
      : unit === 'quarter'
        ? date.month(date.month() - (date.month() % 3)).startOf('month')
        : date.startOf('month');
  const end =
    unit === 'year' ? start.endOf('year') : start.add(unit === 'quarter' ? 2 : 0, 'month').endOf('month');
  const from = start.format('YYYY-MM-DD');
  const to = end.format('YYYY-MM-DD');
  return { from, to: from <= today && today < to ? today : to };
}

/** The unit a period reads as: a whole month, quarter or year (or one running up to today), else a range. */
export function unitOf(period: Period, today = vietnamToday()): PeriodUnit {
  for (const unit of ['month', 'quarter', 'year'] as const) {
    const whole = periodContaining(unit, period.from, today);
    if (whole.from === period.from && whole.to === period.to) return unit;
  }
  return 'range';
}
