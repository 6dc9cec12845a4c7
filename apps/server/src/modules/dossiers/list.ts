import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { dueAt } from '../calendar/index.ts';
import { actorOf } from '../documents/access.ts';
import { actingScopesOf, dossierViewerOf } from './access.ts';
import { toSummary } from './detail.ts';
import * as repo from './list-repository.ts';
import type { ListDossiers } from './schema.ts';

/**
 * The dossiers the person may see, newest first, by queue (waiting online, my steps, to return at the
 * counter, overdue, due within a working day) and filters. "Due soon" is one working day on the calendar of
 * the person's own agency: one instant for the whole list, where the agencies' hours differ a little.
 */
export async function listDossiers(db: Database, ctx: RequestContext, query: ListDossiers, now = new Date()) {
  const actor = actorOf(ctx);
  const scopes = actingScopesOf(actor);
  const soon = query.queue === 'due_soon' ? await dueAt(db, actor.agencyId, now, { days: 1 }) : now;
  const page = await repo.listDossiers(db, dossierViewerOf(actor), scopes, query, { now, soon });
  return {
    items: page.items.map((row) => toSummary(row, now)),
    total: page.total,
    more: page.more,
    page: query.page,
    pageSize: query.pageSize,
  };
}
