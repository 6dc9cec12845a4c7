import { documentTypes, secrecyLevels, signingCapacities, urgencies } from '@congso/nd30';
import { pageOf, pageQuery, searchQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';

// ---- code tables (from @congso/nd30) --------------------------------------------------------------------

const typeCodes = documentTypes.map((t) => t.code) as [string, ...string[]];
export const documentTypeCode = z.enum(typeCodes).describe('Loại văn bản (Nghị định 30/2020, Điều 7)');
export const urgency = z.enum(urgencies.map((u) => u.value) as [string, ...string[]]).describe('Độ khẩn');
export const secrecy = z.enum(secrecyLevels.map((s) => s.value) as [string, ...string[]]).describe('Độ mật');
export const signingCapacity = z
  .enum(signingCapacities.map((c) => c.value) as [string, ...string[]])
  .describe('Thẩm quyền ký: direct (ký trực tiếp), tm, kt, tl, tuq, q');
export const direction = z.enum(['incoming', 'outgoing']);
export const documentStatus = z.enum([
  'draft',
  'in_review',
  'approved',
  'cancelled',
  'received',
  'registered',
  'submitted',
  'in_progress',
  'done',
  'rejected',
  'issued',
  'recalled',
  'replaced',
]);
export const deliveryStatus = z.enum([
  'waiting',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '13',
  '15',
  '16',
  'replaced',
]);
export const taskKind = z.enum(['direct', 'lead', 'collaborator', 'informed', 'review', 'sign', 'revise']);
export const taskStatus = z.enum([
  'waiting',
  'open',
  'in_progress',
  'done',
  'returned',
  'delegated',
  'cancelled',
]);

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---- requests -----------------------------------------------------------------------------------------

export const registerIncomingBody = z.strictObject({
  agencyId: z.uuid().describe('Cơ quan có sổ văn bản đến; mặc định là cơ quan của người đăng ký').optional(),
  documentType: documentTypeCode,
  number: z.number().int().min(1).max(9_999_999).nullable().optional(),
  notation: optionalText(60).describe('Ký hiệu, ví dụ QĐ-UBND'),
  subject: text(2000).describe('Trích yếu nội dung'),
  summary: optionalText(10_000),
  issuerName: text(300).describe('Cơ quan ban hành'),
  issuerAgencyId: z.uuid().nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  signerName: optionalText(200),
  urgency: urgency.default('normal'),
  secrecy: secrecy.default('none'),
  medium: z.enum(['paper', 'electronic']).default('electronic'),
  pageCount: z.number().int().min(1).max(100_000).nullable().optional(),
  dueOn: isoDate.nullable().optional().describe('Hạn giải quyết ghi trên văn bản, nếu có'),
  note: optionalText(2000),
});

export const rejectBody = z.strictObject({ reason: text(2000).describe('Lý do trả lại nơi gửi') });
export const submitBody = z.strictObject({
  leaderUserId: z.uuid().describe('Lãnh đạo nhận văn bản để cho ý kiến chỉ đạo'),
  note: optionalText(2000),
});

const assignee = z
  .strictObject({ userId: z.uuid().optional(), departmentId: z.uuid().optional() })
  .refine((a) => (a.userId ? 1 : 0) + (a.departmentId ? 1 : 0) === 1, 'Chọn một người hoặc một phòng, ban');

const deadline = {
  dueOn: isoDate.nullable().optional().describe('Hạn xử lý (hết ngày làm việc này)'),
  dueInWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe('Hoặc: số ngày làm việc kể từ bây giờ, theo lịch làm việc của cơ quan'),
};

export const directiveBody = z
  .strictObject({
    directive: text(4000).describe('Ý kiến chỉ đạo'),
    lead: assignee.describe('Xử lý chính'),
    collaborators: z.array(assignee).max(50).default([]),
    informed: z.array(assignee).max(100).default([]),
    ...deadline,
  })
  .refine(
    (b) => !(b.dueOn && b.dueInWorkingDays),
    'Chỉ ghi một trong hai: hạn theo ngày hoặc số ngày làm việc',
  );

export const delegateBody = z.strictObject({
  userId: z.uuid().describe('Cán bộ trong phòng nhận xử lý'),
  instruction: optionalText(4000),
  ...deadline,
});
export const opinionBody = z.strictObject({ text: text(4000) });
export const forwardBody = z.strictObject({
  to: assignee,
  kind: z.enum(['collaborator', 'informed']).default('informed'),
  note: optionalText(2000),
});
export const returnBody = z.strictObject({ reason: text(2000) });
export const extensionBody = z.strictObject({ until: isoDate, reason: text(2000) });
export const extensionDecisionBody = z.strictObject({ approve: z.boolean(), note: optionalText(2000) });
export const completeBody = z.strictObject({
  result: text(4000).describe('Kết quả xử lý'),
  replyDocumentId: z.uuid().nullable().optional().describe('Văn bản đi trả lời, nếu có'),
});

export const recipientInput = z
  .strictObject({
    agencyId: z.uuid().optional().describe('Cơ quan trên nền tảng: nhận tự động vào sổ văn bản đến'),
    name: z.string().trim().min(2).max(300).optional().describe('Nơi nhận ngoài nền tảng'),
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$/, 'Mã định danh có dạng 000.00.00.H38')
      .optional(),
  })
  .refine((r) => Boolean(r.agencyId) !== Boolean(r.name), 'Chọn cơ quan trên hệ thống hoặc ghi tên nơi nhận');

