import type { Ref } from '../../api/types.ts';

export interface RoleGrant {
  id: string;
  role: string;
  nameVi: string;
  nameEn: string;
  agency: Ref | null;
  includeSubtree: boolean;
}

export interface User {
  id: string;
  kind: string;
  username: string;
  displayName: string;
  email: string | null;
  official: {
    id: string;
    fullName: string;
    position: string | null;
    agency: Ref;
    department: Ref | null;
  } | null;
  isActive: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  totpEnabled: boolean;
  ssoLinked: boolean;
  roles: RoleGrant[];
  createdAt: string;
}

export interface CreatedUser extends User {
  /** only when the server generated the password; shown once */
  temporaryPassword?: string;
}

export interface RoleGrantInput {
  role: string;
  agencyId?: string | null;
  includeSubtree?: boolean;
}

export interface CreateUserInput {
  officialId: string;
  username: string;
  password?: string;
  mustChangePassword?: boolean;
  email?: string | null;
  roles?: RoleGrantInput[];
}

export interface UserListParams {
  q?: string | undefined;
  agencyId?: string | undefined;
  includeSubAgencies?: boolean | undefined;
  role?: string | undefined;
  includeInactive?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
