import { stepRoles } from '@congso/one-stop';
import { z } from '../../platform/http/zod-vietnamese.ts';

// ---- requests -------------------------------------------------------------------------------------------

export const procedureIdParams = z.strictObject({ id: z.uuid() });

export const stepsQuery = z.strictObject({
  agencyId: z.uuid().describe('Cơ quan tiếp nhận hồ sơ (trung tâm phục vụ hành chính công, xã, phường)'),
});

export const stepRole = z
  .enum(stepRoles)
  .describe('receive: tiếp nhận; handle: thụ lý, thẩm định; approve: phê duyệt; return: trả kết quả');

const stepInput = z.strictObject({
  name: z.string().trim().min(1).max(300).describe('Tên bước, ví dụ "Thẩm định hồ sơ"'),
  role: stepRole,
  handlerAgencyId: z.uuid().describe('Cơ quan thực hiện bước (có thể là cơ quan khác: một cửa liên thông)'),
  handlerDepartmentId: z.uuid().nullable().optional().describe('Phòng, ban của cơ quan thực hiện'),
  // the rules of the days (not negative, two decimals, the sum) are checked with the others on save
  days: z.number().max(1000).describe('Thời gian thực hiện (ngày làm việc, tối đa hai chữ số thập phân)'),
});

export const saveStepsBody = z.strictObject({
  agencyId: z.uuid().describe('Cơ quan tiếp nhận hồ sơ'),
  steps: z.array(stepInput).max(50).describe('Các bước theo thứ tự thực hiện; thay thế toàn bộ quy trình'),
});
export type SaveSteps = z.infer<typeof saveStepsBody>;

// ---- answers --------------------------------------------------------------------------------------------

const ref = z.object({ id: z.uuid(), name: z.string() });
const agencyRef = ref.extend({ code: z.string().nullable() });

export const procedureRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  processingDays: z.number().nullable().describe('Thời hạn giải quyết theo quy định (ngày làm việc)'),
});

export const processingStep = z.object({
  position: z.number().int(),
  name: z.string(),
  role: stepRole,
  handlerAgency: ref,
  handlerDepartment: ref.nullable(),
  days: z.number(),
});
export type ProcessingStep = z.infer<typeof processingStep>;

export const processingSteps = z.object({
  procedure: procedureRef,
  agency: agencyRef,
  steps: z.array(processingStep).describe('Rỗng: thủ tục chưa được cung cấp tại cơ quan này'),
  totalDays: z.number(),
  matchesLegalTime: z
    .boolean()
    .describe('Tổng thời gian các bước bằng thời hạn giải quyết hiện hành của thủ tục'),
  can: z.object({ manage: z.boolean() }),
});
export type ProcessingSteps = z.infer<typeof processingSteps>;

export const offering = z.object({
  agency: agencyRef,
  stepCount: z.number().int(),
  totalDays: z.number(),
  matchesLegalTime: z.boolean(),
  updatedAt: z.date(),
});
export type Offering = z.infer<typeof offering>;
export const offerings = z.array(offering);
