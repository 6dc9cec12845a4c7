import { booleanQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { isoDate } from '../calendar/schema.ts';

// ---- requests -----------------------------------------------------------------------------------------

export const statisticsQuery = z.strictObject({
  agencyId: z.uuid().optional().describe('Cơ quan; mặc định là cơ quan của người xem'),
  from: isoDate.optional().describe('Từ ngày (giờ Việt Nam); mặc định ngày 1 tháng 1 năm nay'),
  to: isoDate.optional().describe('Đến hết ngày (giờ Việt Nam); mặc định hôm nay'),
  includeSubAgencies: booleanQuery.describe('Gồm cả các cơ quan, đơn vị trực thuộc'),
});
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

// ---- responses ----------------------------------------------------------------------------------------

const count = z.number().int();
/** A share as a fraction 0–1; null when there is nothing to divide by. */
const share = z.number().nullable();

export const figures = z.object({
  incoming: z.object({
    total: count.describe('Văn bản đến đã vào sổ trong kỳ'),
    electronic: count.describe('… là văn bản điện tử (nhận qua hệ thống, hoặc vào sổ là bản điện tử)'),
    onPlatform: count.describe('… trong đó nhận qua hệ thống'),
    paper: count,
    electronicShare: share,
  }),
  outgoing: z.object({
    total: count.describe('Văn bản đi đã cấp số, phát hành trong kỳ'),
    electronic: count,
    paper: count,
    electronicShare: share,
    recalled: count.describe('… trong đó đã thu hồi'),
  }),
  electronicShare: share.describe('Tỷ lệ văn bản điện tử trên tổng số văn bản đi và đến'),
  handling: z.object({
    handled: count.describe('Văn bản đến đã xử lý xong'),
    onTime: count.describe('… xong trong hạn (hoặc không có hạn)'),
    late: count.describe('… xong sau hạn'),
    open: count.describe('Văn bản đến đang xử lý'),
    openNotDue: count.describe('… chưa đến hạn (hoặc không có hạn)'),
    openOverdue: count.describe('… đã quá hạn'),
    noDeadline: count.describe('Văn bản đến đã xử lý hoặc đang xử lý không có hạn xử lý'),
    withdrawn: count.describe('Văn bản đến bị nơi gửi thu hồi hoặc thay thế (không tính xử lý)'),
    onTimeShare: share.describe('Tỷ lệ xử lý đúng hạn trên số đã xử lý xong'),
    handledShare: share.describe('Tỷ lệ đã xử lý xong trên số phải xử lý'),
    averageDays: z.number().nullable().describe('Thời gian xử lý trung bình, ngày (lịch)'),
    averageWorkingDays: z.number().nullable().describe('Thời gian xử lý trung bình, ngày làm việc'),
  }),
});
export type Figures = z.infer<typeof figures>;

const named = { key: z.string().nullable(), name: z.string() };

export const documentStatistics = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  includeSubAgencies: z.boolean(),
  agencyCount: count.describe('Số cơ quan được thống kê'),
  from: isoDate,
  to: isoDate,
  asOf: z.string().describe('Thời điểm lấy số liệu: hạn xử lý trước thời điểm này là đã quá hạn'),
  summary: figures,
  months: z.array(figures.extend({ month: z.string().describe('YYYY-MM') })),
  byDocumentType: z.array(figures.extend(named)),
  byDepartment: z.array(
    figures
      .extend({ ...named, agencyName: z.string().nullable() })
      .describe('Phòng, ban chủ trì xử lý (văn bản đến) hoặc soạn thảo (văn bản đi); key null: chưa giao'),
  ),
  byAgency: z.array(figures.extend(named)),
  deliveries: z.object({
    total: count.describe('Lượt gửi văn bản đi của kỳ tới các nơi nhận'),
    registered: count.describe('… nơi nhận đã vào sổ (trạng thái 03–06)'),
    registeredShare: share.describe('Tỷ lệ nơi nhận đã vào sổ trên số lượt gửi chưa bị thu hồi, thay thế'),
    byStatus: z.array(z.object({ status: z.string(), name: z.string(), count })),
  }),
});
export type DocumentStatistics = z.infer<typeof documentStatistics>;

export const statisticsAgencies = z.array(
  z.object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    isActive: z.boolean(),
    subtree: z.boolean().describe('Được xem cả các đơn vị trực thuộc'),
  }),
);
