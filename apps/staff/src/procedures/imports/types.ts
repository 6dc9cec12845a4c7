/** Imports of the national catalogue as the API answers them. */

export type ImportStatus = 'previewed' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportSummary {
  id: string;
  format: 'xlsx' | 'jsonl';
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  invalidRows: number;
  validRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  error: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface RowProblem {
  row: number;
  code: string;
  /** the part of the procedure (a ProcedureRecord key: code, name, conditions…) */
  field: string;
  message: string;
}

export interface PreviewRow {
  row: number;
  code: string;
  name: string;
  field: string;
  action: 'create' | 'update';
}

export interface ImportDetail extends ImportSummary {
  /** before it is applied: what applying would do to the catalogue as it is now */
  preview: { newCount: number; updateCount: number; rows: PreviewRow[] } | null;
  problems: RowProblem[];
  /** the columns it writes into procedures that exist */
  columns: string[];
}
