import { type Actor, can, canBelow, isSystemAdmin } from '../../../platform/auth/actor.ts';
import { isDelegable, type Permission } from '../../../platform/auth/permissions.ts';

export interface RoleToGrant {
  key: string;
  permissions: string[];
  isGlobal: boolean;
}

/**
 * Who may hand out a role where, in Vietnamese when refused, undefined when allowed:
 * - global roles (system administrator) only by a system administrator;
 * - otherwise the granter manages users at that agency (over its sub-tree, for a sub-tree grant);
 * - and holds, at the same scope, every administrative permission the role carries: nobody can give more
 *   power over the platform than they have (work permissions such as a clerk's are `delegable`).
 */
export function refuseGrant(
  actor: Actor,
  role: RoleToGrant,
  agencyPath: readonly string[] | null,
  includeSubtree: boolean,
): string | undefined {
  if (role.isGlobal)
    return isSystemAdmin(actor) ? undefined : 'Chỉ quản trị hệ thống được giao vai trò toàn hệ thống';
  if (!agencyPath) return 'Vai trò này phải gắn với một cơ quan';
  const holds = (permission: Permission) =>
    includeSubtree ? canBelow(actor, permission, agencyPath) : can(actor, permission, agencyPath);
  if (!holds('directory.users.manage')) {
    return includeSubtree
      ? 'Bạn không quản lý tài khoản của toàn bộ đơn vị trực thuộc cơ quan này'
      : 'Bạn không quản lý tài khoản tại cơ quan này';
  }
  const missing = role.permissions.filter((p) => !isDelegable(p) && !holds(p as Permission));
  if (missing.length > 0) return `Bạn không thể giao quyền mà chính mình không có: ${missing.join(', ')}`;
  return undefined;
}
