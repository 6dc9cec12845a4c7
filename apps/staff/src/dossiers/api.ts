import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';
import { uploadFile } from '../api/upload.ts';
import type {
  DossierDetail,
  DossierFile,
  DossierListParams,
  DossierSummary,
  HandedInDocument,
  OfferedProcedure,
  ReceiveInput,
  StagedUpload,
  SupplementItem,
} from './types.ts';

const one = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;

/** Where a file of a dossier downloads from (a plain link: the browser saves it). */
export const dossierFileUrl = (id: string, fileId: string) =>
  `${one(id)}/files/${encodeURIComponent(fileId)}`;

/** Where a slip (Mẫu 01–04) opens as PDF, to print. */
export const slipPdfUrl = (id: string, slipId: string) =>
  `${one(id)}/slips/${encodeURIComponent(slipId)}/pdf`;

/** The kinds of scan the counter takes (the server checks them again). */
export const SCAN_TYPES = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.docx,.doc,.xlsx';

export const dossierApi = {
  list: (params: DossierListParams) =>
    api.get<Page<DossierSummary>>('/api/dossiers', { query: { ...params } }),
  get: (id: string) => api.get<DossierDetail>(one(id)),
  byCode: (code: string) => api.get<DossierDetail>(`/api/dossiers/by-code/${encodeURIComponent(code)}`),
  procedures: (q: string | undefined) =>
    api.get<OfferedProcedure[]>('/api/dossiers/procedures', { query: { q, limit: 50 } }),
  /** The province's catalogue (any procedure, to filter lists by). */
  catalogue: (q: string) =>
    api.get<Page<{ id: string; code: string; name: string }>>('/api/procedures', {
      query: { q, pageSize: 20 },
    }),
  receive: (input: ReceiveInput) => api.post<DossierDetail>('/api/dossiers', input),
  accept: (id: string) => api.post<DossierDetail>(`${one(id)}/accept`),
  requestSupplement: (id: string, input: { items: SupplementItem[]; note?: string | null }) =>
    api.post<DossierDetail>(`${one(id)}/request-supplement`, input),
  supplement: (id: string, input: { documents: HandedInDocument[]; note?: string | null }) =>
    api.post<DossierDetail>(`${one(id)}/supplement`, input),
  refuse: (id: string, input: { reasons: string[]; note?: string | null }) =>
    api.post<DossierDetail>(`${one(id)}/refuse`, input),
  /** A scan uploaded before the receipt; the receipt names its `blobId`. */
  stage: (file: File) => uploadFile<StagedUpload>('/api/dossiers/uploads', file),
  /** A scan of a paper handed in, added to a recorded dossier by the counter. */
  attach: (
    id: string,
    file: File,
    meta: { kind: 'submitted' | 'supplement'; requirement?: string | undefined },
  ) => uploadFile<DossierFile>(`${one(id)}/files${queryString({ ...meta })}`, file),
};

export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (params: DossierListParams) => ['dossiers', 'list', params] as const,
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  procedures: (q: string | undefined) => ['dossiers', 'procedures', q ?? ''] as const,
  catalogue: (q: string) => ['dossiers', 'catalogue', q] as const,
};

export const dossierListQuery = (params: DossierListParams) =>
  keepPreviousQuery(dossierKeys.list(params), () => dossierApi.list(params));

/**
 * A dossier moves on in other people's hands (the next step, another agency): its detail is read again
 * whenever it is opened, never taken from a cache that may predate the last handover.
 */
export const dossierDetailQuery = (id: string) =>
  queryOptions({ queryKey: dossierKeys.detail(id), queryFn: () => dossierApi.get(id), staleTime: 0 });

/**
 * The procedures the counter may receive at the user's agency, matching the words typed (as a page, the
 * shape a remote search select reads).
 */
export const offeredProceduresQuery = (q: string) => ({
  queryKey: dossierKeys.procedures(q) as readonly unknown[],
  queryFn: async (): Promise<Page<OfferedProcedure>> => {
    const items = await dossierApi.procedures(q || undefined);
    return { items, total: items.length, page: 1, pageSize: items.length };
  },
  staleTime: 30_000,
});

/** The catalogue's procedures matching the words typed, to filter lists by. */
export const catalogueQuery = (q: string) => ({
  queryKey: dossierKeys.catalogue(q) as readonly unknown[],
  queryFn: () => dossierApi.catalogue(q),
  staleTime: 30_000,
});
