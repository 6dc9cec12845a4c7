import { api, request } from '../../api/client.ts';
import type { Offering, ProcessingSteps, StepInput } from './types.ts';

const steps = (procedureId: string) => `/api/procedures/${encodeURIComponent(procedureId)}/steps`;

export const stepsApi = {
  get: (procedureId: string, agencyId: string) =>
    api.get<ProcessingSteps>(steps(procedureId), { query: { agencyId } }),
  offerings: (procedureId: string) =>
    api.get<Offering[]>(`/api/procedures/${encodeURIComponent(procedureId)}/offerings`),
  save: (procedureId: string, agencyId: string, list: StepInput[]) =>
    request<ProcessingSteps>('PUT', steps(procedureId), { body: { agencyId, steps: list } }),
  stop: (procedureId: string, agencyId: string) => api.delete(steps(procedureId), { query: { agencyId } }),
};

export const stepsKeys = {
  all: (procedureId: string) => ['procedures', procedureId, 'steps'] as const,
  offerings: (procedureId: string) => ['procedures', procedureId, 'steps', 'offerings'] as const,
  at: (procedureId: string, agencyId: string) => ['procedures', procedureId, 'steps', agencyId] as const,
};
