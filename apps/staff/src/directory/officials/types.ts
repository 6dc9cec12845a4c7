import type { Ref } from '../../api/types.ts';
import type { Clearance } from '../../auth/types.ts';

export const clearances: Clearance[] = ['none', 'confidential', 'secret', 'top_secret'];

export interface Official {
  id: string;
  agency: Ref;
  department: Ref | null;
  fullName: string;
  position: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** null when the reader may not manage this agency's officials */
  clearance: Clearance | null;
  isActive: boolean;
  sortOrder: number;
  userId: string | null;
  username: string | null;
}

export interface OfficialInput {
  agencyId?: string;
  departmentId?: string | null;
  fullName?: string;
  position?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  clearance?: Clearance;
  sortOrder?: number;
  isActive?: boolean;
}

export interface OfficialListParams {
  q?: string | undefined;
  agencyId?: string | undefined;
  departmentId?: string | undefined;
  includeSubAgencies?: boolean | undefined;
  includeInactive?: boolean | undefined;
  withoutAccount?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
