import { type Permission, SYSTEM_ADMIN } from './permissions.ts';

export type Clearance = 'none' | 'confidential' | 'secret' | 'top_secret';
export type UserKind = 'staff' | 'citizen' | 'business';

/** A role held at an agency (or globally), with the permissions the role grants. */
export interface RoleGrant {
  role: string;
  agencyId: string | null;
  includeSubtree: boolean;
  permissions: Permission[];
}

/** Who is making the request, as loaded once per request from the session. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  kind: UserKind;
  officialId: string | null;
  /** The agency the person works in (their official record), if any. */
  agencyId: string | null;
  clearance: Clearance;
  grants: RoleGrant[];
  sessionId: string;
  mustChangePassword: boolean;
}

/** Where a permission applies: everywhere, or at some agencies exactly and at others with their sub-trees. */
export type AgencyScope = { all: true } | { all: false; exact: string[]; subtrees: string[] };

export function isSystemAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === SYSTEM_ADMIN);
}

export function scopeOf(actor: Actor, permission: Permission): AgencyScope {
  if (isSystemAdmin(actor)) return { all: true };
  const exact: string[] = [];
  const subtrees: string[] = [];
  for (const grant of actor.grants) {
    if (!grant.permissions.includes(permission)) continue;
    if (grant.agencyId === null) return { all: true };
    (grant.includeSubtree ? subtrees : exact).push(grant.agencyId);
  }
  return { all: false, exact, subtrees };
}

/** Whether the actor holds `permission` at the agency whose path (root … agency) is given. */
export function can(actor: Actor, permission: Permission, agencyPath: readonly string[]): boolean {
  const scope = scopeOf(actor, permission);
  if (scope.all) return true;
  const agencyId = agencyPath.at(-1);
  if (agencyId && scope.exact.includes(agencyId)) return true;
  return scope.subtrees.some((root) => agencyPath.includes(root));
}

/** Whether the actor holds `permission` over everything below the agency (to create or move agencies there). */
export function canBelow(actor: Actor, permission: Permission, agencyPath: readonly string[]): boolean {
  const scope = scopeOf(actor, permission);
  return scope.all || scope.subtrees.some((root) => agencyPath.includes(root));
}

export function hasAnyScope(scope: AgencyScope): boolean {
  return scope.all || scope.exact.length > 0 || scope.subtrees.length > 0;
}
