import { queryOptions } from '@tanstack/react-query';
import { api, request } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';
import { uploadFile } from '../api/upload.ts';
import type {
  Assignee,
  Direction,
  DirectiveInput,
  DocumentDetail,
  DocumentFile,
  DocumentListParams,
  DocumentPerson,
  DocumentSettings,
  DocumentSummary,
  DraftInput,
  IssueOutgoingInput,
  OutgoingNumbering,
  RegisterIncomingInput,
  RegisterView,
  ReplaceOutgoingInput,
  ReviewPlanInput,
  UpdateIssuedInput,
  Worklist,
} from './types.ts';

const one = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const task = (id: string, taskId: string, action: string) =>
  `${one(id)}/tasks/${encodeURIComponent(taskId)}/${action}`;

/** Where a file of a document downloads from (a plain link: the browser saves it). */
export const fileUrl = (id: string, fileId: string) => `${one(id)}/files/${encodeURIComponent(fileId)}`;

/** The kinds of file a document may carry (the server checks them again). */
export const ATTACHMENT_TYPES = '.pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png,.tif,.tiff';

export const documentApi = {
  list: (params: DocumentListParams) =>
    api.get<Page<DocumentSummary>>('/api/documents', { query: { ...params } }),
  worklist: () => api.get<Worklist>('/api/documents/worklist'),
  get: (id: string) => api.get<DocumentDetail>(one(id)),
  registerIncoming: (input: RegisterIncomingInput) =>
    api.post<DocumentDetail>('/api/documents/incoming', input),
  issueOutgoing: (input: IssueOutgoingInput) => api.post<DocumentDetail>('/api/documents/outgoing', input),
  createDraft: (input: DraftInput) => api.post<DocumentDetail>('/api/documents/drafts', input),
  updateDraft: (id: string, changes: Partial<DraftInput>) => api.patch<DocumentDetail>(one(id), changes),
  requestReview: (id: string, plan: ReviewPlanInput) => api.post<DocumentDetail>(`${one(id)}/review`, plan),
  approve: (id: string, taskId: string, comment: string | null) =>
    api.post<DocumentDetail>(task(id, taskId, 'approve'), { comment }),
  sendBack: (id: string, taskId: string, reason: string) =>
    api.post<DocumentDetail>(task(id, taskId, 'send-back'), { reason }),
  issueDraft: (id: string) => api.post<DocumentDetail>(`${one(id)}/issue`),
  accept: (id: string) => api.post<DocumentDetail>(`${one(id)}/accept`),
  reject: (id: string, reason: string) => api.post<DocumentDetail>(`${one(id)}/reject`, { reason }),
  submit: (id: string, input: { leaderUserId: string; note?: string | null }) =>
    api.post<DocumentDetail>(`${one(id)}/submit`, input),
  directive: (id: string, input: DirectiveInput) => api.post<DocumentDetail>(`${one(id)}/directive`, input),
  recall: (id: string, reason: string) => api.post<DocumentDetail>(`${one(id)}/recall`, { reason }),
  replace: (id: string, input: ReplaceOutgoingInput) => api.post<DocumentDetail>(`${one(id)}/replace`, input),
  updateIssued: (id: string, input: UpdateIssuedInput) =>
    api.post<DocumentDetail>(`${one(id)}/update`, input),
  delegate: (
    id: string,
    taskId: string,
    input: { userId: string; instruction?: string | null; dueOn?: string | null },
  ) => api.post<DocumentDetail>(task(id, taskId, 'delegate'), input),
  opinion: (id: string, taskId: string, text: string) =>
    api.post<DocumentDetail>(task(id, taskId, 'opinion'), { text }),
  forward: (
    id: string,
    taskId: string,
    input: { to: Assignee; kind: 'collaborator' | 'informed'; note?: string | null },
  ) => api.post<DocumentDetail>(task(id, taskId, 'forward'), input),
  returnTask: (id: string, taskId: string, reason: string) =>
    api.post<DocumentDetail>(task(id, taskId, 'return'), { reason }),
  requestExtension: (id: string, taskId: string, input: { until: string; reason: string }) =>
    api.post<DocumentDetail>(task(id, taskId, 'extension'), input),
  decideExtension: (id: string, taskId: string, input: { approve: boolean; note?: string | null }) =>
    api.post<DocumentDetail>(task(id, taskId, 'extension-decision'), input),
  complete: (id: string, taskId: string, result: string) =>
    api.post<DocumentDetail>(task(id, taskId, 'complete'), { result }),
  /** Sends one file to the document (multipart, field `file`). */
  upload: (id: string, file: File) => uploadFile<DocumentFile>(`${one(id)}/files`, file),
  register: (direction: Direction, params: { year: number; secret?: boolean | undefined }) =>
    api.get<RegisterView>(`/api/documents/registers/${direction}`, { query: { ...params } }),
  settings: () => api.get<DocumentSettings>('/api/documents/settings'),
  people: (agencyId: string) => api.get<DocumentPerson[]>('/api/documents/people', { query: { agencyId } }),
  putSettings: (outgoingNumbering: OutgoingNumbering) =>
    request<DocumentSettings>('PUT', '/api/documents/settings', { body: { outgoingNumbering } }),
};

export const documentKeys = {
  all: ['documents'] as const,
  list: (params: DocumentListParams) => ['documents', 'list', params] as const,
  worklist: ['documents', 'worklist'] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  register: (direction: Direction, year: number, secret: boolean) =>
    ['documents', 'register', direction, year, secret] as const,
  settings: ['documents', 'settings'] as const,
  people: (agencyId: string) => ['documents', 'people', agencyId] as const,
};

export const documentListQuery = (params: DocumentListParams) =>
  keepPreviousQuery(documentKeys.list(params), () => documentApi.list(params));

/** The worklist, refreshed every minute while the app is open (the menu shows its counts). */
export const worklistQuery = queryOptions({
  queryKey: documentKeys.worklist,
  queryFn: documentApi.worklist,
  refetchInterval: 60_000,
  staleTime: 10_000,
});

export const documentDetailQuery = (id: string) =>
  queryOptions({ queryKey: documentKeys.detail(id), queryFn: () => documentApi.get(id) });

export const registerQuery = (direction: Direction, year: number, secret: boolean) =>
  keepPreviousQuery(documentKeys.register(direction, year, secret), () =>
    documentApi.register(direction, { year, secret: secret || undefined }),
  );

/** The people of an agency a document can go to, with their roles and departments. */
export const peopleQuery = (agencyId: string) =>
  queryOptions({
    queryKey: documentKeys.people(agencyId),
    queryFn: () => documentApi.people(agencyId),
    staleTime: 60_000,
  });

export const settingsQuery = queryOptions({ queryKey: documentKeys.settings, queryFn: documentApi.settings });
