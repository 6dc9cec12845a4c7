import type { FigureRow } from './repository.ts';
import type { Figures } from './schema.ts';

/** A share as a fraction, to four places (66.67 %); null when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** An average to two places; null for nothing to average. */
const averageOf = (sum: number, count: number) =>
  count === 0 ? null : Math.round((sum / count) * 100) / 100;

/** The counts of a group with nothing in it (a month without documents). */
export const emptyRow: FigureRow = {
  incoming: 0,
  incomingElectronic: 0,
  incomingOnPlatform: 0,
  outgoing: 0,
  outgoingElectronic: 0,
  outgoingRecalled: 0,
  onTime: 0,
  late: 0,
  openNotDue: 0,
  openOverdue: 0,
  noDeadline: 0,
  withdrawn: 0,
  handlingSeconds: 0,
  handlingWorkingDays: 0,
};

/** Two groups as one: every figure is a count or a sum. */
export function addRows(a: FigureRow, b: FigureRow): FigureRow {
  const sum = { ...a };
  for (const key of Object.keys(emptyRow) as (keyof FigureRow)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** The groups rolled up by `keyOf`: one summed row per key, in the order the keys first appear. */
export function rollUp<T extends FigureRow, K>(rows: T[], keyOf: (row: T) => K): Map<K, FigureRow> {
  const groups = new Map<K, FigureRow>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, addRows(groups.get(key) ?? emptyRow, row));
  }
  return groups;
}

/** The figures of a group, from its counts: totals, shares and averages as the README defines them. */
export function figuresOf(row: FigureRow): Figures {
  const handled = row.onTime + row.late;
  const open = row.openNotDue + row.openOverdue;
  return {
    incoming: {
      total: row.incoming,
      electronic: row.incomingElectronic,
      onPlatform: row.incomingOnPlatform,
      paper: row.incoming - row.incomingElectronic,
      electronicShare: shareOf(row.incomingElectronic, row.incoming),
    },
    outgoing: {
      total: row.outgoing,
      electronic: row.outgoingElectronic,
      paper: row.outgoing - row.outgoingElectronic,
      electronicShare: shareOf(row.outgoingElectronic, row.outgoing),
      recalled: row.outgoingRecalled,
    },
    electronicShare: shareOf(row.incomingElectronic + row.outgoingElectronic, row.incoming + row.outgoing),
    handling: {
      handled,
      onTime: row.onTime,
      late: row.late,
      open,
      openNotDue: row.openNotDue,
      openOverdue: row.openOverdue,
      noDeadline: row.noDeadline,
      withdrawn: row.withdrawn,
      onTimeShare: shareOf(row.onTime, handled),
      handledShare: shareOf(handled, handled + open),
      averageDays: averageOf(row.handlingSeconds / 86_400, handled),
      averageWorkingDays: averageOf(row.handlingWorkingDays, handled),
    },
  };
}
