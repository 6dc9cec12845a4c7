import { BellOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatestNotices, useMarkRead } from './api.ts';
import { NoticeItem } from './NoticeItem.tsx';
import { useOpenNotice } from './useOpenNotice.ts';
import './notifications.css';

/** The bell in the header: the unread count, and a popover with the latest notices. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const latest = useLatestNotices();
  const { all } = useMarkRead();
  const openNotice = useOpenNotice(() => setOpen(false));
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];

  const content = (
    <div className="congso-notice-popover">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul className="congso-notice-list">
          {items.map((notice) => (
            <li key={notice.id}>
              <NoticeItem notice={notice} onOpen={openNotice} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  const title = (
    <Flex justify="space-between" align="center" gap={12}>
      <Typography.Text strong>{t('notifications.title')}</Typography.Text>
      <Flex gap={4}>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={all.isPending}
          onClick={() => all.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)} style={{ alignSelf: 'center' }}>
          {t('notifications.seeAll')}
        </Link>
      </Flex>
    </Flex>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={title}
      content={content}
      arrow={false}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count: unread })}
        aria-expanded={open}
        data-testid="notification-bell"
        style={{ height: 40 }}
      >
        <Badge count={unread} overflowCount={99} size="small" data-testid="notification-count">
          <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
