import { verifyAuditChain } from '../../platform/audit/verify.ts';
import { hasAnyScope, isSystemAdmin, scopeOf } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { forbidden } from '../../platform/http/problem.ts';
import * as repo from './repository.ts';
import type { ListAudit } from './schema.ts';

/** System administrators read everything; agency administrators read what concerns their agencies. */
export function listAudit(db: Database, ctx: RequestContext, query: ListAudit) {
  const scope = scopeOf(ctx.actor!, 'audit.read');
  if (!hasAnyScope(scope)) throw forbidden('Bạn không có quyền xem nhật ký hệ thống');
  return repo.listAudit(db, scope, query);
}

export function verifyChain(db: Database, ctx: RequestContext) {
  if (!isSystemAdmin(ctx.actor!)) throw forbidden('Chỉ quản trị hệ thống được kiểm tra toàn bộ nhật ký');
  return verifyAuditChain(db);
}
