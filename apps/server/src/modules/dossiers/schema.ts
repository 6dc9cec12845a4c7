import { type DossierAction, dossierStatuses, dossierTransitions } from '@congso/one-stop';
import { pageQuery, searchQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';
import { dossierRating } from '../my-dossiers/schema.ts';
import { requiredDocument } from '../procedures/schema.ts';

// The zod contracts of the dossier routes: what the counter sends, and the summary, detail and list query
// every part of the module (receiving, processing, statistics) answers with.

// ---- code tables ------------------------------------------------------------------------------------------

export const dossierStatus = z.enum(dossierStatuses as [string, ...string[]]).describe('Trạng thái hồ sơ');
export const dossierAction = z.enum(Object.keys(dossierTransitions) as [DossierAction, ...DossierAction[]]);
export const channel = z
  .enum(['counter', 'online', 'post'])
  .describe('Kênh nộp: trực tiếp, trực tuyến, bưu chính');
export const applicantKind = z.enum(['citizen', 'business']).describe('Công dân hoặc tổ chức, doanh nghiệp');
export const resultDelivery = z
  .enum(['counter', 'post', 'online'])
  .describe('Nhận kết quả: tại bộ phận một cửa, qua bưu chính công ích, trực tuyến');
export const copyKind = z
  .enum(['original', 'copy', 'certified_copy', 'electronic'])
  .describe('Bản chính, bản sao, bản sao có chứng thực, bản điện tử');
export const fileKind = z.enum(['submitted', 'supplement', 'working', 'result']);
export const stepRole = z.enum(['receive', 'handle', 'approve', 'return']);
export const stepStatus = z.enum(['pending', 'active', 'done']);
export const slipForm = z.enum(['01', '02', '03', '04']);
export const timeliness = z
  .enum(['early', 'on_time', 'overdue'])
  .describe('Trước hạn, đúng hạn, quá hạn (hồ sơ đang giải quyết: chỉ quá hạn)');
export const queue = z
  .enum(['waiting', 'mine', 'counter', 'overdue', 'due_soon'])
  .describe(
    'waiting: chờ tiếp nhận (hồ sơ nộp trực tuyến, và hồ sơ bổ sung trực tuyến chờ kiểm tra khi ONLINE_SUPPLEMENT=check); mine: bước đang chờ tôi xử lý; counter: chờ trả kết quả; overdue: quá hạn; due_soon: đến hạn trong 1 ngày làm việc',
  );

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---- requests ---------------------------------------------------------------------------------------------

/** Số định danh cá nhân: 12 digits (Luật Căn cước 2023). */
const PERSONAL_ID = /^[0-9]{12}$/;
/** Mã số doanh nghiệp (= mã số thuế): 10 digits, a branch or unit adds `-` and 3 digits. */
const BUSINESS_CODE = /^[0-9]{10}(-[0-9]{3})?$/;

export const applicantInput = z
  .strictObject({
    kind: applicantKind,
    name: text(300).describe('Họ và tên người nộp, hoặc tên tổ chức, doanh nghiệp'),
    idNumber: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .describe('Số định danh cá nhân (12 chữ số) hoặc mã số doanh nghiệp, mã số thuế'),
    phone: z
      .string()
      .trim()
      .max(20)
      .regex(/^\+?[0-9 .()-]{8,20}$/, 'Số điện thoại không hợp lệ')
      .nullable()
      .optional(),
    email: z.email('Địa chỉ thư điện tử không hợp lệ').max(200).nullable().optional(),
    address: optionalText(500),
  })
  .superRefine((applicant, issues) => {
    const pattern = applicant.kind === 'citizen' ? PERSONAL_ID : BUSINESS_CODE;
    if (!pattern.test(applicant.idNumber))
      issues.addIssue({
        code: 'custom',
        path: ['idNumber'],
        message:
          applicant.kind === 'citizen'
            ? 'Số định danh cá nhân gồm đúng 12 chữ số'
            : 'Mã số doanh nghiệp, mã số thuế gồm 10 chữ số (đơn vị phụ thuộc: thêm dấu - và 3 chữ số)',
      });
  });

/** One paper handed in, answering one required document of the procedure (thành phần hồ sơ). */
export const handedInDocument = z.strictObject({
  requirement: text(1000).describe('Tên thành phần hồ sơ, đúng như trong danh mục thủ tục'),
  copyKind: copyKind.default('copy'),
  quantity: z.number().int().min(0).max(100).default(1).describe('Số bản giấy'),
  blobId: z.uuid().nullable().optional().describe('Bản quét đã tải lên trước (POST /api/dossiers/uploads)'),
});

/** One thing the applicant must add or correct (Mẫu 02). */
export const supplementItem = z.strictObject({
  document: text(1000).describe('Giấy tờ hoặc nội dung cần bổ sung, hoàn thiện'),
  reason: text(2000).describe('Lý do, căn cứ'),
});

export const receiveBody = z
  .strictObject({
    agencyId: z.uuid().optional().describe('Cơ quan tiếp nhận; mặc định là cơ quan của người tiếp nhận'),
    procedureId: z.uuid(),
    applicant: applicantInput,
    summary: optionalText(1000).describe('Trích yếu nội dung yêu cầu giải quyết'),
    formData: z.record(z.string(), z.unknown()).default({}).describe('Tờ khai theo biểu mẫu của thủ tục'),
    documents: z.array(handedInDocument).max(100).default([]),
    resultDelivery: resultDelivery.default('counter'),
    postalAddress: optionalText(500).describe('Địa chỉ nhận kết quả qua bưu chính'),
    outcome: z
      .enum(['complete', 'incomplete'])
      .describe('complete: tiếp nhận (Mẫu 01); incomplete: hướng dẫn bổ sung (Mẫu 02)'),
    supplementItems: z
      .array(supplementItem)
      .max(50)
      .default([])
      .describe('Khi chưa đầy đủ: những gì cần bổ sung'),
    note: optionalText(2000),
  })
  .superRefine((body, issues) => {
    if (body.resultDelivery === 'post' && !body.postalAddress)
      issues.addIssue({
        code: 'custom',
        path: ['postalAddress'],
        message: 'Nhận kết quả qua bưu chính cần địa chỉ nhận',
      });
    if (body.outcome === 'incomplete' && body.supplementItems.length === 0)
      issues.addIssue({
        code: 'custom',
        path: ['supplementItems'],
        message: 'Hồ sơ chưa đầy đủ: ghi rõ giấy tờ cần bổ sung và lý do',
      });
    if (body.outcome === 'complete' && body.supplementItems.length > 0)
      issues.addIssue({
        code: 'custom',
        path: ['supplementItems'],
        message: 'Hồ sơ đã đầy đủ thì không có nội dung cần bổ sung',
      });
  });

export const requestSupplementBody = z.strictObject({
  items: z.array(supplementItem).min(1).max(50),
  note: optionalText(2000),
});

export const supplementBody = z.strictObject({
  documents: z.array(handedInDocument).max(100).default([]).describe('Giấy tờ người nộp mang đến bổ sung'),
  note: optionalText(2000),
});

export const refuseBody = z.strictObject({
  reasons: z.array(text(1000)).min(1).max(20).describe('Lý do từ chối, mỗi lý do một dòng, nêu căn cứ'),
  note: optionalText(2000),
});

export const dossierIdParams = z.strictObject({ id: z.uuid() });
export const dossierCodeParams = z.strictObject({ code: z.string().trim().min(1).max(60) });
export const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
export const slipParams = z.strictObject({ id: z.uuid(), slipId: z.uuid() });
export const fileUploadQuery = z.strictObject({
  kind: z.enum(['submitted', 'supplement']).default('supplement').describe('Giấy tờ đã nộp hoặc bổ sung'),
  requirement: z.string().trim().max(1000).optional().describe('Thành phần hồ sơ mà tệp thuộc về'),
});

export const listDossiersQuery = z.strictObject({
  ...pageQuery,
  q: searchQuery.describe('Mã hồ sơ, tên hoặc số giấy tờ của người nộp, trích yếu (có dấu hoặc không dấu)'),
  queue: queue.optional(),
  status: dossierStatus.optional(),
  procedureId: z.uuid().optional(),
  agencyId: z.uuid().optional().describe('Cơ quan tiếp nhận'),
  channel: channel.optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
});
export type ListDossiers = z.infer<typeof listDossiersQuery>;

export const offeredProceduresQuery = z.strictObject({
  agencyId: z.uuid().optional().describe('Cơ quan tiếp nhận; mặc định là cơ quan của người dùng'),
  q: searchQuery,
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

// ---- responses --------------------------------------------------------------------------------------------

const instant = z.iso.datetime({ offset: true });
const ref = z.object({ id: z.uuid(), name: z.string() });

export const dossierSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  agency: ref.describe('Cơ quan tiếp nhận'),
  status: dossierStatus,
  channel,
  applicantKind,
  applicantName: z.string(),
  summary: z.string().nullable(),
  procedure: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  currentStep: z
    .object({
      position: z.number().int(),
      name: z.string(),
      role: stepRole,
      handlerAgency: ref,
      dueAt: instant.nullable(),
    })
    .nullable(),
  submittedAt: instant,
  receivedAt: instant.nullable(),
  dueAt: instant.nullable(),
  appointmentAt: instant.nullable(),
  pausedSince: instant.nullable(),
  completedAt: instant.nullable(),
  endedAt: instant.nullable(),
  timeliness: timeliness.nullable(),
  supplementSent: z
    .boolean()
    .describe('Người nộp đã gửi bổ sung trực tuyến, chờ bộ phận một cửa kiểm tra (ONLINE_SUPPLEMENT=check)'),
});
export type DossierSummary = z.infer<typeof dossierSummary>;

export const dossierPage = z.object({
  items: z.array(dossierSummary),
  total: z.number().int(),
  more: z.boolean().describe('Có nhiều hơn `total` hồ sơ (đếm dừng ở đó)'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const dossierStep = z.object({
  position: z.number().int(),
  name: z.string(),
  role: stepRole,
  handlerAgency: ref,
  handlerDepartment: ref.nullable(),
  days: z.number(),
  status: stepStatus,
  assignee: ref.nullable(),
  startedAt: instant.nullable(),
  dueAt: instant.nullable(),
  finishedAt: instant.nullable(),
  finishedBy: ref.nullable(),
  overdue: z.boolean().describe('Quá hạn của bước: đang làm mà đã qua hạn, hoặc xong sau hạn'),
});

export const dossierFile = z.object({
  id: z.uuid(),
  kind: fileKind,
  requirement: z.string().nullable(),
  copyKind: copyKind.nullable(),
  quantity: z.number().int().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  size: z.number().int().nullable(),
  step: z.number().int().nullable(),
  addedBy: ref.nullable(),
  addedAt: instant,
});
export type DossierFileView = z.infer<typeof dossierFile>;

export const dossierEvent = z.object({
  id: z.number().int(),
  at: instant,
  kind: z.string(),
  actor: ref.nullable(),
  actorAgency: ref.nullable(),
  statusFrom: dossierStatus.nullable(),
  statusTo: dossierStatus.nullable(),
  step: z.number().int().nullable(),
  toStep: z.number().int().nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const dossierSlip = z.object({
  id: z.uuid(),
  form: slipForm,
  issuedAt: instant,
  issuedBy: ref.nullable(),
  reason: z.string().nullable(),
  items: z.array(z.object({ name: z.string(), reason: z.string() })),
  newAppointmentAt: instant.nullable(),
  step: z.number().int().nullable(),
});

export const dossierDetail = dossierSummary.extend({
  agency: ref.extend({ code: z.string().nullable() }),
  applicant: z.object({
    kind: applicantKind,
    name: z.string(),
    idNumber: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  formData: z.record(z.string(), z.unknown()),
  processingDays: z.number(),
  receivedBy: ref.nullable(),
  returnedAt: instant.nullable(),
  resultDelivery,
  postalAddress: z.string().nullable(),
  postalTracking: z.string().nullable(),
  postalStatus: z.enum(['sent', 'delivered', 'failed']).nullable(),
  procedure: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    field: z.string(),
    processingDays: z.number().nullable(),
    processingTimeText: z.string(),
    requiredDocuments: z.array(requiredDocument),
    formSchema: z.record(z.string(), z.unknown()).nullable(),
  }),
  steps: z.array(dossierStep),
  pauses: z.array(
    z.object({ reason: z.enum(['supplement', 'fee']), startedAt: instant, endedAt: instant.nullable() }),
  ),
  files: z.array(dossierFile),
  events: z.array(dossierEvent),
  slips: z.array(dossierSlip),
  actions: z
    .array(dossierAction)
    .describe('Các thao tác người dùng hiện tại được làm với hồ sơ lúc này (theo trạng thái và quyền)'),
  mayAddScans: z.boolean().describe('Người dùng (bộ phận một cửa) được đính kèm bản quét giấy tờ người nộp'),
  rating: dossierRating.nullable(),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

export const offeredProcedure = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  processingDays: z.number(),
  processingTimeText: z.string(),
  onlineService: z.enum(['full', 'partial', 'none']),
  requiredDocuments: z.array(requiredDocument),
  formSchema: z.record(z.string(), z.unknown()).nullable(),
  steps: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      role: stepRole,
      days: z.number(),
      handlerAgency: ref,
    }),
  ),
});
export type OfferedProcedure = z.infer<typeof offeredProcedure>;
export const offeredProcedures = z.array(offeredProcedure);

export const stagedUpload = z.object({
  blobId: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
