/** An agency whose statistics the user may read; `subtree`: with its sub-agencies too. */
export interface StatisticsAgency {
  id: string;
  parentId: string | null;
  name: string;
  isActive: boolean;
  subtree: boolean;
}

/** What a statistics page asks the server for: an agency (with its sub-agencies or not) and a period. */
export interface StatisticsParams {
  agencyId?: string | undefined;
  from: string;
  to: string;
  includeSubAgencies?: boolean | undefined;
}
