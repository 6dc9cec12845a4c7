import { averageOf, rowSums, shareOf } from '../document-statistics/figures.ts';
import type { FigureRow } from './repository.ts';
import type { Figures } from './schema.ts';

/** The counts of a group with nothing in it (a month without dossiers). */
export const emptyRow: FigureRow = {
  received: 0,
  receivedCounter: 0,
  receivedOnline: 0,
  receivedPost: 0,
  receivedDigitised: 0,
  carriedOver: 0,
  completed: 0,
  completedEarly: 0,
  completedOnTime: 0,
  completedOverdue: 0,
  resultDigitised: 0,
  workingDays: 0,
  legalDays: 0,
  inProgress: 0,
  inProgressOverdue: 0,
  inProgressPaused: 0,
  returned: 0,
  refused: 0,
  withdrawn: 0,
  endedWithoutResult: 0,
  supplementRequested: 0,
};

export const { addRows, rollUp } = rowSums(emptyRow);

/** The figures of a group from its counts: totals, shares and averages as the README defines them. */
export function figuresOf(row: FigureRow): Figures {
  return {
    received: {
      total: row.received,
      counter: row.receivedCounter,
      online: row.receivedOnline,
      post: row.receivedPost,
      onlineShare: shareOf(row.receivedOnline, row.received),
      postShare: shareOf(row.receivedPost, row.received),
      digitised: row.receivedDigitised,
      digitisedShare: shareOf(row.receivedDigitised, row.received),
    },
    carriedOver: row.carriedOver,
    toHandle: row.carriedOver + row.received,
    completed: {
      total: row.completed,
      early: row.completedEarly,
      onTime: row.completedOnTime,
      overdue: row.completedOverdue,
      earlyOrOnTimeShare: shareOf(row.completedEarly + row.completedOnTime, row.completed),
      averageWorkingDays: averageOf(row.workingDays, row.completed),
      averageLegalDays: averageOf(row.legalDays, row.completed),
      resultDigitised: row.resultDigitised,
      resultDigitisedShare: shareOf(row.resultDigitised, row.completed),
    },
    inProgress: {
      total: row.inProgress,
      notDue: row.inProgress - row.inProgressOverdue,
      overdue: row.inProgressOverdue,
      paused: row.inProgressPaused,
    },
    returned: row.returned,
    refused: row.refused,
    withdrawn: row.withdrawn,
    endedWithoutResult: row.endedWithoutResult,
    supplementRequested: row.supplementRequested,
  };
}
