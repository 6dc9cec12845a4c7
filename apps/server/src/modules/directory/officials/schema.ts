import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../../platform/http/paging.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';

export const clearance = z
  .enum(['none', 'confidential', 'secret', 'top_secret'])
  .describe('Mức được tiếp cận văn bản mật: không / mật / tối mật / tuyệt mật');

const phone = z
  .string()
  .trim()
  .max(50)
  .regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -');

export const createOfficialBody = z.strictObject({
  agencyId: z.uuid(),
  departmentId: z.uuid().nullable().optional(),
  fullName: z.string().trim().min(2).max(200),
  position: z.string().trim().max(200).nullable().optional().describe('Chức vụ, ví dụ Trưởng phòng'),
  title: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .optional()
    .describe('Chức danh, ngạch, ví dụ Chuyên viên chính'),
  email: z.email().max(200).nullable().optional(),
  phone: phone.nullable().optional(),
  clearance: clearance.optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const updateOfficialBody = createOfficialBody
  .partial()
  .extend({ isActive: z.boolean().optional() })
  .strict();

export const officialParams = z.strictObject({ id: z.uuid() });

export const listOfficialsQuery = z.strictObject({
  q: searchQuery,
  agencyId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  includeSubAgencies: booleanQuery,
  includeInactive: booleanQuery,
  withoutAccount: booleanQuery.describe('Chỉ cán bộ chưa có tài khoản'),
  ...pageQuery,
});

export const official = z
  .object({
    id: z.uuid(),
    agency: z.object({ id: z.uuid(), name: z.string() }),
    department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    fullName: z.string(),
    position: z.string().nullable(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    /** null when the reader may not manage this agency's officials */
    clearance: clearance.nullable(),
    isActive: z.boolean(),
    sortOrder: z.number().int(),
    userId: z.uuid().nullable(),
    username: z.string().nullable(),
  })
  .meta({ id: 'Official' });

export const officialPage = pageOf(official);

export type CreateOfficial = z.infer<typeof createOfficialBody>;
export type UpdateOfficial = z.infer<typeof updateOfficialBody>;
export type ListOfficials = z.infer<typeof listOfficialsQuery>;
export type Official = z.infer<typeof official>;
