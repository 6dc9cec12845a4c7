import ExcelJS from 'exceljs';
import {
  breakdownSheet,
  COUNT,
  type Column,
  DAYS,
  type Line,
  monthText,
  PERCENT,
  summarySheet,
  title,
} from '../document-statistics/workbook.ts';
import type { DossierStatistics, Figures } from './schema.ts';

/** The figures of a group as the columns of the breakdown sheets (months, fields, procedures, agencies). */
const columns: Column<Figures>[] = [
  { heading: 'Kỳ trước chuyển sang', value: (f) => f.carriedOver, format: COUNT },
  { heading: 'Tiếp nhận trong kỳ', value: (f) => f.received.total, format: COUNT },
  { heading: 'Tiếp nhận: trực tuyến', value: (f) => f.received.online, format: COUNT },
  { heading: 'Tiếp nhận: bưu chính', value: (f) => f.received.post, format: COUNT },
  { heading: 'Tỷ lệ tiếp nhận trực tuyến', value: (f) => f.received.onlineShare, format: PERCENT },
  { heading: 'Đã giải quyết', value: (f) => f.completed.total, format: COUNT },
  { heading: 'Trước hạn', value: (f) => f.completed.early, format: COUNT },
  { heading: 'Đúng hạn', value: (f) => f.completed.onTime, format: COUNT },
  { heading: 'Quá hạn', value: (f) => f.completed.overdue, format: COUNT },
  { heading: 'Tỷ lệ trước hạn, đúng hạn', value: (f) => f.completed.earlyOrOnTimeShare, format: PERCENT },
  { heading: 'Đang giải quyết: trong hạn', value: (f) => f.inProgress.notDue, format: COUNT },
  { heading: 'Đang giải quyết: quá hạn', value: (f) => f.inProgress.overdue, format: COUNT },
  { heading: 'Đang tạm dừng', value: (f) => f.inProgress.paused, format: COUNT },
  { heading: 'Đã trả kết quả', value: (f) => f.returned, format: COUNT },
  { heading: 'Từ chối', value: (f) => f.refused, format: COUNT },
  { heading: 'Rút hồ sơ', value: (f) => f.withdrawn, format: COUNT },
  { heading: 'Yêu cầu bổ sung', value: (f) => f.supplementRequested, format: COUNT },
  { heading: 'Tỷ lệ số hóa hồ sơ', value: (f) => f.received.digitisedShare, format: PERCENT },
  { heading: 'Tỷ lệ số hóa kết quả', value: (f) => f.completed.resultDigitisedShare, format: PERCENT },
  {
    heading: 'Thời gian giải quyết TB (ngày làm việc)',
    value: (f) => f.completed.averageWorkingDays,
    format: DAYS,
  },
  {
    heading: 'Thời hạn quy định TB (ngày làm việc)',
    value: (f) => f.completed.averageLegalDays,
    format: DAYS,
  },
];

function summaryLines(s: DossierStatistics): Line[] {
  const { received, completed, inProgress } = s.summary;
  return [
    ['I. TIẾP NHẬN'],
    ['Số hồ sơ phải giải quyết', s.summary.toHandle, COUNT],
    ['– Kỳ trước chuyển sang', s.summary.carriedOver, COUNT],
    ['– Tiếp nhận trong kỳ', received.total, COUNT],
    ['   trong đó trực tiếp', received.counter, COUNT],
    ['   trong đó trực tuyến', received.online, COUNT],
    ['   trong đó qua bưu chính', received.post, COUNT],
    ['Tỷ lệ hồ sơ tiếp nhận trực tuyến', received.onlineShare, PERCENT],
    ['Tỷ lệ hồ sơ tiếp nhận qua bưu chính', received.postShare, PERCENT],
    ['Hồ sơ được số hóa khi tiếp nhận', received.digitised, COUNT],
    ['Tỷ lệ hồ sơ được số hóa', received.digitisedShare, PERCENT],
    ['II. KẾT QUẢ GIẢI QUYẾT'],
    ['Số hồ sơ đã giải quyết', completed.total, COUNT],
    ['– Trước hạn', completed.early, COUNT],
    ['– Đúng hạn', completed.onTime, COUNT],
    ['– Quá hạn', completed.overdue, COUNT],
    ['Tỷ lệ giải quyết trước hạn, đúng hạn', completed.earlyOrOnTimeShare, PERCENT],
    ['Thời gian giải quyết trung bình (ngày làm việc)', completed.averageWorkingDays, DAYS],
    ['Thời hạn giải quyết theo quy định, trung bình (ngày làm việc)', completed.averageLegalDays, DAYS],
    ['Hồ sơ có kết quả điện tử', completed.resultDigitised, COUNT],
    ['Tỷ lệ kết quả được số hóa', completed.resultDigitisedShare, PERCENT],
    ['Số hồ sơ đã trả kết quả', s.summary.returned, COUNT],
    ['III. ĐANG GIẢI QUYẾT (CUỐI KỲ)'],
    ['Số hồ sơ đang giải quyết', inProgress.total, COUNT],
    ['– Chưa đến hạn', inProgress.notDue, COUNT],
    ['– Đã quá hạn', inProgress.overdue, COUNT],
    ['Trong đó đang tạm dừng (chờ bổ sung, nghĩa vụ tài chính)', inProgress.paused, COUNT],
    ['IV. HỒ SƠ KHÁC'],
    ['Hồ sơ được yêu cầu bổ sung, hoàn thiện', s.summary.supplementRequested, COUNT],
    ['Hồ sơ bị từ chối', s.summary.refused, COUNT],
    ['Hồ sơ công dân, tổ chức rút', s.summary.withdrawn, COUNT],
    ['Hồ sơ đã tiếp nhận bị từ chối hoặc rút', s.summary.endedWithoutResult, COUNT],
  ];
}

