/**
 * Mẫu 06 Sổ theo dõi hồ sơ: the dossiers a counter received over a period, one a row, on A4 across the page;
 * the two heading rows come again at the top of every page.
 */
import { renderPdf } from '../../documents/pdf.ts';
import { shortDate, shortDateTime } from './dates.ts';
import { type FormDefinition, formDocument, header, type Node, ruled, title } from './layout.ts';
import type { TrackingEntry, TrackingRegisterView } from './view.ts';

/**
 * The columns before the dates, the dates (under one heading), the columns after: 14 in all. A dossier code
 * (25 characters) just fits its column in the table's 7 points.
 */
const before = [
  { heading: 'TT', width: 14 },
  { heading: 'Mã hồ sơ', width: 92 },
  { heading: 'Tên thủ tục hành chính', width: '*' },
  { heading: 'Số lượng hồ sơ (bộ)', width: 26 },
  { heading: 'Tên cá nhân, tổ chức', width: 58 },
  { heading: 'Địa chỉ, số điện thoại', width: 66 },
  { heading: 'Cơ quan chủ trì giải quyết', width: 58 },
];
const dates = [
  'Nhận hồ sơ',
  'Hẹn trả kết quả',
  'Chuyển hồ sơ đến cơ quan giải quyết',
  'Nhận kết quả từ cơ quan giải quyết',
  'Trả kết quả cho cá nhân, tổ chức',
];
const after = [
  { heading: 'Ký nhận', width: 30 },
  { heading: 'Ghi chú', width: 44 },
];
/** Wide enough for `05/03/2026`; the time goes under it. */
const DATE_WIDTH = 40;
const COLUMNS = before.length + dates.length + after.length;

const bold = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  bold: true,
  alignment: 'center',
  ...extra,
});

function headingRows(): Node[][] {
  const spanned = (heading: string) => bold(heading, { rowSpan: 2 });
  return [
    [
      ...before.map((c) => spanned(c.heading)),
      bold('Ngày, tháng, năm', { colSpan: dates.length }),
      ...dates.slice(1).map(() => ''),
      ...after.map((c) => spanned(c.heading)),
    ],
    [...before.map(() => ''), ...dates.map((d) => bold(d)), ...after.map(() => '')],
  ];
}

function entryRow(entry: TrackingEntry, index: number): Node[] {
  const when = (instant: Date | null) => ({
    text: instant ? shortDateTime(instant) : '',
    alignment: 'center',
  });
  return [
    { text: String(index + 1), alignment: 'center' },
    entry.code,
    entry.procedureName,
    { text: String(entry.sets), alignment: 'center' },
    entry.applicantName,
    [entry.applicantAddress, entry.applicantPhone].filter(Boolean).join('; '),
    entry.handlingAgency,
    when(entry.receivedAt),
    when(entry.dueAt),
    when(entry.transferredAt),
    when(entry.resultAt),
    when(entry.returnedAt),
    '',
    entry.note ?? '',
  ];
}

function emptyRow(): Node[] {
  return [
    { text: 'Không có hồ sơ nào trong kỳ.', italics: true, colSpan: COLUMNS },
    ...Array.from({ length: COLUMNS - 1 }, () => ''),
  ];
}

export function trackingRegisterDefinition(view: TrackingRegisterView): FormDefinition {
  const period = `Từ ngày ${shortDate(view.period.from)} đến ngày ${shortDate(view.period.to)}`;
  return formDocument(
    'tracking_register',
    [
      header(view.issuer),
      title('tracking_register', [0, 10, 0, 2]),
      { text: period, alignment: 'center', italics: true },
      ...(view.book ? [{ text: `Quyển số: ${view.book}`, alignment: 'center' }] : []),
      {
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths: [
            ...before.map((c) => c.width),
            ...dates.map(() => DATE_WIDTH),
            ...after.map((c) => c.width),
          ],
          body: [...headingRows(), ...(view.entries.length > 0 ? view.entries.map(entryRow) : [emptyRow()])],
        },
        layout: ruled,
        fontSize: 7,
        margin: [0, 8, 0, 0],
      },
    ],
    (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 7.5 }),
  );
}

export function renderTrackingRegister(view: TrackingRegisterView): Promise<Buffer> {
  return renderPdf(trackingRegisterDefinition(view));
}
