import {
  formFor,
  isOverdue,
  TRACKING_REGISTER_DATES_HEADING,
  type TrackingRegisterColumn,
  trackingRegisterColumns,
} from '@congso/one-stop';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/problem.ts';
import { actorOf, agencyFor } from '../documents/access.ts';
import { formIssuerOf } from './form-issuer.ts';
import { shortDate, shortDateTime } from './forms/dates.ts';
import { renderTrackingRegister, type TrackingEntry, type TrackingRegisterView } from './forms/index.ts';
import { type RegisterRow, registerRows } from './processing-repository.ts';

/**
 * Mẫu 06 Sổ theo dõi hồ sơ: the dossiers a receiving agency received over a period, one a row, as PDF (the
 * form's renderer) or as a workbook with the same columns. Its counter (`dossiers.receive`) and readers
 * (`dossiers.read_all`) print it.
 */

/** Most dossiers in one printed register; a longer period is printed in parts. */
export const MAX_REGISTER_ROWS = 5000;
const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

export interface RegisterQuery {
  agencyId?: string | undefined;
  from: string;
  to: string;
}

/** The start of a Vietnamese calendar day (`YYYY-MM-DD`, UTC+7). */
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

function noteOf(row: RegisterRow, now: Date): string {
  const notes: string[] = [];
  if (row.status === 'refused') notes.push('Từ chối giải quyết');
  else if (row.status === 'withdrawn') notes.push('Đã rút hồ sơ');
  else if (isOverdue(row.dueAt, row.completedAt ?? now)) notes.push('Quá hạn');
  if (row.apologies > 0 && row.appointmentAt)
    notes.push(`Xin lỗi, hẹn lại ${shortDateTime(row.appointmentAt)}`);
  if (row.returnedAt && row.resultDelivery === 'post')
    notes.push(`Trả qua bưu chính${row.postalTracking ? `, số hiệu ${row.postalTracking}` : ''}`);
  if (row.returnedAt && row.resultDelivery === 'online') notes.push('Trả kết quả trực tuyến');
  return notes.join('; ');
}

function entryOf(row: RegisterRow, now: Date): TrackingEntry {
  return {
    code: row.code,
    procedureName: row.procedureName,
    sets: 1,
    applicantName: row.applicantName,
    applicantAddress: row.applicantAddress,
    applicantPhone: row.applicantPhone,
    handlingAgency: row.handlingAgency ?? '',
    receivedAt: row.receivedAt,
    // the appointment on the receipt; an apology's new one is noted
    dueAt: row.dueAt,
    transferredAt: row.transferredAt,
    resultAt: row.completedAt,
    returnedAt: row.returnedAt,
    note: noteOf(row, now) || null,
  };
}

export async function trackingRegisterView(
  db: Database,
  ctx: RequestContext,
  query: RegisterQuery,
  now = new Date(),
): Promise<TrackingRegisterView> {
  const actor = actorOf(ctx);
  const agency = await agencyFor(db, actor, query.agencyId, 'dossiers.receive', 'dossiers.read_all');
  const from = dayStart(query.from);
  const to = new Date(dayStart(query.to).getTime() + DAY_MS);
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS)
    throw invalid('In sổ theo dõi cho từng khoảng không quá một năm', [
      { pointer: '/querystring/to', detail: 'Khoảng thời gian dài hơn 366 ngày' },
    ]);
  const rows = await registerRows(db, agency.id, from, to, MAX_REGISTER_ROWS + 1);
  if (rows.length > MAX_REGISTER_ROWS)
    throw invalid(
      `Khoảng thời gian có hơn ${MAX_REGISTER_ROWS.toLocaleString('vi-VN')} hồ sơ: hãy in từng phần`,
      [{ pointer: '/querystring/to', detail: 'Chọn khoảng thời gian ngắn hơn' }],
    );
  const issuer = await formIssuerOf(db, agency.id);
  return {
    issuer: { parentName: issuer.parentName, name: issuer.name },
    period: { from: query.from, to: query.to },
    book: null,
    entries: rows.map((row) => entryOf(row, now)),
  };
}

/** The cells of an entry, by column, as the spreadsheet shows them. */
function cells(entry: TrackingEntry, index: number): Record<TrackingRegisterColumn, string | number> {
  const when = (instant: Date | null) => (instant ? shortDateTime(instant) : '');
  return {
    index: index + 1,
    code: entry.code,
    procedure: entry.procedureName,
    sets: entry.sets,
    applicant: entry.applicantName,
    contact: [entry.applicantAddress, entry.applicantPhone].filter(Boolean).join('; '),
    handlingAgency: entry.handlingAgency,
    receivedAt: when(entry.receivedAt),
    appointmentAt: when(entry.dueAt),
    transferredAt: when(entry.transferredAt),
    resultAt: when(entry.resultAt),
    returnedAt: when(entry.returnedAt),
    signature: '',
    note: entry.note ?? '',
  };
}

const widths: Record<TrackingRegisterColumn, number> = {
  index: 5,
  code: 26,
  procedure: 40,
  sets: 9,
  applicant: 24,
  contact: 30,
  handlingAgency: 26,
  receivedAt: 16,
  appointmentAt: 16,
  transferredAt: 16,
  resultAt: 16,
  returnedAt: 16,
  signature: 10,
  note: 30,
};

/** The register as a workbook: the header, the title and period, the two heading rows, one row a dossier. */
export async function trackingRegisterXlsx(view: TrackingRegisterView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CôngSở';
  const sheet = book.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = trackingRegisterColumns;
  sheet.addRow([view.issuer.parentName.toLocaleUpperCase('vi')]);
  sheet.addRow([view.issuer.name.toLocaleUpperCase('vi')]).font = { bold: true };
  sheet.addRow([formFor('tracking_register').title.toLocaleUpperCase('vi')]).font = { bold: true, size: 14 };
  sheet.addRow([`Từ ngày ${shortDate(view.period.from)} đến ngày ${shortDate(view.period.to)}`]).font = {
    italic: true,
  };
  const top = sheet.addRow(columns.map((c) => (c.date ? TRACKING_REGISTER_DATES_HEADING : c.heading)));
  const below = sheet.addRow(columns.map((c) => (c.date ? c.heading : '')));
  // one heading over the five dates; every other heading spans both rows
  const firstDate = columns.findIndex((c) => c.date) + 1;
  const lastDate = columns.findLastIndex((c) => c.date) + 1;
  sheet.mergeCells(top.number, firstDate, top.number, lastDate);
  columns.forEach((c, i) => {
    if (!c.date) sheet.mergeCells(top.number, i + 1, below.number, i + 1);
    sheet.getColumn(i + 1).width = widths[c.key];
  });
  for (const row of [top, below]) {
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  view.entries.forEach((entry, i) => {
    const values = cells(entry, i);
    sheet.addRow(columns.map((c) => values[c.key])).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: below.number }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The register of the query as a file (PDF or XLSX) and the name to save it under. */
export async function trackingRegisterFile(
  db: Database,
  ctx: RequestContext,
  query: RegisterQuery,
  format: 'pdf' | 'xlsx',
) {
  const view = await trackingRegisterView(db, ctx, query);
  const file = format === 'xlsx' ? await trackingRegisterXlsx(view) : await renderTrackingRegister(view);
  return { file, name: `so-theo-doi-ho-so-${query.from}-${query.to}.${format}` };
}
