import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';

// the same query as document statistics: an agency (with its sub-agencies or not) and a period
export { type StatisticsQuery, statisticsAgencies, statisticsQuery } from '../document-statistics/schema.ts';

const count = z.number().int();
/** A share as a fraction 0–1; null when there is nothing to divide by. */
const share = z.number().nullable();
const days = z.number().nullable();

export const figures = z.object({
  received: z.object({
    total: count.describe('Hồ sơ tiếp nhận trong kỳ (đủ, hợp lệ: bắt đầu tính thời hạn)'),
    counter: count.describe('… nộp trực tiếp'),
    online: count.describe('… nộp trực tuyến'),
    post: count.describe('… qua bưu chính'),
    onlineShare: share,
    postShare: share,
    digitised: count.describe('… đã số hóa (mọi thành phần hồ sơ bắt buộc đã nộp có bản điện tử)'),
    digitisedShare: share,
  }),
  carriedOver: count.describe(
    'Hồ sơ kỳ trước chuyển sang (tiếp nhận trước kỳ, chưa giải quyết xong khi kỳ bắt đầu)',
  ),
  toHandle: count.describe('Hồ sơ phải giải quyết trong kỳ: kỳ trước chuyển sang + tiếp nhận trong kỳ'),
  completed: z.object({
    total: count.describe('Hồ sơ đã có kết quả trong kỳ'),
    early: count.describe('… trước hạn'),
    onTime: count.describe('… đúng hạn'),
    overdue: count.describe('… quá hạn'),
    earlyOrOnTimeShare: share.describe('Tỷ lệ giải quyết trước hạn, đúng hạn'),
    averageWorkingDays: days.describe(
      'Thời gian giải quyết trung bình, ngày làm việc (trừ thời gian tạm dừng)',
    ),
    averageLegalDays: days.describe('Thời hạn giải quyết theo quy định, trung bình, ngày làm việc'),
    resultDigitised: count.describe('… có kết quả điện tử'),
    resultDigitisedShare: share,
  }),
  inProgress: z.object({
    total: count.describe('Hồ sơ đang giải quyết cuối kỳ'),
    notDue: count.describe('… chưa đến hạn'),
    overdue: count.describe('… đã quá hạn'),
    paused: count.describe('… đang tạm dừng (chờ bổ sung, chờ thực hiện nghĩa vụ tài chính)'),
  }),
  returned: count.describe('Hồ sơ đã trả kết quả trong kỳ'),
  refused: count.describe('Hồ sơ bị từ chối trong kỳ (Mẫu 03)'),
  withdrawn: count.describe('Hồ sơ công dân, tổ chức rút trong kỳ'),
  endedWithoutResult: count.describe('Hồ sơ đã tiếp nhận bị từ chối hoặc rút trong kỳ'),
  supplementRequested: count.describe('Hồ sơ được yêu cầu bổ sung, hoàn thiện trong kỳ (Mẫu 02)'),
});
export type Figures = z.infer<typeof figures>;

export const indicator = z.object({
  key: z.string(),
  name: z.string(),
  formula: z.string().describe('Cách tính'),
  status: z
    .enum(['computed', 'no_data', 'not_measured'])
    .describe(
      'computed: tính được từ dữ liệu của hệ thống; no_data: chưa có dữ liệu; not_measured: đo ở nơi khác',
    ),
  value: z.number().nullable(),
  unit: z.enum(['share', 'working_days']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  maxPoints: z.number().nullable().describe('Điểm tối đa của chỉ số, khi đã biết'),
  unconfirmed: z.boolean().describe('Công thức chính thức chưa được xác nhận: đây là cách hiểu của hệ thống'),
  note: z.string(),
});
export type Indicator = z.infer<typeof indicator>;

export const indicatorGroup = z.object({
  number: z.number().int(),
  name: z.string(),
  maxPoints: z.number(),
  indicators: z.array(indicator),
});

export const procedureTime = z.object({
  procedureId: z.uuid(),
  code: z.string(),
  name: z.string(),
  completed: count,
  averageWorkingDays: days,
  averageLegalDays: days,
});

export const indicators = z.object({
  groups: z.array(indicatorGroup),
  /** group 2's average handling time, procedure by procedure */
  procedureTimes: z.array(procedureTime),
  offering: z.object({
    offered: count.describe('Thủ tục đang áp dụng có quy trình tại cơ quan'),
    full: count.describe('… cung cấp dịch vụ công trực tuyến toàn trình'),
    partial: count.describe('… cung cấp dịch vụ công trực tuyến một phần'),
  }),
});
export type Indicators = z.infer<typeof indicators>;

const period = {
  agency: z.object({ id: z.uuid(), name: z.string() }),
  includeSubAgencies: z.boolean(),
  agencyCount: count.describe('Số cơ quan được thống kê'),
  from: isoDate,
  to: isoDate,
  asOf: z.string().describe('Thời điểm lấy số liệu'),
};

const named = { key: z.string().nullable(), name: z.string() };

export const dossierStatistics = z.object({
  ...period,
  summary: figures,
  months: z.array(figures.extend({ month: z.string().describe('YYYY-MM') })),
  byField: z.array(figures.extend(named).describe('Lĩnh vực; key null: thủ tục chưa có lĩnh vực')),
  byProcedure: z.array(figures.extend({ ...named, code: z.string(), field: z.string() })),
  byAgency: z.array(figures.extend(named)),
  indicators,
});
export type DossierStatistics = z.infer<typeof dossierStatistics>;

export const dossierIndicators = z.object({ ...period, indicators });
export type DossierIndicators = z.infer<typeof dossierIndicators>;
