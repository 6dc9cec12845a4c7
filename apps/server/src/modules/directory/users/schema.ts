import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../../platform/http/paging.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._@-]{2,63}$/,
    'Tên đăng nhập 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới, @',
  );

export const roleGrantBody = z.strictObject({
  role: z.string().trim().min(2).max(41),
  agencyId: z.uuid().nullable().optional().describe('Bỏ trống cho vai trò toàn hệ thống'),
  includeSubtree: z.boolean().optional().describe('Áp dụng cho cả các đơn vị trực thuộc'),
});

export const createUserBody = z.strictObject({
  officialId: z.uuid(),
  username,
  password: z.string().min(1).max(200).optional().describe('Bỏ trống để hệ thống tạo mật khẩu tạm'),
  mustChangePassword: z.boolean().optional(),
  email: z.email().max(200).nullable().optional(),
  roles: z.array(roleGrantBody).max(20).optional(),
});

export const updateUserBody = z.strictObject({
  email: z.email().max(200).nullable().optional(),
  isActive: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({
  password: z.string().min(1).max(200).optional().describe('Bỏ trống để hệ thống tạo mật khẩu tạm'),
});

export const userParams = z.strictObject({ id: z.uuid() });
export const assignmentParams = z.strictObject({ id: z.uuid(), assignmentId: z.uuid() });

export const listUsersQuery = z.strictObject({
  q: searchQuery,
  agencyId: z.uuid().optional(),
  includeSubAgencies: booleanQuery,
  role: z.string().max(41).optional(),
  includeInactive: booleanQuery,
  ...pageQuery,
});

export const roleGrant = z.object({
  id: z.uuid(),
  role: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  includeSubtree: z.boolean(),
});

export const user = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    official: z
      .object({
        id: z.uuid(),
        fullName: z.string(),
        position: z.string().nullable(),
        agency: z.object({ id: z.uuid(), name: z.string() }),
        department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      })
      .nullable(),
    isActive: z.boolean(),
    mustChangePassword: z.boolean(),
    locked: z.boolean(),
    lockedUntil: z.date().nullable(),
    failedLoginCount: z.number().int(),
    lastLoginAt: z.date().nullable(),
    totpEnabled: z.boolean(),
    ssoLinked: z.boolean(),
    roles: z.array(roleGrant),
    createdAt: z.date(),
  })
  .meta({ id: 'User' });

export const createdUser = user.extend({
  temporaryPassword: z.string().optional().describe('Chỉ trả về một lần, khi hệ thống tạo mật khẩu'),
});

export const temporaryPassword = z.object({ temporaryPassword: z.string().optional() });

export const userPage = pageOf(user);

export type CreateUser = z.infer<typeof createUserBody>;
export type UpdateUser = z.infer<typeof updateUserBody>;
export type ListUsers = z.infer<typeof listUsersQuery>;
export type RoleGrantInput = z.infer<typeof roleGrantBody>;
export type User = z.infer<typeof user>;
