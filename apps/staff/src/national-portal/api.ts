import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** A line of the dossier change feed the sync could not deliver yet (pending) or gave up on (failed). */
export interface SyncProblem {
  id: string;
  dossierId: string;
  dossierCode: string;
  /** the history line's action, as in `dossiers.event.*` */
  kind: string;
  at: string;
  status: 'pending' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  doneAt: string | null;
}

/** One request sent to the portal, with what came back. */
export interface SyncRequest {
  id: number;
  dossierId: string;
  dossierCode: string;
  /** DongBoHoSoMC or CapNhatTienDoHoSoMC */
  service: string;
  accepted: boolean;
  httpStatus: number | null;
  error: string | null;
  payload: unknown;
  response: string | null;
  sentAt: string;
}

export interface SyncOverview {
  enabled: boolean;
  problems: SyncProblem[];
  requests: SyncRequest[];
}

export const nationalPortalApi = {
  overview: (code?: string) => api.get<SyncOverview>('/api/national-portal/sync', { query: { code } }),
  retry: (id: string) =>
    api.post<{ id: string; status: 'pending' }>(`/api/national-portal/sync/${encodeURIComponent(id)}/retry`),
};

export const nationalPortalKeys = {
  all: ['national-portal'] as const,
  overview: (code?: string) => ['national-portal', 'overview', code ?? ''] as const,
};

/** The sync's state, asked again every 10 s while the page is open: retries happen in the background. */
export const syncOverviewQuery = (code?: string) =>
  queryOptions({
    queryKey: nationalPortalKeys.overview(code),
    queryFn: () => nationalPortalApi.overview(code),
    refetchInterval: 10_000,
    staleTime: 0,
  });
