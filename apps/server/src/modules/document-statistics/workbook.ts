import type ExcelJS from 'exceljs';
import { formatDateVi, formatInstantVi } from '../calendar/operations.ts';

/**
 * The layout every statistics workbook shares (documents, dossiers): a title block on each sheet, a summary
 * sheet of labelled figures, and breakdown sheets with one row per group and one column per figure.
 */

export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const DAYS = '0.0';

/** What the title block says: whose figures, over which days, taken when. */
export interface Heading {
  agency: { name: string };
  from: string;
  to: string;
  asOf: string;
  includeSubAgencies: boolean;
  agencyCount: number;
}

/** A figure as a column of the breakdown sheets. */
export interface Column<F> {
  heading: string;
  value: (f: F) => number | null;
  format: string;
}

/** A line of a summary sheet: a heading line (no value), or a figure with its number format. */
export type Line = [label: string] | [label: string, value: number | null, format: string];

const periodText = (s: Heading) => `Từ ngày ${formatDateVi(s.from)} đến ngày ${formatDateVi(s.to)}`;

/** The title block every sheet starts with; returns the number of its rows. */
export function title(sheet: ExcelJS.Worksheet, s: Heading, heading: string): number {
  sheet.addRow([s.agency.name.toUpperCase()]).font = { bold: true };
  sheet.addRow([heading]).font = { bold: true, size: 14 };
  sheet.addRow([periodText(s)]);
  sheet.addRow([
    `Số liệu tại thời điểm ${formatInstantVi(new Date(s.asOf).getTime())}${
      s.includeSubAgencies ? `; gồm ${s.agencyCount} cơ quan, đơn vị` : ''
    }`,
  ]).font = { italic: true };
  sheet.addRow([]);
  return 5;
}

/** A sheet of labelled figures: "Chỉ tiêu | Số liệu", heading lines in bold. */
export function summarySheet(
  book: ExcelJS.Workbook,
  s: Heading,
  name: string,
  heading: string,
  lines: Line[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  title(sheet, s, heading);
  sheet.addRow(['Chỉ tiêu', 'Số liệu']).font = { bold: true };
  for (const [label, value, format] of lines) {
    const row = sheet.addRow(value === undefined ? [label] : [label, value]);
    if (format) row.getCell(2).numFmt = format;
    else row.font = { bold: true };
  }
  sheet.getColumn(1).width = 52;
  sheet.getColumn(2).width = 14;
  return sheet;
}

/** A table of groups: the leading text columns, then one column per figure, a number format each. */
export function breakdownSheet<F>(
  book: ExcelJS.Workbook,
  s: Heading,
  name: string,
  heading: string,
  lead: { heading: string; width: number }[],
  groups: { cells: string[]; figures: F }[],
  columns: Column<F>[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  const top = title(sheet, s, heading);
  const header = sheet.addRow([...lead.map((l) => l.heading), ...columns.map((c) => c.heading)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const group of groups) sheet.addRow([...group.cells, ...columns.map((c) => c.value(group.figures))]);
  lead.forEach((l, i) => {
    sheet.getColumn(i + 1).width = l.width;
  });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(lead.length + i + 1);
    column.width = 13;
    column.numFmt = c.format;
  });
  sheet.views = [{ state: 'frozen', ySplit: top + 1, xSplit: lead.length }];
  return sheet;
}

/** "03/2025" */
export const monthText = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
