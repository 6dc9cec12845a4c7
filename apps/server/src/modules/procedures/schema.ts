import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';

/**
 * The catalogue of administrative procedures (thủ tục hành chính) and its imports from the national
 * database. Lists inside a procedure (channels, fees, documents to prepare, results, legal basis) are the
 * JSON arrays of table `procedures`; what they hold is `@congso/one-stop`'s ProcedureRecord.
 */

export const procedureCode = z
  .string()
  .trim()
  .regex(/^[0-9]\.[0-9]{6}(\.[A-Z0-9]{1,10})?$/, 'Mã thủ tục có dạng 1.000948 (hoặc 1.000948.H38)');
export const onlineService = z.enum(['full', 'partial', 'none']);
const channelKind = z.enum(['counter', 'online', 'post']);
const text = (max: number) => z.string().trim().max(max);

// ---- the parts of a procedure: strict and bounded when written, as stored when read --------------------

export const channel = z.object({
  channel: channelKind,
  days: z.number().nullable(),
  timeText: z.string(),
  feeText: z.string(),
  description: z.string(),
});
export const fee = z.object({ name: z.string(), amount: z.number().int().nullable(), text: z.string() });
export const requiredDocument = z.object({
  name: z.string(),
  template: z.string(),
  quantity: z.string(),
  required: z.boolean(),
  group: z.string(),
});
export const procedureResult = z.object({ name: z.string(), code: z.string() });
export const legalReference = z.object({ title: z.string(), reference: z.string() });

const feeInput = z.strictObject({
  name: text(300).min(1),
  amount: z.number().int().min(0).max(100_000_000_000).nullable(),
  text: text(2000),
});
const requiredDocumentInput = z.strictObject({
  name: text(10_000).min(1),
  template: text(300).default(''),
  quantity: text(200).default(''),
  required: z.boolean().default(true),
  group: text(500).default(''),
});
const resultInput = z.strictObject({ name: text(2000).min(1), code: text(100).default('') });
const legalReferenceInput = z.strictObject({ title: text(2000), reference: text(200) });

// ---- reading ---------------------------------------------------------------------------------------------

export const listProceduresQuery = z.strictObject({
  q: searchQuery.describe('Mã hoặc tên thủ tục, có dấu hoặc không dấu'),
  field: z.string().trim().max(300).optional().describe('Lĩnh vực'),
  level: z.string().trim().max(50).optional().describe('Cấp thực hiện, ví dụ "Cấp xã"'),
  onlineService: onlineService.optional(),
  active: booleanQuery,
  offeredAt: z.uuid().optional().describe('Cơ quan tiếp nhận: chỉ thủ tục đã có quy trình nội bộ tại đó'),
  ...pageQuery,
});
export type ListProcedures = z.infer<typeof listProceduresQuery>;

export const procedureSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    field: z.string(),
    level: z.string(),
    onlineService,
    processingDays: z.number().nullable(),
    active: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProcedureSummary' });
export type ProcedureSummary = z.infer<typeof procedureSummary>;

export const procedurePage = pageOf(procedureSummary);

export const procedureDetail = procedureSummary
  .extend({
    kind: z.string(),
    decisionRef: z.string(),
    applicantTypes: z.string(),
    competentAuthority: z.string(),
    issuingBody: z.string(),
    implementingAgency: z.string(),
    processingTimeText: z.string(),
    channels: z.array(channel),
    fees: z.array(fee),
    requiredDocuments: z.array(requiredDocument),
    results: z.array(procedureResult),
    legalBasis: z.array(legalReference),
    conditions: z.string(),
    sequenceText: z.string(),
    sourceUrl: z.string(),
    createdAt: z.string(),
    updatedBy: z.string().nullable().describe('Người sửa gần nhất'),
    can: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'ProcedureDetail' });
export type ProcedureDetail = z.infer<typeof procedureDetail>;

export const fieldList = z.array(z.object({ name: z.string(), count: z.number().int() }));

export const idParams = z.strictObject({ id: z.uuid() });

// ---- writing ---------------------------------------------------------------------------------------------

/** What staff edit by hand. Channels and the sequence of steps stay as the national database published them. */
const editable = {
  name: text(1000).min(1),
  field: text(300),
  level: text(200),
  kind: text(300),
  decisionRef: text(200),
  applicantTypes: text(1000),
  issuingBody: text(500),
  implementingAgency: text(2000),
  onlineService,
  processingDays: z.number().min(0).max(1000).multipleOf(0.01).nullable(),
  processingTimeText: text(4000),
  fees: z.array(feeInput).max(100),
  requiredDocuments: z.array(requiredDocumentInput).max(300),
  results: z.array(resultInput).max(50),
  legalBasis: z.array(legalReferenceInput).max(200),
  conditions: text(20_000),
  active: z.boolean(),
};

export const updateProcedureBody = z.strictObject(editable).partial();
export type UpdateProcedure = z.infer<typeof updateProcedureBody>;

export const createProcedureBody = z
  .strictObject({ code: procedureCode, ...editable })
  .partial()
  .required({ code: true, name: true });
export type CreateProcedure = z.infer<typeof createProcedureBody>;

// ---- imports ---------------------------------------------------------------------------------------------

export const importStatus = z.enum(['previewed', 'running', 'done', 'failed', 'cancelled']);
export type ImportStatus = z.infer<typeof importStatus>;

export const rowProblem = z.object({
  row: z.number().int(),
  code: z.string(),
  field: z.string(),
  message: z.string(),
});

export const importSummary = z
  .object({
    id: z.uuid(),
    format: z.enum(['xlsx', 'jsonl']),
    fileName: z.string(),
    status: importStatus,
    totalRows: z.number().int().describe('Số dòng thủ tục trong tệp'),
    invalidRows: z.number().int().describe('Số dòng có lỗi (không nhập)'),
    validRows: z.number().int().describe('Số dòng nhập được'),
    processedRows: z.number().int().describe('Số dòng đã ghi khi đang áp dụng'),
    createdCount: z.number().int().describe('Số thủ tục được thêm (khi đã áp dụng xong)'),
    updatedCount: z.number().int().describe('Số thủ tục được cập nhật (khi đã áp dụng xong)'),
    error: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ProcedureImportSummary' });
export type ImportSummary = z.infer<typeof importSummary>;

export const importPreviewRow = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  action: z.enum(['create', 'update']),
});

export const importDetail = importSummary
  .extend({
    /** Before it is applied: what applying it would do to the catalogue as it is now. */
    preview: z
      .object({
        newCount: z.number().int(),
        updateCount: z.number().int(),
        rows: z.array(importPreviewRow).describe('Các dòng đầu tiên'),
      })
      .nullable(),
    problems: z.array(rowProblem),
    /** Which columns of an existing procedure the import writes (an XLSX list carries only five). */
    columns: z.array(z.string()),
  })
  .meta({ id: 'ProcedureImport' });
export type ImportDetail = z.infer<typeof importDetail>;

export const importPage = pageOf(importSummary);
export const listImportsQuery = z.strictObject({ ...pageQuery });

export const applyImportBody = z
  .strictObject({
    skipInvalid: z.boolean().default(false).describe('Bỏ qua các dòng có lỗi; bắt buộc khi tệp có dòng lỗi'),
  })
  .default({ skipInvalid: false });
