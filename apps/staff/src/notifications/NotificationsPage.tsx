import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button, Card, Empty, Flex, Pagination } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { searchPaging, tablePagination } from '../shared/pagination.ts';
import { QueryError } from '../shared/QueryError.tsx';
import { compact } from '../shared/search-params.ts';
import { noticeListQuery, useMarkRead } from './api.ts';
import { NoticeItem } from './NoticeItem.tsx';
import type { NotificationsSearch } from './search.ts';
import { useOpenNotice } from './useOpenNotice.ts';
import './notifications.css';

const route = getRouteApi('/_app/notifications');

/** Every notice of the user, newest first, a page at a time; optionally the unread ones only. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const setSearch = (patch: Partial<NotificationsSearch>) =>
    void navigate({ to: '/notifications', search: compact({ ...search, ...patch }) });
  const list = useQuery(
    noticeListQuery({ unread: search.unread, page: search.page, pageSize: search.pageSize }),
  );
  const { all } = useMarkRead();
  const openNotice = useOpenNotice();
  const items = list.data?.items ?? [];
  const unread = list.data?.unread ?? 0;
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.intro', { count: unread })}
        extra={
          <Button disabled={unread === 0} loading={all.isPending} onClick={() => all.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
          <FilterSwitch
            label={t('notifications.unreadOnly')}
            checked={search.unread === true}
            onChange={(checked) => setSearch({ unread: checked || undefined, page: undefined })}
          />
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 && !list.isFetching ? (
          <Empty description={search.unread ? t('notifications.emptyUnread') : t('notifications.empty')} />
        ) : (
          <ul className="congso-notice-list" aria-busy={list.isFetching}>
            {items.map((notice) => (
              <li key={notice.id}>
                <NoticeItem notice={notice} onOpen={openNotice} />
              </li>
            ))}
          </ul>
        )}
        <Flex justify="end" style={{ marginTop: 12 }}>
          <Pagination
            {...tablePagination(t, searchPaging(search, setSearch), list.data?.total)}
            hideOnSinglePage
          />
        </Flex>
      </Card>
    </>
  );
}
