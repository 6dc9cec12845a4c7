import { useNavigate } from '@tanstack/react-router';
import { type Notice, useMarkRead } from './api.ts';

/**
 * Opening a notice: it is marked read (if it was not) and the app goes where it points. The link is a path
 * of this app built by the server, so it is followed as an href rather than a typed route.
 */
export function useOpenNotice(after?: () => void) {
  const navigate = useNavigate();
  const { one } = useMarkRead();
  return (notice: Notice) => {
    if (!notice.readAt) one.mutate(notice.id);
    after?.();
    void navigate({ href: notice.link });
  };
}
