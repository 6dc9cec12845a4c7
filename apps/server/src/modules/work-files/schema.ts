import { fileNumber, NotationError } from '@congso/nd30';
import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';
import { documentSummary } from '../documents/schema.ts';

// ---- shared pieces ------------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const year = z.coerce.number().int().min(2000).max(2999).describe('Năm');

/** Số và ký hiệu hồ sơ, kept upper case (`01.th` → `01.TH`) by @congso/nd30. */
export const fileCode = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    try {
      return fileNumber(value);
    } catch (error) {
      if (!(error instanceof NotationError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  })
  .describe('Số và ký hiệu hồ sơ, ví dụ 01.TH hoặc 02.05');

export const retentionYears = z
  .number()
  .int()
  .min(1)
  .max(99)
  .nullable()
  .describe('Thời hạn bảo quản (năm); null là vĩnh viễn');

export const workFileStatus = z.enum(['open', 'closed']);

// ---- file plan ----------------------------------------------------------------------------------------

export const planQuery = z.strictObject({
  agencyId: z.uuid().optional().describe('Cơ quan; mặc định là cơ quan của người xem'),
  year,
});
export const planExportQuery = planQuery.extend({ format: z.enum(['xlsx']).default('xlsx') }).strict();

const planEntryFields = {
  heading: optionalText(300).describe('Tên đề mục (phần, mục của danh mục), ví dụ "I. Tổng hợp"'),
  code: fileCode,
  title: text(1000).describe('Tiêu đề hồ sơ'),
  retentionYears,
  ownerUserId: z.uuid().describe('Người lập hồ sơ: cán bộ của cơ quan'),
  departmentId: z.uuid().nullable().optional().describe('Đơn vị lập hồ sơ'),
  note: optionalText(2000),
};

export const createPlanEntryBody = z.strictObject({
  agencyId: z.uuid().optional(),
  year: z.number().int().min(2000).max(2999),
  ...planEntryFields,
});
export const updatePlanEntryBody = z.strictObject(planEntryFields).partial();

export const copyPlanBody = z
  .strictObject({
    agencyId: z.uuid().optional(),
    fromYear: z.number().int().min(2000).max(2999),
    toYear: z.number().int().min(2000).max(2999),
  })
  .refine((b) => b.fromYear !== b.toYear, {
    message: 'Năm nguồn và năm đích phải khác nhau',
    path: ['toYear'],
  });

// ---- work files ---------------------------------------------------------------------------------------

export const openWorkFileBody = z
  .strictObject({
    agencyId: z.uuid().optional(),
    planEntryId: z.uuid().optional().describe('Lập hồ sơ theo mục này của danh mục hồ sơ'),
    year: z.number().int().min(2000).max(2999).optional().describe('Năm hình thành; mặc định năm nay'),
    code: fileCode.optional(),
    title: text(1000).optional(),
    retentionYears: retentionYears.optional(),
    ownerUserId: z.uuid().optional().describe('Người lập hồ sơ; mặc định là người mở'),
    departmentId: z.uuid().nullable().optional(),
    openedOn: isoDate.optional().describe('Ngày bắt đầu; mặc định hôm nay'),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    if (b.planEntryId) return;
    // a file outside the plan says itself what it is
    for (const field of ['code', 'title', 'retentionYears'] as const)
      if (b[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'Trường này là bắt buộc khi lập hồ sơ ngoài danh mục',
        });
  });

export const updateWorkFileBody = z
  .strictObject({
    code: fileCode,
    title: text(1000),
    retentionYears,
    ownerUserId: z.uuid(),
    departmentId: z.uuid().nullable(),
    note: optionalText(2000),
  })
  .partial();

export const addDocumentBody = z.strictObject({ documentId: z.uuid() });
export const orderBody = z.strictObject({
  documentIds: z
    .array(z.uuid())
    .max(5000)
    .describe('Mọi văn bản của hồ sơ mà người sắp xếp xem được, theo thứ tự mới'),
});
export const closeBody = z.strictObject({
  closedOn: isoDate.optional().describe('Ngày kết thúc; mặc định hôm nay'),
  pageCount: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .nullable()
    .optional()
    .describe('Tổng số tờ; mặc định cộng số trang đã ghi của các văn bản'),
  note: optionalText(2000).describe('Ghi chú khi kết thúc (chứng từ kết thúc)'),
});
export const reopenBody = z.strictObject({ reason: text(2000).describe('Lý do mở lại hồ sơ') });

export const listWorkFilesQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  year: year.optional(),
  status: workFileStatus.optional(),
  ownerUserId: z.uuid().optional(),
  planEntryId: z.uuid().optional(),
  documentId: z.uuid().optional().describe('Những hồ sơ có văn bản này'),
  mine: booleanQuery.describe('Chỉ hồ sơ tôi lập'),
  editable: booleanQuery.describe('Chỉ hồ sơ đang mở mà tôi được đưa văn bản vào'),
  q: searchQuery,
  ...pageQuery,
});

