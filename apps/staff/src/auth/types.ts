import type { Ref } from '../api/types.ts';

export type Clearance = 'none' | 'confidential' | 'secret' | 'top_secret';

/** The signed-in user as GET /api/me answers. */
export interface Profile {
  id: string;
  username: string;
  displayName: string;
  kind: string;
  email: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  agency: (Ref & { code: string | null; abbreviation: string; level: string }) | null;
  official: {
    id: string;
    fullName: string;
    position: string | null;
    title: string | null;
    clearance: Clearance;
    department: Ref | null;
  } | null;
  roles: {
    role: string;
    nameVi: string;
    nameEn: string;
    includeSubtree: boolean;
    agency: Ref | null;
  }[];
  permissions: string[];
}

export interface AuthConfig {
  oidc: { enabled: boolean; label: string };
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}
