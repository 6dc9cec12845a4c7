import { api, request } from '../../api/client.ts';
import type { ApplicationFormView } from './types.ts';

const form = (procedureId: string) => `/api/procedures/${encodeURIComponent(procedureId)}/form`;

export const formApi = {
  get: (procedureId: string) => api.get<ApplicationFormView>(form(procedureId)),
  save: (procedureId: string, schema: Record<string, unknown> | null) =>
    request<ApplicationFormView>('PUT', form(procedureId), { body: { schema } }),
};

export const formKeys = {
  of: (procedureId: string) => ['procedures', procedureId, 'form'] as const,
};