export const idParams = z.strictObject({ id: z.uuid() });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });
export const contentsExportQuery = z.strictObject({ format: z.enum(['xlsx']).default('xlsx') });

// ---- responses ----------------------------------------------------------------------------------------

const ref = z.object({ id: z.uuid(), name: z.string() });

export const planEntry = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    year: z.number().int(),
    heading: z.string().nullable(),
    code: z.string(),
    title: z.string(),
    retentionYears: z.number().int().nullable(),
    retentionText: z.string().describe('"20 năm" hoặc "Vĩnh viễn"'),
    owner: ref,
    department: ref.nullable(),
    note: z.string().nullable(),
    workFile: z
      .object({ id: z.uuid(), status: workFileStatus })
      .nullable()
      .describe('Hồ sơ đã lập theo mục này, nếu người xem được xem'),
  })
  .meta({ id: 'FilePlanEntry' });

export const filePlan = z
  .object({
    agency: z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() }),
    year: z.number().int(),
    entries: z.array(planEntry),
    can: z.object({ manage: z.boolean(), open: z.boolean() }),
  })
  .meta({ id: 'FilePlan' });

export const copyResult = z.object({
  copied: z.number().int(),
  skipped: z.array(z.string()).describe('Ký hiệu đã có sẵn trong danh mục năm đích'),
});

export const workFileSummary = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    year: z.number().int(),
    code: z.string(),
    archiveCode: z
      .string()
      .nullable()
      .describe('Mã hồ sơ: mã định danh cơ quan.năm.số và ký hiệu (Thông tư 01/2019/TT-BNV)'),
    title: z.string(),
    retentionYears: z.number().int().nullable(),
    retentionText: z.string(),
    owner: ref,
    department: ref.nullable(),
    planEntryId: z.uuid().nullable(),
    status: workFileStatus,
    openedOn: z.string(),
    closedOn: z.string().nullable(),
    documentCount: z
      .number()
      .int()
      .describe('Số văn bản trong hồ sơ (cả những văn bản người xem không xem được)'),
  })
  .meta({ id: 'WorkFileSummary' });

export const workFileItem = z.object({
  position: z.number().int(),
  addedAt: z.string(),
  addedBy: ref.nullable(),
  pageCount: z.number().int().nullable(),
  document: documentSummary,
});

export const workFileDetail = workFileSummary
  .extend({
    note: z.string().nullable(),
    pageCount: z.number().int().nullable().describe('Tổng số tờ ghi khi kết thúc'),
    closingNote: z.string().nullable(),
    closedBy: ref.nullable(),
    createdAt: z.string(),
    planEntry: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
    documents: z.array(workFileItem).describe('Các văn bản người xem được xem, theo thứ tự trong hồ sơ'),
    can: z.object({
      edit: z.boolean(),
      close: z.boolean(),
      reopen: z.boolean(),
      delete: z.boolean(),
      changeOwner: z.boolean(),
    }),
  })
  .meta({ id: 'WorkFileDetail' });

export const workFilePage = pageOf(workFileSummary);

export type CreatePlanEntry = z.infer<typeof createPlanEntryBody>;
export type UpdatePlanEntry = z.infer<typeof updatePlanEntryBody>;
export type CopyPlan = z.infer<typeof copyPlanBody>;
export type FilePlan = z.infer<typeof filePlan>;
export type PlanEntry = z.infer<typeof planEntry>;
export type OpenWorkFile = z.infer<typeof openWorkFileBody>;
export type UpdateWorkFile = z.infer<typeof updateWorkFileBody>;
export type CloseWorkFile = z.infer<typeof closeBody>;
export type ListWorkFiles = z.infer<typeof listWorkFilesQuery>;
export type WorkFileSummary = z.infer<typeof workFileSummary>;
export type WorkFileDetail = z.infer<typeof workFileDetail>;
