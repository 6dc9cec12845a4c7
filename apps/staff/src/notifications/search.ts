import { type ListSearch, listSearch, optionalBoolean } from '../shared/search-params.ts';

export interface NotificationsSearch extends Omit<ListSearch, 'q'> {
  unread?: boolean | undefined;
}

export function notificationsSearch(search: Record<string, unknown>): NotificationsSearch {
  const { page, pageSize } = listSearch(search);
  return { page, pageSize, unread: optionalBoolean(search.unread) };
}
