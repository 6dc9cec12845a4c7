/** GET /api/dossier-statistics, as the server defines it (modules/dossier-statistics/schema.ts). */

export interface Figures {
  received: {
    total: number;
    counter: number;
    online: number;
    post: number;
    onlineShare: number | null;
    postShare: number | null;
    digitised: number;
    digitisedShare: number | null;
  };
  carriedOver: number;
  toHandle: number;
  completed: {
    total: number;
    early: number;
    onTime: number;
    overdue: number;
    earlyOrOnTimeShare: number | null;
    averageWorkingDays: number | null;
    averageLegalDays: number | null;
    resultDigitised: number;
    resultDigitisedShare: number | null;
  };
  inProgress: { total: number; notDue: number; overdue: number; paused: number };
  returned: number;
  refused: number;
  withdrawn: number;
  endedWithoutResult: number;
  supplementRequested: number;
}

/** A group of a breakdown: `key` null is the group without one (a procedure without a field). */
export interface Group extends Figures {
  key: string | null;
  name: string;
}

interface ProcedureGroup extends Group {
  code: string;
  field: string;
}

export interface Indicator {
  key: string;
  name: string;
  formula: string;
  status: 'computed' | 'no_data' | 'not_measured';
  value: number | null;
  unit: 'share' | 'working_days';
  numerator: number | null;
  denominator: number | null;
  maxPoints: number | null;
  unconfirmed: boolean;
  note: string;
}

export interface IndicatorGroup {
  number: number;
  name: string;
  maxPoints: number;
  indicators: Indicator[];
}

export interface Indicators {
  groups: IndicatorGroup[];
  procedureTimes: {
    procedureId: string;
    code: string;
    name: string;
    completed: number;
    averageWorkingDays: number | null;
    averageLegalDays: number | null;
  }[];
  offering: { offered: number; full: number; partial: number };
}

export interface DossierStatistics {
  agency: { id: string; name: string };
  includeSubAgencies: boolean;
  agencyCount: number;
  from: string;
  to: string;
  asOf: string;
  summary: Figures;
  months: (Figures & { month: string })[];
  byField: Group[];
  byProcedure: ProcedureGroup[];
  byAgency: Group[];
  indicators: Indicators;
}
