import type { FigureRow } from './repository.ts';
import type { Figures } from './schema.ts';

/** A share as a fraction, to four places (66.67 %); null when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** An average to two places; null for nothing to average. */
export const averageOf = (sum: number, count: number) =>
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

/**
 * Sums of the count rows of a statistics module (`empty`: its row with nothing in it, naming every figure):
 * `addRows` two groups as one, every figure being a count or a sum; `rollUp` the groups by `keyOf`, one summed
 * row per key in the order the keys first appear.
 */
export function rowSums<R extends { [K in keyof R]: number }>(empty: R) {
  const keys = Object.keys(empty) as (keyof R)[];
  const addRows = (a: R, b: R): R => {
    const sum = { ...empty };
    for (const key of keys) sum[key] = (a[key] + b[key]) as R[keyof R];
    return sum;
  };
  const rollUp = <T extends R, K>(rows: T[], keyOf: (row: T) => K): Map<K, R> => {
    const groups = new Map<K, R>();
    for (const row of rows) {
      const key = keyOf(row);
      groups.set(key, addRows(groups.get(key) ?? empty, row));
    }
    return groups;
  };
  return { addRows, rollUp };
}

export const { addRows, rollUp } = rowSums(emptyRow);

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
