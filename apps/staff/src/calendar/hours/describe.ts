import type { TFunction } from 'i18next';
import { mondayFirst, weekdayName } from '../dates.ts';
import type { Session, WorkingHours } from '../types.ts';

/** "7 giờ 30 phút" / "7 h 30 min". */
export function formatMinutes(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return t('calendar.hours.minutesOnly', { m });
  return m === 0 ? t('calendar.hours.hoursOnly', { h }) : t('calendar.hours.hoursMinutes', { h, m });
}

/** "Thứ Hai – Thứ Sáu" for a run of three or more days (Monday first), else the days listed. */
export function describeWeekdays(t: TFunction, weekdays: readonly number[]): string {
  const order = mondayFirst.filter((d) => weekdays.includes(d));
  const positions = order.map((d) => mondayFirst.indexOf(d));
  const run = positions.every((p, i) => i === 0 || p === (positions[i - 1] ?? -2) + 1);
  if (run && order.length > 2) {
    return `${weekdayName(t, order[0] ?? 1)} – ${weekdayName(t, order.at(-1) ?? 5)}`;
  }
  return order.map((d) => weekdayName(t, d)).join(', ');
}

/** Morning, afternoon or evening by the hour a session starts. */
export function sessionName(t: TFunction, session: Pick<Session, 'start'>): string {
  const hour = Number(session.start.slice(0, 2));
  if (hour < 12) return t('calendar.hours.morning');
  if (hour < 18) return t('calendar.hours.afternoon');
  return t('calendar.hours.evening');
}

/** "07:30–11:30, 13:30–17:00; Thứ Hai – Thứ Sáu". */
export function describeHours(t: TFunction, hours: WorkingHours): string {
  const sessions = hours.sessions.map((s) => `${s.start}–${s.end}`).join(', ');
  return `${sessions}; ${describeWeekdays(t, hours.weekdays)}`;
}
