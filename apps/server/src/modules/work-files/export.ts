import { fileContentsColumns, filePlanColumns } from '@congso/nd30';
import ExcelJS from 'exceljs';
import { formatDateVi } from '../calendar/operations.ts';
import type { FilePlan, WorkFileDetail } from './schema.ts';

type Row = Record<string, string>;
/** A line of a form: the cells of one row, or a section heading spanning every column. */
type Line = { cells: Row } | { heading: string };

/** A sheet with the agency, a title, the form's headings, then the rows (a heading row spans every column). */
async function workbook(
  sheetName: string,
  lines: string[],
  columns: readonly { key: string; heading: string }[],
  widths: number[],
  rows: Line[],
  closing: string[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CôngSở';
  const sheet = book.addWorksheet(sheetName, {
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const [agency, title, ...rest] = lines;
  sheet.addRow([agency]).font = { bold: true };
  sheet.addRow([title]).font = { bold: true, size: 14 };
  for (const line of rest) sheet.addRow([line]);
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.heading));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const frozen = header.number;
  for (const row of rows) {
    if ('heading' in row) {
      const added = sheet.addRow([row.heading]);
      added.font = { bold: true };
      sheet.mergeCells(added.number, 1, added.number, columns.length);
    } else {
      const cells = row.cells;
      sheet.addRow(columns.map((c) => cells[c.key] ?? '')).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  sheet.addRow([]);
  for (const line of closing) sheet.addRow([line]);
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: frozen }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Danh mục hồ sơ (Phụ lục V): entries in code order under their section headings, and the closing count of
 * permanent and limited-retention files the form ends with.
 */
export function filePlanXlsx(plan: FilePlan): Promise<Buffer> {
  const rows: Line[] = [];
  let heading: string | null = null;
  for (const e of plan.entries) {
    if (e.heading && e.heading !== heading) rows.push({ heading: e.heading });
    heading = e.heading ?? heading;
    rows.push({
      cells: {
        code: e.code,
        title: e.title,
        retention: e.retentionText,
        owner: e.department ? `${e.owner.name} (${e.department.name})` : e.owner.name,
        note: e.note ?? '',
      },
    });
  }
  const permanent = plan.entries.filter((e) => e.retentionYears === null).length;
  return workbook(
    'Danh mục hồ sơ',
    [plan.agency.name.toUpperCase(), `DANH MỤC HỒ SƠ NĂM ${plan.year}`],
    filePlanColumns,
    [16, 60, 14, 26, 18],
    rows,
    [
      `Bản danh mục hồ sơ này có ${plan.entries.length} hồ sơ, bao gồm: ${permanent} hồ sơ bảo quản vĩnh viễn; ${
        plan.entries.length - permanent
      } hồ sơ bảo quản có thời hạn.`,
    ],
  );
}

/**
 * Mục lục văn bản of one file: its documents the person may see, in order. Sheet numbers (tờ số) run on from
 * the page counts; they are left out when a page count is missing or some documents are not listed.
 */
export function fileContentsXlsx(file: WorkFileDetail): Promise<Buffer> {
  const complete = file.documents.length === file.documentCount;
  let next = 1;
  let counting = complete;
  const rows = file.documents.map((item, i) => {
    const d = item.document;
    let sheets = '';
    if (counting && item.pageCount) {
      const last = next + item.pageCount - 1;
      sheets = last === next ? String(next) : `${next}-${last}`;
      next = last + 1;
    } else counting = false;
    const cells: Row = {
      position: String(i + 1),
      reference: d.reference ?? '',
      issuedOn: d.issuedOn ? formatDateVi(d.issuedOn) : '',
      issuer: d.issuerName ?? (d.direction === 'outgoing' ? file.agencyName : ''),
      subject: `${d.documentTypeName}: ${d.subject}`,
      sheets,
      note: '',
    };
    return { cells };
  });
  return workbook(
    'Mục lục văn bản',
    [
      file.agencyName.toUpperCase(),
      'MỤC LỤC VĂN BẢN',
      `Hồ sơ số: ${file.archiveCode ?? file.code}`,
      `Tiêu đề: ${file.title}`,
      `Năm: ${file.year}. Thời hạn bảo quản: ${file.retentionText}`,
    ],
    fileContentsColumns,
    [7, 18, 14, 24, 50, 9, 14],
    rows,
    [
      complete
        ? `Mục lục này gồm ${rows.length} văn bản.`
        : `Mục lục này gồm ${rows.length} văn bản bạn được xem; hồ sơ có ${file.documentCount} văn bản.`,
    ],
  );
}
