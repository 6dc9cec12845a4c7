import { pageOf, pageQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';

export const listAuditQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().trim().max(100).optional().describe('Tiền tố mã thao tác, ví dụ directory.agency'),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...pageQuery,
});

export const auditEntry = z
  .object({
    id: z.number().int(),
    occurredAt: z.date(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    agencyId: z.string().nullable(),
    agencyName: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    summary: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const auditPage = pageOf(auditEntry);

export const chainVerdict = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBad: z.object({ id: z.number().int(), reason: z.string() }).optional(),
});

export type ListAudit = z.infer<typeof listAuditQuery>;
