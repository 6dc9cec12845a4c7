export interface Department {
  id: string;
  agencyId: string;
  name: string;
  abbreviation: string;
  phone: string | null;
  email: string | null;
  isActive: boolean;
  sortOrder: number;
  officialCount: number;
}

export interface DepartmentInput {
  name?: string;
  abbreviation?: string;
  phone?: string | null;
  email?: string | null;
  sortOrder?: number;
  isActive?: boolean;
}

export interface DepartmentListParams {
  q?: string | undefined;
  includeInactive?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
