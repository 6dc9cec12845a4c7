import { z } from '../http/zod-vietnamese.ts';

export const loginBody = z
  .strictObject({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(200),
    totp: z
      .string()
      .regex(/^\d{6}$/, 'Mã gồm 6 chữ số')
      .optional(),
  })
  .describe('Tên đăng nhập và mật khẩu; `totp` khi tài khoản bật xác thực hai lớp');

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const profile = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    kind: z.string(),
    email: z.string().nullable(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    agency: agencyRef
      .extend({ code: z.string().nullable(), abbreviation: z.string(), level: z.string() })
      .nullable(),
    official: z
      .object({
        id: z.uuid(),
        fullName: z.string(),
        position: z.string().nullable(),
        title: z.string().nullable(),
        clearance: z.string(),
        department: agencyRef.nullable(),
      })
      .nullable(),
    roles: z.array(
      z.object({
        role: z.string(),
        nameVi: z.string(),
        nameEn: z.string(),
        includeSubtree: z.boolean(),
        agency: agencyRef.nullable(),
      }),
    ),
    permissions: z.array(z.string()),
  })
  .meta({ id: 'Profile' });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const totpSetup = z.object({ secret: z.string(), otpauthUri: z.string() });
export const totpCodeBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'Mã gồm 6 chữ số') });
export const passwordBody = z.strictObject({ password: z.string().min(1).max(200) });
export const authConfig = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
export const noContent = z.null().describe('Không có nội dung');