export const issueOutgoingBody = z.strictObject({
  agencyId: z.uuid().optional(),
  documentType: documentTypeCode,
  subject: text(2000),
  summary: optionalText(10_000),
  departmentId: z.uuid().nullable().optional().describe('Đơn vị soạn thảo (ký hiệu thứ hai của công văn)'),
  signerName: text(200),
  signerPosition: text(200),
  signingCapacity: signingCapacity.default('direct'),
  urgency: urgency.default('normal'),
  secrecy: secrecy.default('none'),
  medium: z.enum(['paper', 'electronic']).default('electronic'),
  copyCount: z.number().int().min(1).max(100_000).nullable().optional(),
  pageCount: z.number().int().min(1).max(100_000).nullable().optional(),
  recipients: z.array(recipientInput).min(1).max(500),
  recipientsText: optionalText(4000),
  note: optionalText(2000),
});

export const recallBody = z.strictObject({ reason: text(2000) });

export const replaceOutgoingBody = issueOutgoingBody
  .omit({ agencyId: true })
  .extend({ reason: text(2000).describe('Lý do thay thế (ghi vào quá trình xử lý, báo cho nơi nhận)') })
  .describe('Văn bản thay thế: cấp số mới, phát hành tới các nơi nhận đã chọn');

/**
 * What an update (cập nhật) may correct on an issued document without a new number: the wording around it
 * (subject, summary, the signer's name and position as printed, nơi nhận as printed), the urgency and the page
 * count. Its type, secrecy, number, date and files stay: changing them is a replacement.
 */
export const updateIssuedBody = z.strictObject({
  subject: text(2000).optional(),
  summary: optionalText(10_000),
  signerName: text(200).optional(),
  signerPosition: text(200).optional(),
  urgency: urgency.optional(),
  pageCount: z.number().int().min(1).max(100_000).nullable().optional(),
  recipientsText: optionalText(4000),
  reason: text(2000).describe('Lý do cập nhật (bắt buộc)'),
});

export const createDraftBody = z.strictObject({
  agencyId: z.uuid().optional(),
  documentType: documentTypeCode,
  subject: text(2000),
  summary: optionalText(10_000),
  departmentId: z.uuid().nullable().optional().describe('Đơn vị soạn thảo'),
  signerName: optionalText(200),
  signerPosition: optionalText(200),
  signingCapacity: signingCapacity.default('direct'),
  urgency: urgency.default('normal'),
  secrecy: secrecy.default('none'),
  recipients: z.array(recipientInput).max(500).default([]),
  recipientsText: optionalText(4000),
  note: optionalText(2000),
});
export const updateDraftBody = z
  .strictObject({
    documentType: documentTypeCode,
    subject: text(2000),
    summary: optionalText(10_000),
    departmentId: z.uuid().nullable(),
    signerName: optionalText(200),
    signerPosition: optionalText(200),
    signingCapacity,
    urgency,
    secrecy,
    recipients: z.array(recipientInput).max(500),
    recipientsText: optionalText(4000),
    note: optionalText(2000),
  })
  .partial();
