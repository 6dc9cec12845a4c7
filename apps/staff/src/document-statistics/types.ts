/** GET /api/document-statistics, as the server defines it (modules/document-statistics/schema.ts). */

export interface Figures {
  incoming: {
    total: number;
    electronic: number;
    onPlatform: number;
    paper: number;
    electronicShare: number | null;
  };
  outgoing: {
    total: number;
    electronic: number;
    paper: number;
    electronicShare: number | null;
    recalled: number;
  };
  electronicShare: number | null;
  handling: {
    handled: number;
    onTime: number;
    late: number;
    open: number;
    openNotDue: number;
    openOverdue: number;
    noDeadline: number;
    withdrawn: number;
    onTimeShare: number | null;
    handledShare: number | null;
    averageDays: number | null;
    averageWorkingDays: number | null;
  };
}

/** A group of a breakdown: `key` null is the group of documents without one (no department). */
export interface Group extends Figures {
  key: string | null;
  name: string;
  agencyName?: string | null;
}

export interface DocumentStatistics {
  agency: { id: string; name: string };
  includeSubAgencies: boolean;
  agencyCount: number;
  from: string;
  to: string;
  asOf: string;
  summary: Figures;
  months: (Figures & { month: string })[];
  byDocumentType: Group[];
  byDepartment: Group[];
  byAgency: Group[];
  deliveries: {
    total: number;
    registered: number;
    registeredShare: number | null;
    byStatus: { status: string; name: string; count: number }[];
  };
}
