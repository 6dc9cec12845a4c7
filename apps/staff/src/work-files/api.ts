import { queryOptions } from '@tanstack/react-query';
import { api, request } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';
import type { DocumentSummary } from '../documents/types.ts';
import type {
  FilePlan,
  OpenWorkFileInput,
  PlanEntry,
  PlanEntryInput,
  UpdateWorkFileInput,
  WorkFileDetail,
  WorkFileListParams,
  WorkFileSummary,
} from './types.ts';

const one = (id: string) => `/api/work-files/${encodeURIComponent(id)}`;
const entry = (id: string) => `/api/file-plans/entries/${encodeURIComponent(id)}`;

/** Where the printable lists download from (plain links: the browser saves them). */
export const planExportUrl = (year: number) => `/api/file-plans/export?year=${year}`;
export const contentsExportUrl = (id: string) => `${one(id)}/contents/export`;

export const workFileApi = {
  list: (params: WorkFileListParams) =>
    api.get<Page<WorkFileSummary>>('/api/work-files', { query: { ...params } }),
  get: (id: string) => api.get<WorkFileDetail>(one(id)),
  open: (input: OpenWorkFileInput) => api.post<WorkFileDetail>('/api/work-files', input),
  update: (id: string, changes: UpdateWorkFileInput) => api.patch<WorkFileDetail>(one(id), changes),
  remove: (id: string) => api.delete<void>(one(id)),
  addDocument: (id: string, documentId: string) =>
    api.post<WorkFileDetail>(`${one(id)}/documents`, { documentId }),
  removeDocument: (id: string, documentId: string) =>
    api.delete<WorkFileDetail>(`${one(id)}/documents/${encodeURIComponent(documentId)}`),
  reorder: (id: string, documentIds: string[]) =>
    request<WorkFileDetail>('PUT', `${one(id)}/documents/order`, { body: { documentIds } }),
  close: (id: string, input: { closedOn?: string; pageCount?: number | null; note?: string | null }) =>
    api.post<WorkFileDetail>(`${one(id)}/close`, input),
  reopen: (id: string, reason: string) => api.post<WorkFileDetail>(`${one(id)}/reopen`, { reason }),
  plan: (year: number) => api.get<FilePlan>('/api/file-plans', { query: { year } }),
  createEntry: (year: number, input: PlanEntryInput) =>
    api.post<PlanEntry>('/api/file-plans/entries', { year, ...input }),
  updateEntry: (id: string, changes: Partial<PlanEntryInput>) => api.patch<PlanEntry>(entry(id), changes),
  deleteEntry: (id: string) => api.delete<void>(entry(id)),
  /** Documents of an agency the user may see, for putting one in a file. */
  findDocuments: (agencyId: string, q: string) =>
    api.get<Page<DocumentSummary>>('/api/documents', { query: { agencyId, q, pageSize: 20 } }),
  copyPlan: (fromYear: number, toYear: number) =>
    api.post<{ copied: number; skipped: string[] }>('/api/file-plans/copy', { fromYear, toYear }),
};

export const workFileKeys = {
  all: ['work-files'] as const,
  list: (params: WorkFileListParams) => ['work-files', 'list', params] as const,
  detail: (id: string) => ['work-files', 'detail', id] as const,
  plan: (year: number) => ['work-files', 'plan', year] as const,
};

export const workFileListQuery = (params: WorkFileListParams) =>
  keepPreviousQuery(workFileKeys.list(params), () => workFileApi.list(params));

export const workFileDetailQuery = (id: string) =>
  queryOptions({ queryKey: workFileKeys.detail(id), queryFn: () => workFileApi.get(id) });

export const filePlanQuery = (year: number) =>
  keepPreviousQuery(workFileKeys.plan(year), () => workFileApi.plan(year));
