import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../../platform/http/paging.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';
import { abbreviation } from '../agencies/schema.ts';

const phone = z
  .string()
  .trim()
  .max(50)
  .regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -');

export const createDepartmentBody = z.strictObject({
  name: z.string().trim().min(2).max(300),
  abbreviation: abbreviation.describe(
    'Ký hiệu đơn vị soạn thảo trong số, ký hiệu công văn, ví dụ VX trong 123/UBND-VX',
  ),
  phone: phone.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const updateDepartmentBody = createDepartmentBody
  .partial()
  .extend({ isActive: z.boolean().optional() })
  .strict();

export const agencyParams = z.strictObject({ agencyId: z.uuid() });
export const departmentParams = z.strictObject({ id: z.uuid() });

export const listDepartmentsQuery = z.strictObject({
  q: searchQuery,
  includeInactive: booleanQuery,
  ...pageQuery,
});

export const department = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    name: z.string(),
    abbreviation: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isActive: z.boolean(),
    sortOrder: z.number().int(),
    officialCount: z.number().int(),
  })
  .meta({ id: 'Department' });

export const departmentPage = pageOf(department);

export type CreateDepartment = z.infer<typeof createDepartmentBody>;
export type UpdateDepartment = z.infer<typeof updateDepartmentBody>;
export type ListDepartments = z.infer<typeof listDepartmentsQuery>;
export type Department = z.infer<typeof department>;
