import { i18n } from '../i18n/index.ts';
import { ApiError, type ProblemDetails } from './problem.ts';

export type AuthProblem = 'unauthenticated' | 'password-change-required';
type AuthListener = (problem: AuthProblem) => void;

let authListener: AuthListener | undefined;

/** Called when any API answer says the session is gone or the password must be changed first. */
export function onAuthProblem(listener: AuthListener): () => void {
  authListener = listener;
  return () => {
    if (authListener === listener) authListener = undefined;
  };
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not report an expired session to the listener (the caller handles it). */
  quiet?: boolean;
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response: Response): Promise<ProblemDetails> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDetails>;
      if (typeof body.title === 'string') {
        return { type: body.type ?? 'about:blank', status: response.status, ...body } as ProblemDetails;
      }
    } catch {
      // fall through to a generic problem
    }
  }
  return {
    type: 'about:blank',
    title: response.statusText || i18n.t('common.unexpectedError'),
    status: response.status,
  };
}

/**
 * Same-origin JSON call to the CôngSở API. Resolves with the parsed body (undefined for 204), rejects with
 * an ApiError carrying the problem details; a network failure is a problem with status 0.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  // a file goes as multipart/form-data, its boundary set by the browser; anything else as JSON
  if (options.body instanceof FormData) init.body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`${path}${queryString(options.query)}`, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank#network', title: i18n.t('common.networkError'), status: 0 });
  }
  if (!response.ok) {
    const error = new ApiError(await problemOf(response));
    if (!options.quiet && (error.kind === 'unauthenticated' || error.kind === 'password-change-required')) {
      authListener?.(error.kind);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
