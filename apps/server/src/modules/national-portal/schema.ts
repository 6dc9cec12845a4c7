import { z } from '../../platform/http/zod-vietnamese.ts';

export const syncQuery = z.strictObject({
  code: z.string().trim().min(1).max(60).optional().describe('Chỉ các yêu cầu gửi cho hồ sơ có mã này'),
});

export const syncLineParams = z.strictObject({
  id: z.string().regex(/^[0-9]{1,18}$/, 'Mã dòng đồng bộ không hợp lệ'),
});

const syncProblem = z
  .object({
    id: z.string().describe('Dòng của hàng đợi đồng bộ'),
    dossierId: z.string(),
    dossierCode: z.string(),
    kind: z.string().describe('Thao tác trong lịch sử hồ sơ'),
    at: z.date(),
    status: z.enum(['pending', 'failed']).describe('pending: sẽ gửi lại; failed: đã thôi gửi'),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.date(),
    doneAt: z.date().nullable(),
  })
  .meta({ id: 'NationalPortalSyncProblem' });

const syncRequest = z
  .object({
    id: z.number().int(),
    dossierId: z.string(),
    dossierCode: z.string(),
    service: z.string().describe('DongBoHoSoMC hoặc CapNhatTienDoHoSoMC'),
    accepted: z.boolean(),
    httpStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    payload: z.unknown().describe('Nội dung đã gửi (không kèm phiên đăng nhập)'),
    response: z.string().nullable(),
    sentAt: z.date(),
  })
  .meta({ id: 'NationalPortalSyncRequest' });

export const syncOverview = z
  .object({
    enabled: z.boolean().describe('false: chưa cấu hình NATIONAL_PORTAL_URL, hồ sơ không được đồng bộ'),
    problems: z.array(syncProblem),
    requests: z.array(syncRequest),
  })
  .meta({ id: 'NationalPortalSync' });

export const retried = z.object({ id: z.string(), status: z.literal('pending') });
