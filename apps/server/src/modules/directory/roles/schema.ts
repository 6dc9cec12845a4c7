import { allPermissions } from '../../../platform/auth/permissions.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';

export const permissionKey = z.enum(allPermissions as [string, ...string[]]);

export const createRoleBody = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, 'Mã vai trò: chữ thường không dấu, chữ số, gạch dưới; bắt đầu bằng chữ'),
  nameVi: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(100),
  description: z.string().trim().max(500).nullable().optional(),
  permissions: z.array(permissionKey).max(100),
});

export const updateRoleBody = createRoleBody.omit({ key: true }).partial().strict();
export const roleParams = z.strictObject({ key: z.string().max(41) });

export const role = z
  .object({
    key: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    description: z.string().nullable(),
    permissions: z.array(z.string()),
    isGlobal: z.boolean(),
    isBuiltin: z.boolean(),
    holders: z.number().int(),
  })
  .meta({ id: 'Role' });

export const permission = z.object({ key: z.string(), nameVi: z.string(), nameEn: z.string() });

export type CreateRole = z.infer<typeof createRoleBody>;
export type UpdateRole = z.infer<typeof updateRoleBody>;
export type Role = z.infer<typeof role>;
