/** Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả: given when a complete dossier is received. */
import { renderPdf } from '../../documents/pdf.ts';
import { timeAndDateInWords } from './dates.ts';
import {
  applicantLines,
  codeAndQr,
  type FormDefinition,
  field,
  formDocument,
  notes,
  ruled,
  signatures,
  slipHeader,
  title,
  twoDigits,
} from './layout.ts';
import type { ReceiptView, ReceivedDocument } from './view.ts';

function documentsTable(documents: ReceivedDocument[]) {
  const count = (n: number) => ({ text: n > 0 ? String(n) : '', alignment: 'center' });
  return {
    table: {
      headerRows: 1,
      widths: [18, '*', 38, 38],
      body: [
        ['TT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'].map((h) => ({
          text: h,
          bold: true,
          alignment: 'center',
        })),
        ...documents.map((d, i) => [
          { text: String(i + 1), alignment: 'center' },
          d.name,
          count(d.originals),
          count(d.copies),
        ]),
      ],
    },
    layout: ruled,
    fontSize: 8.5,
    margin: [0, 2, 0, 4],
  };
}

export function receiptDefinition(view: ReceiptView): FormDefinition {
  return formDocument('receipt', [
    slipHeader(view),
    title('receipt'),
    codeAndQr(view.dossier.code, view.lookupUrl),
    ...applicantLines(view.dossier.applicant, 'Tiếp nhận hồ sơ của'),
    field('Nội dung yêu cầu giải quyết', view.dossier.procedureName),
    '1. Thành phần hồ sơ nộp gồm:',
    documentsTable(view.documents),
    `2. Số lượng hồ sơ: ${twoDigits(view.sets)} (bộ)`,
    `3. Thời gian giải quyết hồ sơ theo quy định là: ${view.processingTime}`,
    `4. Thời gian nhận hồ sơ: ${timeAndDateInWords(view.receivedAt)}`,
    field('5. Thời gian trả kết quả giải quyết hồ sơ', timeAndDateInWords(view.dueAt)),
    `6. Đăng ký nhận kết quả tại: ${view.returnPlace}`,
    ...(view.registerEntry
      ? [
          `Vào Sổ theo dõi hồ sơ, Quyển số: ${view.registerEntry.book}, Số thứ tự: ${view.registerEntry.entry}`,
        ]
      : []),
    signatures(
      { role: 'NGƯỜI NỘP HỒ SƠ', name: view.dossier.applicant.name },
      { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: view.receivedBy },
    ),
    notes([
      'Ông (bà) mang theo giấy này khi đến nhận kết quả.',
      ...(view.hotline
        ? [`Nếu gặp vướng mắc, khó khăn, đề nghị phản ánh qua số điện thoại: ${view.hotline}.`]
        : []),
    ]),
  ]);
}

export function renderReceipt(view: ReceiptView): Promise<Buffer> {
  return renderPdf(receiptDefinition(view));
}
