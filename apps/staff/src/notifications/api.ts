import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';
import { documentKeys } from '../documents/api.ts';

/** One in-app notice: something was assigned to the user or came back to them. */
export interface Notice {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  /** a path of this app, e.g. /documents/<id> */
  link: string;
  documentId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NoticePage extends Page<Notice> {
  /** unread notices in all, not only on this page */
  unread: number;
}

export interface NoticeListParams {
  unread?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const notificationApi = {
  list: (params: NoticeListParams) =>
    api.get<NoticePage>('/api/notifications', { query: { ...params, unread: params.unread || undefined } }),
  markRead: (id: string) => api.post<{ unread: number }>(`/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<{ unread: number }>('/api/notifications/read-all'),
};

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (params: NoticeListParams) => ['notifications', 'list', params] as const,
  latest: ['notifications', 'latest'] as const,
};

const REFRESH_MS = 30_000;

/** The bell: the latest notices and the unread count, every 30 s and whenever the window regains focus. */
export const latestNoticesQuery = queryOptions({
  queryKey: notificationKeys.latest,
  queryFn: () => notificationApi.list({ pageSize: 8 }),
  refetchInterval: REFRESH_MS,
  refetchOnWindowFocus: true,
  staleTime: 5_000,
});

/** A page of the full list, kept on screen while the next page loads. */
export const noticeListQuery = (params: NoticeListParams) => ({
  ...keepPreviousQuery(notificationKeys.list(params), () => notificationApi.list(params)),
  refetchInterval: REFRESH_MS,
  refetchOnWindowFocus: true,
});

/**
 * The bell's data. When a newer notice arrives than the one seen last, something was just assigned or came
 * back: the worklist (and the menu's counts) is refreshed at once instead of at its next minute.
 */
export function useLatestNotices() {
  const queryClient = useQueryClient();
  const latest = useQuery(latestNoticesQuery);
  const newest = latest.data?.items[0]?.id;
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!newest || newest === seen.current) return;
    if (seen.current !== undefined) void queryClient.invalidateQueries({ queryKey: documentKeys.worklist });
    seen.current = newest;
  }, [newest, queryClient]);
  return latest;
}

/** Marks one notice or all of them read; every list of notices refreshes after. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({ mutationFn: notificationApi.markRead, onSuccess: refresh });
  const all = useMutation({ mutationFn: notificationApi.markAllRead, onSuccess: refresh });
  return { one, all };
}
