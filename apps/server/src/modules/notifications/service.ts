import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import { actorOf, viewerOf } from '../documents/access.ts';
import * as repo from './repository.ts';
import type { ListNotifications } from './schema.ts';

// A person only ever reaches their own notices: every query is by the session's user, never by a user id
// from the request. Notices about a document are shown while its person may see the document.

export async function listNotifications(db: Database, ctx: RequestContext, query: ListNotifications) {
  const viewer = await viewerOf(db, actorOf(ctx));
  return repo.listNotices(db, viewer, query);
}

export async function markRead(db: Database, ctx: RequestContext, id: string) {
  const viewer = await viewerOf(db, actorOf(ctx));
  if (!(await repo.markRead(db, viewer, id))) throw notFound('Không tìm thấy thông báo');
  return { unread: await repo.unreadCount(db, viewer) };
}

export async function markAllRead(db: Database, ctx: RequestContext) {
  const actor = actorOf(ctx);
  await repo.markAllRead(db, actor.userId);
  return { unread: 0 };
}
