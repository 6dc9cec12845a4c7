/**
 * Early, on time or overdue (trước hạn / đúng hạn / quá hạn), as provinces report them under QĐ 766/QĐ-TTg:
 * a dossier whose result was ready on a day before its due day is early; ready on the due day, no later than
 * the due instant, on time; ready after the due instant, overdue. A dossier still open is overdue once its
 * due instant has passed. Days are calendar days in Vietnam (UTC+7, no daylight saving).
 *
 * [UNCONFIRMED] The legal texts name the three classes without a formula; OpenCPS compares instants with an
 * extension rule instead. Comparing days is what the provincial dashboards show ("trước hạn" = before the
 * appointment day) and is the reading chosen here.
 */
export type Timeliness = 'early' | 'on_time' | 'overdue';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Vietnamese calendar day of an instant, as a day number. */
export function vietnamDay(instant: Date): number {
  return Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** How a finished dossier fared against its due instant. */
export function timelinessOf(completedAt: Date, dueAt: Date): Timeliness {
  if (completedAt.getTime() > dueAt.getTime()) return 'overdue';
  return vietnamDay(completedAt) < vietnamDay(dueAt) ? 'early' : 'on_time';
}

/** Whether an open dossier (or step) is overdue at `now`. */
export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}
