import ExcelJS from 'exceljs';
import type { DocumentStatistics, Figures } from './schema.ts';
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
} from './workbook.ts';

/** The figures of a group as the columns of the breakdown sheets (months, types, departments, agencies). */
const columns: Column<Figures>[] = [
  { heading: 'Văn bản đến', value: (f) => f.incoming.total, format: COUNT },
  { heading: 'Đến: điện tử', value: (f) => f.incoming.electronic, format: COUNT },
  { heading: 'Đến: giấy', value: (f) => f.incoming.paper, format: COUNT },
  { heading: 'Tỷ lệ văn bản đến điện tử', value: (f) => f.incoming.electronicShare, format: PERCENT },
  { heading: 'Văn bản đi', value: (f) => f.outgoing.total, format: COUNT },
  { heading: 'Đi: điện tử', value: (f) => f.outgoing.electronic, format: COUNT },
  { heading: 'Đi: giấy', value: (f) => f.outgoing.paper, format: COUNT },
  { heading: 'Tỷ lệ văn bản đi điện tử', value: (f) => f.outgoing.electronicShare, format: PERCENT },
  { heading: 'Đã xử lý đúng hạn', value: (f) => f.handling.onTime, format: COUNT },
  { heading: 'Đã xử lý quá hạn', value: (f) => f.handling.late, format: COUNT },
  { heading: 'Đang xử lý trong hạn', value: (f) => f.handling.openNotDue, format: COUNT },
  { heading: 'Đang xử lý quá hạn', value: (f) => f.handling.openOverdue, format: COUNT },
  { heading: 'Tỷ lệ xử lý đúng hạn', value: (f) => f.handling.onTimeShare, format: PERCENT },
  { heading: 'Thời gian xử lý TB (ngày)', value: (f) => f.handling.averageDays, format: DAYS },
  {
    heading: 'Thời gian xử lý TB (ngày làm việc)',
    value: (f) => f.handling.averageWorkingDays,
    format: DAYS,
  },
];

function summaryLines(s: DocumentStatistics): Line[] {
  const { incoming, outgoing, handling } = s.summary;
  return [
    ['I. VĂN BẢN ĐẾN'],
    ['Tổng số văn bản đến đã vào sổ', incoming.total, COUNT],
    ['– Văn bản điện tử', incoming.electronic, COUNT],
    ['   trong đó nhận qua hệ thống', incoming.onPlatform, COUNT],
    ['– Văn bản giấy', incoming.paper, COUNT],
    ['Tỷ lệ văn bản đến là văn bản điện tử', incoming.electronicShare, PERCENT],
    ['II. VĂN BẢN ĐI'],
    ['Tổng số văn bản đi đã phát hành', outgoing.total, COUNT],
    ['– Văn bản điện tử', outgoing.electronic, COUNT],
    ['– Văn bản giấy', outgoing.paper, COUNT],
    ['Tỷ lệ văn bản đi là văn bản điện tử', outgoing.electronicShare, PERCENT],
    ['Văn bản đi đã thu hồi', outgoing.recalled, COUNT],
    ['Tỷ lệ văn bản đi, đến là văn bản điện tử', s.summary.electronicShare, PERCENT],
    ['III. XỬ LÝ VĂN BẢN ĐẾN'],
    ['Đã xử lý xong', handling.handled, COUNT],
    ['– Đúng hạn (kể cả không có hạn)', handling.onTime, COUNT],
    ['– Quá hạn', handling.late, COUNT],
    ['Đang xử lý', handling.open, COUNT],
    ['– Chưa đến hạn (kể cả không có hạn)', handling.openNotDue, COUNT],
    ['– Đã quá hạn', handling.openOverdue, COUNT],
    ['Văn bản không có hạn xử lý (đã và đang xử lý)', handling.noDeadline, COUNT],
    ['Văn bản bị nơi gửi thu hồi, thay thế', handling.withdrawn, COUNT],
    ['Tỷ lệ xử lý đúng hạn (trên số đã xử lý xong)', handling.onTimeShare, PERCENT],
    ['Tỷ lệ đã xử lý xong (trên số phải xử lý)', handling.handledShare, PERCENT],
    ['Thời gian xử lý trung bình (ngày)', handling.averageDays, DAYS],
    ['Thời gian xử lý trung bình (ngày làm việc)', handling.averageWorkingDays, DAYS],
    ['IV. NƠI NHẬN VĂN BẢN ĐI'],
    ['Số lượt gửi tới nơi nhận', s.deliveries.total, COUNT],
    ['Nơi nhận đã vào sổ', s.deliveries.registered, COUNT],
    ['Tỷ lệ nơi nhận đã vào sổ', s.deliveries.registeredShare, PERCENT],
  ];
}

/** The statistics as an Excel workbook: the summary, the monthly series, the breakdowns, the recipients. */
export async function statisticsXlsx(s: DocumentStatistics): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CôngSở';

  summarySheet(book, s, 'Tổng hợp', 'THỐNG KÊ VĂN BẢN ĐI, ĐẾN', summaryLines(s));

  breakdownSheet(
    book,
    s,
    'Theo tháng',
    'THỐNG KÊ VĂN BẢN THEO THÁNG',
    [{ heading: 'Tháng', width: 10 }],
    s.months.map((m) => ({ cells: [monthText(m.month)], figures: m })),
    columns,
  );
  breakdownSheet(
    book,
    s,
    'Theo loại văn bản',
    'THỐNG KÊ VĂN BẢN THEO LOẠI VĂN BẢN',
    [{ heading: 'Loại văn bản', width: 28 }],
    s.byDocumentType.map((g) => ({ cells: [g.name], figures: g })),
    columns,
  );
  breakdownSheet(
    book,
    s,
    'Theo phòng, ban',
    'THỐNG KÊ VĂN BẢN THEO PHÒNG, BAN CHỦ TRÌ XỬ LÝ (ĐẾN) HOẶC SOẠN THẢO (ĐI)',
    s.includeSubAgencies
      ? [
          { heading: 'Phòng, ban', width: 28 },
          { heading: 'Cơ quan', width: 28 },
        ]
      : [{ heading: 'Phòng, ban', width: 28 }],
    s.byDepartment.map((g) => ({
      cells: s.includeSubAgencies ? [g.name, g.agencyName ?? ''] : [g.name],
      figures: g,
    })),
    columns,
  );
  if (s.includeSubAgencies)
    breakdownSheet(
      book,
      s,
      'Theo cơ quan',
      'THỐNG KÊ VĂN BẢN THEO CƠ QUAN, ĐƠN VỊ',
      [{ heading: 'Cơ quan, đơn vị', width: 36 }],
      s.byAgency.map((g) => ({ cells: [g.name], figures: g })),
      columns,
    );

  const recipients = book.addWorksheet('Nơi nhận');
  title(recipients, s, 'TÌNH TRẠNG TIẾP NHẬN VĂN BẢN ĐI TẠI NƠI NHẬN');
  recipients.addRow(['Trạng thái', 'Mã', 'Số lượt']).font = { bold: true };
  for (const d of s.deliveries.byStatus) recipients.addRow([d.name, d.status, d.count]);
  recipients.getColumn(1).width = 36;
  recipients.getColumn(3).numFmt = COUNT;

  return Buffer.from(await book.xlsx.writeBuffer());
}
