export interface Role {
  key: string;
  nameVi: string;
  nameEn: string;
  description: string | null;
  permissions: string[];
  isGlobal: boolean;
  isBuiltin: boolean;
  holders: number;
}

export interface PermissionInfo {
  key: string;
  nameVi: string;
  nameEn: string;
}

export interface RoleInput {
  key?: string;
  nameVi?: string;
  nameEn?: string;
  description?: string | null;
  permissions?: string[];
}
