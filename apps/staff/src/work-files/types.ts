import type { Ref } from '../api/types.ts';
import type { DocumentSummary } from '../documents/types.ts';

export type WorkFileStatus = 'open' | 'closed';

/** One planned file of an agency's file plan (danh mục hồ sơ), as GET /api/file-plans answers. */
export interface PlanEntry {
  id: string;
  agencyId: string;
  year: number;
  heading: string | null;
  code: string;
  title: string;
  /** years; null is permanent (vĩnh viễn) */
  retentionYears: number | null;
  retentionText: string;
  owner: Ref;
  department: Ref | null;
  note: string | null;
  /** the file opened from this entry, when the viewer may see it */
  workFile: { id: string; status: WorkFileStatus } | null;
}

export interface FilePlan {
  agency: Ref & { code: string | null };
  year: number;
  entries: PlanEntry[];
  can: { manage: boolean; open: boolean };
}

export interface PlanEntryInput {
  heading?: string | null;
  code: string;
  title: string;
  retentionYears: number | null;
  ownerUserId: string;
  departmentId?: string | null;
  note?: string | null;
}

export interface WorkFileSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  year: number;
  code: string;
  archiveCode: string | null;
  title: string;
  retentionYears: number | null;
  retentionText: string;
  owner: Ref;
  department: Ref | null;
  planEntryId: string | null;
  status: WorkFileStatus;
  openedOn: string;
  closedOn: string | null;
  /** every document of the file, also those the viewer may not see */
  documentCount: number;
}

export interface WorkFileItem {
  position: number;
  addedAt: string;
  addedBy: Ref | null;
  pageCount: number | null;
  document: DocumentSummary;
}

export interface WorkFileDetail extends WorkFileSummary {
  note: string | null;
  pageCount: number | null;
  closingNote: string | null;
  closedBy: Ref | null;
  createdAt: string;
  planEntry: { id: string; code: string; title: string } | null;
  /** the documents the viewer may see, in order */
  documents: WorkFileItem[];
  can: { edit: boolean; close: boolean; reopen: boolean; delete: boolean; changeOwner: boolean };
}

export interface OpenWorkFileInput {
  planEntryId?: string;
  year?: number;
  code?: string;
  title?: string;
  retentionYears?: number | null;
  ownerUserId?: string;
  departmentId?: string | null;
  openedOn?: string;
  note?: string | null;
}

export type UpdateWorkFileInput = Partial<{
  code: string;
  title: string;
  retentionYears: number | null;
  ownerUserId: string;
  departmentId: string | null;
  note: string | null;
}>;

export interface WorkFileListParams {
  q?: string | undefined;
  year?: number | undefined;
  status?: WorkFileStatus | undefined;
  mine?: boolean | undefined;
  editable?: boolean | undefined;
  documentId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
