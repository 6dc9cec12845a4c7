import { queryOptions } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';
import type { ProcedureTemplate } from './types.ts';

const templates = (procedureId: string) => `/api/procedures/${encodeURIComponent(procedureId)}/templates`;

/** The file types the server takes as templates (template-file.ts), for the file picker. */
export const TEMPLATE_TYPES = '.pdf,.doc,.docx,.xls,.xlsx';

export const templateApi = {
  list: (procedureId: string) => api.get<ProcedureTemplate[]>(templates(procedureId)),
  /** The document's name goes first: the server reads it before the file. */
  upload: (procedureId: string, document: string, file: File) => {
    const body = new FormData();
    body.append('document', document);
    body.append('file', file, file.name);
    return request<ProcedureTemplate>('PUT', templates(procedureId), { body });
  },
  remove: (procedureId: string, templateId: string) =>
    api.delete(`${templates(procedureId)}/${encodeURIComponent(templateId)}`),
};

export const templateKeys = {
  of: (procedureId: string) => ['procedures', procedureId, 'templates'] as const,
};

export const templatesQuery = (procedureId: string) =>
  queryOptions({ queryKey: templateKeys.of(procedureId), queryFn: () => templateApi.list(procedureId) });
