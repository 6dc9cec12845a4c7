import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import { uploadFile } from '../../api/upload.ts';
import type { DossierDetail, DossierFile } from '../types.ts';
import type { DeadlineList, ForwardInput, ReturnInput, StepHandler } from './types.ts';

const one = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;

/** The kinds of file a dossier takes (the server checks them again). */
export const WORKING_FILE_TYPES = '.pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png,.tif,.tiff';

/** Where the control sheet (Mẫu 05) of a dossier opens as PDF. */
export const controlSheetUrl = (id: string) => `${one(id)}/control-sheet/pdf`;

/** Where the tracking register (Mẫu 06) of a receiving agency over a period downloads. */
export const trackingRegisterUrl = (
  format: 'pdf' | 'xlsx',
  query: { agencyId?: string; from: string; to: string },
) => `/api/dossier-register/${format}${queryString(query)}`;

export const processingKeys = {
  deadlines: ['dossiers', 'deadlines'] as const,
  handlers: (id: string, step: number) => ['dossiers', 'handlers', id, step] as const,
};

/** Every action answers with the dossier's detail as it now is. */
export const processingApi = {
  forward: (id: string, input: ForwardInput) => api.post<DossierDetail>(`${one(id)}/forward`, input),
  sendBack: (id: string, input: { toStep: number; reason: string }) =>
    api.post<DossierDetail>(`${one(id)}/send-back`, input),
  assign: (id: string, input: { assigneeId: string; note?: string | null }) =>
    api.post<DossierDetail>(`${one(id)}/assign`, input),
  requestFee: (id: string, input: { amount: number; purpose: string }) =>
    api.post<DossierDetail>(`${one(id)}/request-fee`, input),
  feePaid: (id: string, input: { receipt?: string | null; note?: string | null }) =>
    api.post<DossierDetail>(`${one(id)}/fee-paid`, input),
  apologise: (id: string, input: { reason: string; newAppointmentAt: string }) =>
    api.post<DossierDetail>(`${one(id)}/apology`, input),
  returnResult: (id: string, input: ReturnInput) => api.post<DossierDetail>(`${one(id)}/return`, input),
  postal: (id: string, input: { status: 'delivered' | 'failed'; note?: string | null }) =>
    api.patch<DossierDetail>(`${one(id)}/postal`, input),
  /** A working file or the result, attached to the step in progress. */
  uploadWorkingFile: (id: string, kind: 'working' | 'result', file: File) =>
    uploadFile<DossierFile>(`${one(id)}/working-files${queryString({ kind })}`, file),
};

export const stepHandlersQuery = (id: string, step: number) =>
  queryOptions({
    queryKey: processingKeys.handlers(id, step),
    queryFn: ({ signal }) => api.get<StepHandler[]>(`${one(id)}/handlers`, { query: { step }, signal }),
    staleTime: 60_000,
  });

export const deadlinesQuery = queryOptions({
  queryKey: processingKeys.deadlines,
  queryFn: ({ signal }) => api.get<DeadlineList>('/api/dossiers/deadlines', { signal }),
  refetchInterval: 5 * 60_000,
});
