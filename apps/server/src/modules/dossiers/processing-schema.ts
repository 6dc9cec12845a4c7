import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';
import { stepRole } from './schema.ts';

// The zod contracts of processing: moving a dossier through its steps, fees, the apology, returning the
// result, the deadlines list and the control sheet / tracking register. The detail they answer with is the
// module's (`schema.ts`).

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const instant = z.iso.datetime({ offset: true });

export const forwardBody = z.strictObject({
  note: text(4000).describe('Ý kiến xử lý của bước đang làm'),
  fileIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .describe('Tệp dự thảo, tệp kết quả đã đính kèm vào bước này (POST /api/dossiers/{id}/working-files)'),
  assigneeId: z.uuid().nullable().optional().describe('Người xử lý bước tiếp theo (tùy chọn)'),
});

export const sendBackBody = z.strictObject({
  toStep: z.number().int().min(1).max(50).describe('Bước (đã qua) nhận lại hồ sơ'),
  reason: text(4000).describe('Lý do trả lại'),
});

export const assignBody = z.strictObject({
  assigneeId: z.uuid(),
  note: optionalText(2000),
});

export const opinionBody = z.strictObject({
  note: text(4000).describe('Ý kiến, trao đổi trên bước đang xử lý (hồ sơ không chuyển bước)'),
});

export const workingFileQuery = z.strictObject({
  kind: z
    .enum(['working', 'result'])
    .default('working')
    .describe('working: tệp xử lý (dự thảo, tờ trình); result: văn bản kết quả giải quyết'),
});

export const feeRequestBody = z.strictObject({
  amount: z.number().int().min(0).max(100_000_000_000).describe('Số tiền (đồng)'),
  purpose: text(1000).describe('Nộp cho khoản gì: phí, lệ phí, nghĩa vụ tài chính'),
});

export const feePaidBody = z.strictObject({
  receipt: optionalText(200).describe('Số biên lai, mã giao dịch thanh toán'),
  note: optionalText(2000),
});

export const apologyBody = z.strictObject({
  reason: text(4000).describe('Lý do chậm trả kết quả'),
  newAppointmentAt: instant.describe('Ngày, giờ hẹn trả kết quả mới'),
});

const note = optionalText(2000);
export const returnBody = z.discriminatedUnion('delivery', [
  z.strictObject({
    delivery: z.literal('counter'),
    receivedBy: text(300).describe('Người nhận kết quả'),
    identityNote: text(500).describe('Giấy tờ tùy thân đã kiểm tra (loại, số)'),
    note,
  }),
  z.strictObject({
    delivery: z.literal('post'),
    address: text(500).describe('Địa chỉ nhận kết quả'),
    tracking: text(100).describe('Số hiệu bưu gửi'),
    note,
  }),
  z.strictObject({ delivery: z.literal('online'), note }),
]);

export const postalBody = z.strictObject({
  status: z.enum(['delivered', 'failed']).describe('Bưu chính báo: đã phát, hoặc không phát được'),
  note: optionalText(2000),
});

export const handlersQuery = z.strictObject({
  step: z.coerce.number().int().min(1).max(50).describe('Vị trí bước của hồ sơ'),
});

export const stepHandlerList = z.array(
  z.object({ id: z.uuid(), displayName: z.string(), departmentName: z.string().nullable() }),
);

export const deadlineList = z.object({
  at: instant,
  until: instant.describe('Hạn trước thời điểm này được coi là sắp đến hạn (1 ngày làm việc)'),
  items: z.array(
    z.object({
      state: z.enum(['overdue', 'due_soon']),
      dossier: z.object({
        id: z.uuid(),
        code: z.string(),
        status: z.string(),
        applicantName: z.string(),
        procedureName: z.string(),
        dueAt: instant,
        appointmentAt: instant.nullable(),
      }),
      step: z.object({
        position: z.number().int(),
        name: z.string(),
        role: stepRole,
        dueAt: instant.nullable(),
        overdue: z.boolean(),
      }),
    }),
  ),
});

export const trackingRegisterQuery = z
  .strictObject({
    agencyId: z.uuid().optional().describe('Cơ quan tiếp nhận; mặc định là cơ quan của người dùng'),
    from: isoDate.describe('Từ ngày tiếp nhận'),
    to: isoDate.describe('Đến ngày tiếp nhận'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'Đến ngày phải sau hoặc bằng từ ngày' });

export const trackingRegisterParams = z.strictObject({ format: z.enum(['pdf', 'xlsx']) });
