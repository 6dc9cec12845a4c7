import { recordAuditAlone } from '../../platform/audit/recorder.ts';
import { canBelow, hasAnyScope, scopeOf } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { forbidden } from '../../platform/http/problem.ts';
import { actorOf, agencyFor } from '../documents/access.ts';
import { periodOf } from './period.ts';
import { agenciesWithin } from './repository.ts';
import type { StatisticsQuery } from './schema.ts';

/**
 * The agency and period asked for, once the person may read them under `permission` (403 without, 404 for no
 * such agency; including the agencies below needs the permission over the sub-tree).
 */
export async function scopeOfQuery(
  db: Database,
  ctx: RequestContext,
  query: StatisticsQuery,
  permission: Permission,
) {
  const actor = actorOf(ctx);
  const period = periodOf(query);
  const agency = await agencyFor(db, actor, query.agencyId, permission);
  const includeSubAgencies = query.includeSubAgencies ?? false;
  if (includeSubAgencies && !canBelow(actor, permission, agency.path))
    throw forbidden('Bạn chỉ được xem thống kê của riêng cơ quan này, không gồm các đơn vị trực thuộc');
  return { agency, period, counted: { agencyId: agency.id, includeSubAgencies } };
}

/** What every statistics answer says about its scope: the agency, the period, with sub-agencies or not. */
interface Scoped {
  agency: { id: string };
  from: string;
  to: string;
  includeSubAgencies: boolean;
}

/**
 * The audit entry (`action`) of statistics leaving the platform as a spreadsheet. Callers write it once the
 * figures are in hand, so a refused or failed export records nothing.
 */
export async function auditExport(db: Database, ctx: RequestContext, action: string, statistics: Scoped) {
  await recordAuditAlone(db, ctx, {
    action,
    agencyId: statistics.agency.id,
    targetType: 'agency',
    targetId: statistics.agency.id,
    summary: {
      from: statistics.from,
      to: statistics.to,
      includeSubAgencies: statistics.includeSubAgencies,
    },
  });
}

/**
 * The agencies whose statistics the person may read under `permission` (for the picker), and where with
 * sub-agencies; 403 with `refusal` for someone who may read none.
 */
export async function readableAgencies(
  db: Database,
  ctx: RequestContext,
  permission: Permission,
  refusal: string,
) {
  const scope = scopeOf(actorOf(ctx), permission);
  if (!hasAnyScope(scope)) throw forbidden(refusal);
  return agenciesWithin(db, scope);
}
