import { useProfile } from './session.ts';
import type { Profile } from './types.ts';

export type Permission =
  | 'directory.agencies.manage'
  | 'directory.departments.manage'
  | 'directory.officials.manage'
  | 'directory.clearance.manage'
  | 'directory.users.read'
  | 'directory.users.manage'
  | 'directory.roles.manage'
  | 'audit.read'
  | 'calendar.schedules.manage'
  | 'calendar.hours.manage'
  | 'documents.register'
  | 'documents.draft'
  | 'documents.read_all'
  | 'documents.direct'
  | 'documents.settings.manage'
  | 'documents.statistics.read'
  | 'work_files.plan.manage'
  | 'dossiers.receive'
  | 'dossiers.handle'
  | 'dossiers.approve'
  | 'dossiers.read_all'
  | 'dossiers.statistics.read'
  | 'procedures.manage';

export const SYSTEM_ADMIN_ROLE = 'system_admin';

export interface Permissions {
  has(permission: Permission): boolean;
  hasAny(...permissions: Permission[]): boolean;
  isSystemAdmin: boolean;
}

/**
 * What the profile's roles add up to, somewhere. Whether it applies at a given agency is for the server to
 * say (agency detail `can` flags); this decides which menus and page-level buttons are worth showing.
 */
export function permissionsOf(profile: Profile): Permissions {
  const held = new Set(profile.permissions);
  return {
    has: (permission) => held.has(permission),
    hasAny: (...permissions) => permissions.some((p) => held.has(p)),
    isSystemAdmin: profile.roles.some((r) => r.role === SYSTEM_ADMIN_ROLE),
  };
}

export function usePermissions(): Permissions {
  return permissionsOf(useProfile());
}
