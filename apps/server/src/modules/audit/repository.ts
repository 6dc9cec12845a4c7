import { type SelectQueryBuilder, sql } from 'kysely';
import type { AgencyScope } from '../../platform/auth/actor.ts';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.generated.ts';
import { offsetOf } from '../../platform/http/paging.ts';
import type { ListAudit } from './schema.ts';

type Query = SelectQueryBuilder<DB & { l: DB['auditLog']; ag: DB['agencies'] }, 'l' | 'ag', object>;

/** Entries about agencies within `scope`; entries with no agency (logins, global roles) only for `all`. */
export async function listAudit(db: Executor, scope: AgencyScope, query: ListAudit) {
  const filtered = <Q extends Query>(q: Q): Q => {
    let out = q.where(scope.all ? sql<boolean>`true` : agencyInScope(scope, 'ag.id', 'ag.path')) as Q;
    if (query.agencyId) out = out.where('l.agencyId', '=', query.agencyId) as Q;
    if (query.actorUserId) out = out.where('l.actorUserId', '=', query.actorUserId) as Q;
    if (query.action) out = out.where('l.action', 'like', `${query.action.replace(/[\\%_]/g, '\\$&')}%`) as Q;
    if (query.targetType) out = out.where('l.targetType', '=', query.targetType) as Q;
    if (query.targetId) out = out.where('l.targetId', '=', query.targetId) as Q;
    if (query.from) out = out.where('l.occurredAt', '>=', new Date(query.from)) as Q;
    if (query.to) out = out.where('l.occurredAt', '<', new Date(query.to)) as Q;
    return out;
  };
  const base = () =>
    (scope.all
      ? db.selectFrom('auditLog as l').leftJoin('agencies as ag', 'ag.id', 'l.agencyId')
      : db
          .selectFrom('auditLog as l')
          .innerJoin('agencies as ag', 'ag.id', 'l.agencyId')) as unknown as Query;
  const { total } = await filtered(base())
    .select(sql<number>`count(*)`.as('total'))
    .executeTakeFirstOrThrow();
  const items = await filtered(base())
    .select([
      'l.id',
      'l.occurredAt',
      'l.actorUserId',
      'l.actorName',
      'l.agencyId',
      'ag.name as agencyName',
      'l.action',
      'l.targetType',
      'l.targetId',
      'l.summary',
      'l.requestId',
      'l.ip',
      'l.hash',
    ])
    .orderBy('l.id', 'desc')
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items, total: Number(total), page: query.page, pageSize: query.pageSize };
}