export const reviewPlanBody = z.strictObject({
  steps: z
    .array(z.array(z.uuid()).min(1).max(10))
    .max(10)
    .default([])
    .describe('Các bước xem xét theo thứ tự; mỗi bước là những người xem xét song song'),
  signerUserId: z.uuid().describe('Lãnh đạo duyệt ký, bước cuối cùng'),
});
export const approveBody = z.strictObject({ comment: optionalText(4000) });
export const sendBackBody = z.strictObject({ reason: text(2000) });

export const settingsBody = z.strictObject({ outgoingNumbering: z.enum(['single', 'per_type']) });

export const listDocumentsQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  direction: direction.optional(),
  q: searchQuery,
  documentType: documentTypeCode.optional(),
  status: documentStatus.optional(),
  urgentOnly: z.enum(['true', 'false']).optional(),
  from: isoDate.optional().describe('Ngày đến / ngày ban hành từ'),
  to: isoDate.optional(),
  ...pageQuery,
});

export const registerQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2999),
  secret: z.enum(['true', 'false']).optional(),
});

export const registerExportQuery = registerQuery.extend({ format: z.enum(['xlsx', 'pdf']) }).strict();
export const registerExportParams = z.strictObject({ direction });

export const idParams = z.strictObject({ id: z.uuid() });
export const taskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });
export const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
export const agencyQuery = z.strictObject({ agencyId: z.uuid().optional() });
export const peopleQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  role: z
    .enum(['clerk', 'leader', 'specialist'])
    .optional()
    .describe('Chỉ những người giữ vai trò này tại cơ quan'),
});
export const person = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    position: z.string().nullable(),
    department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    roles: z.array(z.string()),
  })
  .meta({ id: 'DocumentPerson' });
export const people = z.array(person);

// ---- responses ----------------------------------------------------------------------------------------

const ref = z.object({ id: z.uuid(), name: z.string() });

export const documentSummary = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    direction,
    status: documentStatus,
    documentType: z.string(),
    documentTypeName: z.string(),
    reference: z.string().nullable(),
    subject: z.string(),
    issuerName: z.string().nullable(),
    issuedOn: z.string().nullable(),
    urgency: z.string(),
    secrecy: z.string(),
    registerYear: z.number().int().nullable(),
    registerNumber: z.number().int().nullable(),
    receivedAt: z.string(),
    dueAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentSummary' });

export const documentTask = z
  .object({
    id: z.uuid(),
    kind: taskKind,
    status: taskStatus,
    assignee: ref.nullable(),
    department: ref.nullable(),
    dueAt: z.string().nullable(),
    instruction: z.string().nullable(),
    result: z.string().nullable(),
    parentTaskId: z.uuid().nullable(),
    step: z.number().int().nullable().describe('Bước xem xét dự thảo (cùng số = song song)'),
    round: z.number().int().nullable(),
    assignedBy: ref.nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    can: z.object({ act: z.boolean(), delegate: z.boolean(), decideExtension: z.boolean() }),
  })
  .meta({ id: 'DocumentTask' });

