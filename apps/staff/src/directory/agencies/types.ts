import type { Ref } from '../../api/types.ts';

export const agencyLevels = ['central', 'province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];

export interface Agency {
  id: string;
  parentId: string | null;
  level: AgencyLevel;
  code: string | null;
  name: string;
  abbreviation: string;
  adminUnit: { code: string; name: string } | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  fax: string | null;
  isActive: boolean;
  sortOrder: number;
  childCount: number;
  createdAt: string;
  updatedAt: string;
}

/** What the signed-in user may do at this agency, decided by the server. */
export interface AgencyAbilities {
  manage: boolean;
  manageDepartments: boolean;
  manageOfficials: boolean;
  manageUsers: boolean;
  createChildren: boolean;
}

export interface AgencyDetail extends Agency {
  ancestors: Ref[];
  can: AgencyAbilities;
}

export interface AgencyTreeNode {
  id: string;
  name: string;
  abbreviation: string;
  level: string;
  code: string | null;
  isActive: boolean;
  children: AgencyTreeNode[];
}

export interface AgencyInput {
  parentId?: string | null;
  level?: AgencyLevel;
  code?: string | null;
  name?: string;
  abbreviation?: string;
  adminUnitCode?: string | null;
  sortOrder?: number;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  fax?: string | null;
  isActive?: boolean;
}

export interface AdminUnit {
  code: string;
  name: string;
  divisionType: string;
  level: string;
  provinceCode: string | null;
  provinceName: string | null;
}

export interface AgencyListParams {
  q?: string | undefined;
  parentId?: string | undefined;
  includeInactive?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
