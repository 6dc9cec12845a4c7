import { i18n } from '../i18n/index.ts';
import { ApiError, type ProblemDetails } from './problem.ts';

/**
 * Sends one file as multipart/form-data (field `file`) to `url`, which answers JSON; rejects with an
 * ApiError carrying the server's problem, like the JSON client (which does not do forms).
 */
export async function uploadFile<T>(url: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiError({ type: 'about:blank#network', title: i18n.t('common.networkError'), status: 0 });
  }
  const payload = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const problem = payload as Partial<ProblemDetails> | undefined;
    throw new ApiError({
      type: problem?.type ?? 'about:blank',
      status: response.status,
      title: problem?.title ?? (response.statusText || i18n.t('common.unexpectedError')),
      ...(problem?.detail ? { detail: problem.detail } : {}),
    });
  }
  return payload as T;
}