export const documentEvent = z.object({
  id: z.number().int(),
  kind: z.string(),
  actorName: z.string().nullable(),
  detail: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const documentFile = z.object({
  id: z.uuid(),
  fileName: z.string(),
  version: z.number().int().nullable().describe('Phiên bản của dự thảo'),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  textStatus: z
    .enum(['pending', 'done', 'empty', 'failed', 'unsupported'])
    .describe(
      'Nội dung tệp cho tìm kiếm: pending đang đọc, done đã đọc, empty không có chữ (bản quét), failed không đọc được, unsupported loại tệp không đọc nội dung hoặc có mật khẩu',
    ),
});

export const documentDelivery = z.object({
  id: z.uuid(),
  recipientAgencyId: z.uuid().nullable(),
  recipientName: z.string(),
  recipientCode: z.string().nullable(),
  status: deliveryStatus,
  statusName: z.string(),
  statusDetail: z.string().nullable(),
  statusAt: z.string(),
});

/** Another document as a link: the one a document replaces, or the one replacing it. */
const documentLink = z.object({ id: z.uuid(), reference: z.string().nullable(), subject: z.string() });

export const documentDetail = documentSummary
  .extend({
    agencyName: z.string(),
    number: z.number().int().nullable(),
    notation: z.string().nullable(),
    summary: z.string().nullable(),
    signerName: z.string().nullable(),
    signerPosition: z.string().nullable(),
    signingCapacity: z.string().nullable(),
    medium: z.enum(['paper', 'electronic']),
    pageCount: z.number().int().nullable(),
    copyCount: z.number().int().nullable(),
    recipientsText: z.string().nullable(),
    note: z.string().nullable(),
    department: ref.nullable(),
    sourceDocumentId: z.uuid().nullable(),
    replaces: documentLink.nullable().describe('Văn bản mà văn bản này thay thế'),
    replacedBy: documentLink.nullable().describe('Văn bản thay thế văn bản này'),
    lastUpdate: z
      .object({
        at: z.string(),
        reason: z.string().nullable(),
        applied: z.boolean().describe('Sai: bản đã vào sổ, chỉ ghi nhận thông báo cập nhật'),
      })
      .nullable()
      .describe('Lần cập nhật gần nhất của nơi ban hành'),
    plannedRecipients: z
      .array(z.object({ agencyId: z.uuid().nullable(), name: z.string(), code: z.string().nullable() }))
      .nullable()
      .describe('Nơi nhận dự kiến chọn khi soạn thảo'),
    registeredAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    tasks: z.array(documentTask),
    events: z.array(documentEvent),
    files: z.array(documentFile),
    deliveries: z.array(documentDelivery),
    can: z.object({
      register: z.boolean(),
      reject: z.boolean(),
      submit: z.boolean(),
      direct: z.boolean(),
      recall: z.boolean(),
      upload: z.boolean(),
      edit: z.boolean(),
      submitForReview: z.boolean(),
      issue: z.boolean(),
      replace: z.boolean(),
      update: z.boolean(),
    }),
    signedBy: z.uuid().nullable(),
    signedAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentDetail' });

export const documentPage = pageOf(documentSummary).extend({
  more: z.boolean().describe('Có hơn `total` văn bản khớp (đếm dừng ở 1.000)'),
});

export const worklistItem = z.object({
  task: z.object({ id: z.uuid(), kind: taskKind, status: taskStatus, dueAt: z.string().nullable() }),
  document: documentSummary,
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
export const worklist = z.object({
  items: z.array(worklistItem),
  counts: z.object({
    open: z.number().int(),
    dueSoon: z.number().int(),
    overdue: z.number().int(),
    urgent: z.number().int(),
    toRegister: z.number().int(),
  }),
});

export const settings = z.object({ agencyId: z.uuid(), outgoingNumbering: z.enum(['single', 'per_type']) });

export const registerEntry = z.object({
  registerNumber: z.number().int(),
  receivedAt: z.string(),
  reference: z.string().nullable(),
  issuedOn: z.string().nullable(),
  documentTypeName: z.string(),
  subject: z.string(),
  issuerName: z.string().nullable(),
  signerName: z.string().nullable(),
  recipients: z.string().nullable(),
  handlers: z.string().nullable(),
  copyCount: z.number().int().nullable(),
  note: z.string().nullable(),
});
export const registerView = z.object({
  agencyName: z.string(),
  direction,
  year: z.number().int(),
  secret: z.boolean(),
  entries: z.array(registerEntry),
});

export type CreateDraft = z.infer<typeof createDraftBody>;
export type UpdateDraft = z.infer<typeof updateDraftBody>;
export type ReviewPlan = z.infer<typeof reviewPlanBody>;
export type RegisterIncoming = z.infer<typeof registerIncomingBody>;
export type IssueOutgoing = z.infer<typeof issueOutgoingBody>;
export type ReplaceOutgoing = z.infer<typeof replaceOutgoingBody>;
export type UpdateIssued = z.infer<typeof updateIssuedBody>;
export type Directive = z.infer<typeof directiveBody>;
export type Assignee = z.infer<typeof assignee>;
export type ListDocuments = z.infer<typeof listDocumentsQuery>;
export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentDetail = z.infer<typeof documentDetail>;
export type DocumentTask = z.infer<typeof documentTask>;
export type Worklist = z.infer<typeof worklist>;
export type RegisterView = z.infer<typeof registerView>;
