import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format.ts';
import type { Notice } from './api.ts';

/**
 * One notice as a button: its title (bold while unread, with a dot), what the person wrote, and when. The
 * dot has a text alternative, so "unread" is not told by colour alone.
 */
export function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const unread = !notice.readAt;
  return (
    <button
      type="button"
      className={`congso-notice${unread ? ' congso-notice-unread' : ''}`}
      onClick={() => onOpen(notice)}
      data-testid="notice"
    >
      <Flex gap={8} align="baseline">
        <Badge status={unread ? 'processing' : 'default'} aria-hidden />
        <span style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong={unread} style={{ display: 'block' }}>
            {unread ? <span className="congso-notice-hidden">{t('notifications.unread')}: </span> : null}
            {notice.title}
          </Typography.Text>
          {notice.body ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
              {notice.body}
            </Typography.Paragraph>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(notice.createdAt)}
          </Typography.Text>
        </span>
      </Flex>
    </button>
  );
}
