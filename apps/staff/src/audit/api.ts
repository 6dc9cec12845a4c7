import { api } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';

export interface AuditEntry {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: unknown;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  firstBad?: { id: number; reason: string };
}

export interface AuditListParams {
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const auditApi = {
  list: (params: AuditListParams) => api.get<Page<AuditEntry>>('/api/audit', { query: { ...params } }),
  verify: () => api.get<ChainVerdict>('/api/audit/verify'),
};

export const auditListQuery = (params: AuditListParams) =>
  keepPreviousQuery(['audit', params], () => auditApi.list(params));