const STATUS = { computed: '', no_data: 'Chưa có dữ liệu', not_measured: 'Không đo trên hệ thống này' };

/** The QĐ 766 indicators: group, name, formula, value (a share or working days), points, remarks. */
function indicatorSheet(book: ExcelJS.Workbook, s: DossierStatistics) {
  const sheet = book.addWorksheet('Chỉ số QĐ 766');
  title(sheet, s, 'CHỈ SỐ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ (QĐ 766/QĐ-TTg)');
  const header = sheet.addRow(['Nhóm', 'Chỉ số', 'Cách tính', 'Giá trị', 'Điểm tối đa', 'Ghi chú']);
  header.font = { bold: true };
  for (const group of s.indicators.groups) {
    sheet.addRow([`${group.number}. ${group.name}`, '', '', null, group.maxPoints]).font = { bold: true };
    for (const i of group.indicators) {
      const row = sheet.addRow([
        '',
        i.name,
        i.formula,
        i.value,
        i.maxPoints,
        [STATUS[i.status], i.note].filter(Boolean).join(' '),
      ]);
      row.getCell(4).numFmt = i.unit === 'share' ? PERCENT : DAYS;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  for (const [i, width] of [22, 40, 50, 10, 10, 50].entries()) sheet.getColumn(i + 1).width = width;
}

/** The statistics as an Excel workbook: the summary, the indicators, the monthly series, the breakdowns. */
export async function statisticsXlsx(s: DossierStatistics): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CôngSở';
  summarySheet(book, s, 'Tổng hợp', 'THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', summaryLines(s));
  indicatorSheet(book, s);
  breakdownSheet(
    book,
    s,
    'Theo tháng',
    'THỐNG KÊ HỒ SƠ THEO THÁNG',
    [{ heading: 'Tháng', width: 10 }],
    s.months.map((m) => ({ cells: [monthText(m.month)], figures: m })),
    columns,
  );
  breakdownSheet(
    book,
    s,
    'Theo lĩnh vực',
    'THỐNG KÊ HỒ SƠ THEO LĨNH VỰC',
    [{ heading: 'Lĩnh vực', width: 32 }],
    s.byField.map((g) => ({ cells: [g.name], figures: g })),
    columns,
  );
  breakdownSheet(
    book,
    s,
    'Theo thủ tục',
    'THỐNG KÊ HỒ SƠ THEO THỦ TỤC HÀNH CHÍNH',
    [
      { heading: 'Mã thủ tục', width: 14 },
      { heading: 'Thủ tục', width: 48 },
      { heading: 'Lĩnh vực', width: 24 },
    ],
    s.byProcedure.map((g) => ({ cells: [g.code, g.name, g.field], figures: g })),
    columns,
  );
  if (s.includeSubAgencies)
    breakdownSheet(
      book,
      s,
      'Theo cơ quan',
      'THỐNG KÊ HỒ SƠ THEO CƠ QUAN TIẾP NHẬN',
      [{ heading: 'Cơ quan, đơn vị', width: 36 }],
      s.byAgency.map((g) => ({ cells: [g.name], figures: g })),
      columns,
    );
  return Buffer.from(await book.xlsx.writeBuffer());
}
