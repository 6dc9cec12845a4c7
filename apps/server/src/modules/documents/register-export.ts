import { incomingRegisterColumns, outgoingRegisterColumns } from '@congso/nd30';
import { formatIsoDate, vietnamDateOf } from '@congso/vn-calendar';
import ExcelJS from 'exceljs';
import { formatDateVi } from '../calendar/operations.ts';
import { renderPdf } from './pdf.ts';
import type { RegisterView } from './schema.ts';

type Entry = RegisterView['entries'][number];

/** dd/MM/yyyy of an ISO date, or of the day in Vietnam an instant falls on. */
function vnDate(value: string | null): string {
  if (!value) return '';
  return formatDateVi(value.length === 10 ? value : formatIsoDate(vietnamDateOf(new Date(value))));
}

/** The cells of one register row, keyed as the Phụ lục IV columns of @congso/nd30. */
function cells(direction: RegisterView['direction'], e: Entry): Record<string, string> {
  const typeAndSubject = `${e.documentTypeName}: ${e.subject}`;
  const common = {
    typeAndSubject,
    issuedOn: vnDate(e.issuedOn),
    handedOverOn: '',
    receivedBy: '',
    note: e.note ?? '',
  };
  if (direction === 'incoming')
    return {
      ...common,
      arrivedOn: vnDate(e.receivedAt),
      arrivalNumber: String(e.registerNumber),
      issuer: e.issuerName ?? '',
      reference: e.reference ?? '',
      recipient: e.handlers ?? '',
    };
  return {
    ...common,
    reference: e.reference ?? String(e.registerNumber),
    signer: e.signerName ?? '',
    recipients: e.recipients ?? '',
    keptBy: '',
    copies: e.copyCount ? String(e.copyCount) : '',
  };
}

export function registerTitle(view: RegisterView): string {
  const kind = view.direction === 'incoming' ? 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
  return `${kind}${view.secret ? ' (MẬT)' : ''} NĂM ${view.year}`;
}

export function registerTable(view: RegisterView): { headings: string[]; rows: string[][] } {
  const columns = view.direction === 'incoming' ? incomingRegisterColumns : outgoingRegisterColumns;
  return {
    headings: columns.map((c) => c.heading),
    rows: view.entries.map((e) => {
      const row = cells(view.direction, e);
      return columns.map((c) => row[c.key] ?? '');
    }),
  };
}

const widths = {
  incoming: [11, 8, 22, 16, 11, 44, 20, 11, 12, 14],
  outgoing: [16, 11, 44, 20, 26, 18, 8, 11, 12, 14],
};

/** The register as an Excel workbook: title rows, the Phụ lục IV headings, one row per entry. */
export async function registerXlsx(view: RegisterView): Promise<Buffer> {
  const { headings, rows } = registerTable(view);
  const book = new ExcelJS.Workbook();
  book.creator = 'CôngSở';
  const sheet = book.addWorksheet(view.direction === 'incoming' ? 'Sổ văn bản đến' : 'Sổ văn bản đi', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([view.agencyName.toUpperCase()]).font = { bold: true };
  sheet.addRow([registerTitle(view)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow(headings);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  widths[view.direction].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The register as a landscape A4 PDF with the Phụ lục IV columns, headings repeated on every page. */
export async function registerPdf(view: RegisterView): Promise<Buffer> {
  const { headings, rows } = registerTable(view);
  const total = widths[view.direction].reduce((a, b) => a + b, 0);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 30, 40],
    info: { title: registerTitle(view), creator: 'CôngSở' },
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    footer: (page: number, pages: number) => ({ text: `${page}/${pages}`, alignment: 'center', fontSize: 8 }),
    content: [
      { text: view.agencyName.toUpperCase(), bold: true, fontSize: 10 },
      { text: registerTitle(view), bold: true, fontSize: 13, alignment: 'center', margin: [0, 8, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: widths[view.direction].map((w) => `${((w / total) * 100).toFixed(2)}%`),
          body: [headings.map((h) => ({ text: h, bold: true, alignment: 'center' })), ...rows],
        },
      },
      rows.length === 0 ? { text: 'Chưa có văn bản nào trong sổ.', italics: true, margin: [0, 8, 0, 0] } : '',
    ],
  });
}
